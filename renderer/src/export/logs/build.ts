import type { Language } from '../../domain/common';
import type { Workspace } from '../../domain/workspace';
import { workspaceIn } from '../../domain/workspace-in';
import { buildBreachLogDocument } from './breach-view-model';
import type { LogDocument } from './document';
import type { LogKind } from './kinds';
import { buildRequestLogDocument } from './request-view-model';

export interface LogDocumentOptions {
  log: LogKind;
  language: Language;
  /** YYYY-MM-DD printed on the cover and used as today for the clocks. */
  generatedOn: string;
  /** Now, for a 72-hour clock still running; defaults to the current time. */
  now?: string;
}

/**
 * The breach register or the request log in the export language, before it is laid out as DOCX,
 * PDF or XLSX. Apart from the layouts so that the command line loads only the one it writes.
 */
export const buildLogDocument = (record: Workspace, options: LogDocumentOptions): LogDocument => {
  const ws = workspaceIn(record, options.language).workspace;
  return options.log === 'breaches'
    ? buildBreachLogDocument(ws, {
        language: options.language,
        generatedOn: options.generatedOn,
        ...(options.now ? { now: options.now } : {}),
      })
    : buildRequestLogDocument(ws, { language: options.language, generatedOn: options.generatedOn });
};
