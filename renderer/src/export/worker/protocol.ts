import type { ActivityStatus } from '../../domain/activity';
import type { Finding } from '../../domain/checks';
import type { Language } from '../../domain/common';
import type { Workspace } from '../../domain/workspace';
import type { RegisterKind } from '../register';

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
}

export interface PolicyExportOptions {
  format: PolicyFormat;
  policyId: string;
  /** The document language; when it differs from the policy's own, the copy is written in it. */
  language: Language;
  /** YYYY-MM-DD of generation. */
  today: string;
}

/** What the window asks for: a document of one organisation, from its record as stored. */
export type StoredExportRequest =
  | { kind: 'register'; organisationId: string; options: RegisterExportOptions }
  | { kind: 'policy'; organisationId: string; options: PolicyExportOptions };

/** What the builders take: the same request with the record read. */
export type ExportRequest =
  | { kind: 'register'; workspace: Workspace; options: RegisterExportOptions }
  | { kind: 'policy'; workspace: Workspace; options: PolicyExportOptions };

/**
 * Window → worker. With `stopAtGaps`, a document that would go out with gaps is not built: the
 * worker answers with the gaps, and the DPO decides (fix them, or start again without stopping).
 */
export type ToWorkerMessage =
  | { type: 'start'; jobId: string; request: StoredExportRequest; stopAtGaps: boolean }
  | { type: 'cancel'; jobId: string };

/** Worker → window. `bytes` is transferred, not copied. */
export type FromWorkerMessage =
  | { type: 'progress'; jobId: string; done: number; total: number }
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
