import type { ActivityStatus } from '../../domain/activity';
import type { Finding } from '../../domain/checks';
import type { Language } from '../../domain/common';
import type { ExportWarning } from '../common/progress';
import type { Workspace } from '../../domain/workspace';
import type { LetterKind, LogFormat, LogKind } from '../logs';
import type { RegisterKind, XlsxLayout } from '../register';

/**
 * The typed conversation between the window and the export worker. The window names the
 * organisation and the options; the worker reads the stored record itself, runs the checks and
 * builds, so neither reading a large record nor the checks nor the layout runs on the window's
 * thread. Everything that crosses is plain data (options, findings, bytes).
 */

export const REGISTER_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];
export const POLICY_FORMATS = ['pdf', 'docx', 'html', 'markdown'] as const;
export type PolicyFormat = (typeof POLICY_FORMATS)[number];
export type ExportFormat = RegisterFormat | PolicyFormat;

export interface RegisterExportOptions {
  format: RegisterFormat;
  register: RegisterKind;
  language: Language;
  version: string;
  /** YYYY-MM-DD printed on the cover. */
  generatedOn: string;
  includeRetired: boolean;
  departments: readonly string[];
  statuses: readonly ActivityStatus[];
  /** XLSX only: the authority template the workbook follows; by default the export language's. */
  xlsxLayout?: XlsxLayout;
  /**
   * DOCX and PDF only: a bilingual register, `language` in the left column and this one in the
   * right (export/bilingual). Absent for a document in one language.
   */
  secondLanguage?: Language;
}

export interface PolicyExportOptions {
  format: PolicyFormat;
  policyId: string;
  /** The document language; when it differs from the policy's own, the copy is written in it. */
  language: Language;
  /** DOCX and PDF only: a bilingual policy, `language` left and this one right (export/bilingual). */
  secondLanguage?: Language;
  /** YYYY-MM-DD of generation. */
  today: string;
}

/** The breach register (Art. 33(5)) or the request log (Arts. 12, 15–22). */
export interface LogExportOptions {
  format: LogFormat;
  log: LogKind;
  language: Language;
  /** YYYY-MM-DD printed on the cover and used as today for the clocks. */
  generatedOn: string;
}

/** One breach's Art. 33(3) notification content, to paste into the authority's form. */
export interface BreachNotificationExportOptions {
  format: 'docx' | 'pdf';
  breachId: string;
  language: Language;
  generatedOn: string;
}

/** A reply letter to the requester (acknowledgement, extension, answer, refusal). */
export interface RequestLetterExportOptions {
  format: 'docx';
  requestId: string;
  letter: LetterKind;
  language: Language;
  /** YYYY-MM-DD of the letter. */
  date: string;
}

/** What the window asks for: a document of one organisation, from its record as stored. */
export type StoredExportRequest =
  | { kind: 'register'; organisationId: string; options: RegisterExportOptions }
  | { kind: 'policy'; organisationId: string; options: PolicyExportOptions }
  | { kind: 'log'; organisationId: string; options: LogExportOptions }
  | { kind: 'breachNotification'; organisationId: string; options: BreachNotificationExportOptions }
  | { kind: 'requestLetter'; organisationId: string; options: RequestLetterExportOptions };

export type StoredExportKind = StoredExportRequest['kind'];
export const STORED_EXPORT_KINDS: readonly StoredExportKind[] = [
  'register',
  'policy',
  'log',
  'breachNotification',
  'requestLetter',
];

/** What the builders take: the same request with the record read. */
export type ExportRequest =
  | { kind: 'register'; workspace: Workspace; options: RegisterExportOptions }
  | { kind: 'policy'; workspace: Workspace; options: PolicyExportOptions }
  | { kind: 'log'; workspace: Workspace; options: LogExportOptions }
  | { kind: 'breachNotification'; workspace: Workspace; options: BreachNotificationExportOptions }
  | { kind: 'requestLetter'; workspace: Workspace; options: RequestLetterExportOptions };

/**
 * Window → worker. With `stopAtGaps`, a document that would go out with gaps is not built: the
 * worker answers with the gaps, and the DPO decides (fix them, or start again without stopping).
 */
export type ToWorkerMessage =
  | { type: 'start'; jobId: string; request: StoredExportRequest; stopAtGaps: boolean }
  | { type: 'cancel'; jobId: string }
  /** Sent to a worker started ahead of its job: get ready for this request (no answer, no job). */
  | { type: 'prepare'; request: StoredExportRequest };

/** Worker → window. `bytes` is transferred, not copied. */
export type FromWorkerMessage =
  | { type: 'progress'; jobId: string; done: number; total: number }
  | { type: 'warning'; jobId: string; warning: ExportWarning }
  | { type: 'gaps'; jobId: string; gaps: Finding[] }
  | { type: 'done'; jobId: string; bytes: Uint8Array }
  | { type: 'cancelled'; jobId: string }
  | { type: 'error'; jobId: string; message: string };

export const MIME_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
};

export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  html: 'html',
  markdown: 'md',
};
