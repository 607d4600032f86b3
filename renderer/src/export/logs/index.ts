import type { Language } from '../../domain/common';
import type { Workspace } from '../../domain/workspace';
import type { BuildControl } from '../common/progress';
import { buildBreachNotificationDocument } from './breach-view-model';
import { renderLogDocx } from './docx';
import { buildRequestLetter, type LetterKind } from './letters';
import { renderLetterDocx } from './letter';
import { renderLogPdf } from './pdf';
import { renderLogXlsx } from './xlsx';
import { buildLogDocument, type LogDocumentOptions } from './build';
import type { LogFormat } from './kinds';

export * from './document';
export { buildBreachLogDocument, buildBreachNotificationDocument, breachLogT, liveBreaches } from './breach-view-model';
export { buildRequestLogDocument, requestLogT, liveRequests, requestHeading } from './request-view-model';
export { buildRequestLetter, lettersT, LETTER_KINDS, type LetterKind, type LetterOptions } from './letters';
export { renderLetterDocx, type LetterDocument } from './letter';
export { renderLogDocx } from './docx';
export { renderLogPdf } from './pdf';
export { renderLogXlsx } from './xlsx';

export { LOG_KINDS, LOG_FORMATS, type LogKind, type LogFormat } from './kinds';
export { buildLogDocument, type LogDocumentOptions } from './build';

export interface LogRenderOptions extends LogDocumentOptions {
  format: LogFormat;
}

/** The breach register or the request log in one format: what the export worker, the CLI and tests call. */
export const renderLog = (
  record: Workspace,
  options: LogRenderOptions,
  control: BuildControl = {},
): Promise<Uint8Array> => {
  const doc = buildLogDocument(record, options);
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
