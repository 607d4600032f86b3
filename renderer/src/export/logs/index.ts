import type { Language } from '../../domain/common';
import type { Workspace } from '../../domain/workspace';
import type { BuildControl } from '../common/progress';
import { buildBreachLogDocument, buildBreachNotificationDocument } from './breach-view-model';
import { renderLogDocx } from './docx';
import { buildRequestLetter, type LetterKind } from './letters';
import { renderLetterDocx } from './letter';
import { renderLogPdf } from './pdf';
import { buildRequestLogDocument } from './request-view-model';
import { renderLogXlsx } from './xlsx';
import { workspaceIn } from '../../domain/workspace-in';

export * from './document';
export { buildBreachLogDocument, buildBreachNotificationDocument, breachLogT, liveBreaches } from './breach-view-model';
export { buildRequestLogDocument, requestLogT, liveRequests, requestHeading } from './request-view-model';
export { buildRequestLetter, lettersT, LETTER_KINDS, type LetterKind, type LetterOptions } from './letters';
export { renderLetterDocx, type LetterDocument } from './letter';
export { renderLogDocx } from './docx';
export { renderLogPdf } from './pdf';
export { renderLogXlsx } from './xlsx';

/** The two logs kept beside the Art. 30 register. */
export const LOG_KINDS = ['breaches', 'requests'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const LOG_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogRenderOptions {
  log: LogKind;
  format: LogFormat;
  language: Language;
  /** YYYY-MM-DD printed on the cover and used as today for the clocks. */
  generatedOn: string;
  /** Now, for a 72-hour clock still running; defaults to the current time. */
  now?: string;
}

/** The breach register or the request log in one format: what the export worker, the CLI and tests call. */
export const renderLog = (
  record: Workspace,
  options: LogRenderOptions,
  control: BuildControl = {},
): Promise<Uint8Array> => {
  const ws = workspaceIn(record, options.language).workspace;
  const doc =
    options.log === 'breaches'
      ? buildBreachLogDocument(ws, {
          language: options.language,
          generatedOn: options.generatedOn,
          ...(options.now ? { now: options.now } : {}),
        })
      : buildRequestLogDocument(ws, { language: options.language, generatedOn: options.generatedOn });
  switch (options.format) {
    case 'docx':
      return renderLogDocx(doc, control);
    case 'pdf':
      return renderLogPdf(doc, control);
    case 'xlsx':
      return renderLogXlsx(doc, control);
  }
};

/** One breach's Art. 33(3) notification content, DOCX or PDF. */
export const renderBreachNotification = (
  ws: Workspace,
  breachId: string,
  options: { format: 'docx' | 'pdf'; language: Language; generatedOn: string; now?: string },
  control: BuildControl = {},
): Promise<Uint8Array> => {
  const doc = buildBreachNotificationDocument(ws, breachId, {
    language: options.language,
    generatedOn: options.generatedOn,
    ...(options.now ? { now: options.now } : {}),
  });
  return options.format === 'pdf' ? renderLogPdf(doc, control) : renderLogDocx(doc, control);
};

/** A reply letter to the requester, as DOCX. */
export const renderRequestLetter = (
  ws: Workspace,
  requestId: string,
  options: { kind: LetterKind; language: Language; date: string },
  control: BuildControl = {},
): Promise<Uint8Array> => renderLetterDocx(buildRequestLetter(ws, requestId, options), control);
