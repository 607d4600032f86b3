import type { Language } from '../../domain/common';

/**
 * The shape every log document shares (breach register, request log, one breach's Art. 33(3)
 * notification content): a cover, an optional summary table, then one section per entry made of
 * labelled items. View models fill it with localised text; the DOCX, PDF and XLSX builders only lay
 * it out, so the three formats cannot say different things.
 */

/** One labelled item. `lines` is never empty: an unanswered item carries its gap wording ("Not recorded"). */
export interface LogItem {
  key: string;
  label: string;
  lines: string[];
}

/** A group of items inside an entry ("Risk assessment", "Notifications to the authority"…). */
export interface LogGroup {
  heading: string;
  items: LogItem[];
}

export interface LogEntry {
  id: string;
  /** "BR-2026-004 — Stolen laptop": the heading and the bookmark. */
  heading: string;
  groups: LogGroup[];
}

export interface LogTable {
  columns: string[];
  rows: string[][];
}

export interface LogDocument {
  language: Language;
  organisationName: string;
  coverTitle: string;
  articleLine: string;
  generatedLine: string;
  /** Extra cover lines (time zone used, holiday calendar…), in order. */
  coverNotes: string[];
  runningHeader: string;
  subject: string;
  wording: { contents: string; page: string; of: string; pageOf: (page: number, pages: number) => string };
  /** Absent for a one-entry document such as a notification. */
  summary?: { heading: string; table: LogTable };
  entriesHeading: string;
  noEntries: string;
  entries: LogEntry[];
  /** Sheet names for the XLSX edition. */
  sheets: { summary: string; details: string };
}

/** Every item of an entry, in order, for the spreadsheet's one-row-per-entry sheet. */
export const entryItems = (entry: LogEntry): LogItem[] => entry.groups.flatMap((g) => g.items);
