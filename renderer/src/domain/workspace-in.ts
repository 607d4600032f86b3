import type { z } from 'zod';
import { activitySchema } from './activity';
import type { EntityTable } from './audit';
import type { Language } from './common';
import { contactSchema } from './contact';
import { documentSettingSchema } from './document-setting';
import type { Organisation } from './organisation';
import { organisationSchema } from './organisation';
import { processorSchema } from './processor';
import { recipientSchema } from './recipient';
import { securityMeasureSchema } from './security-measure';
import { transferSchema } from './transfer';
import { mapTranslatable, translatableFields, translationOf, type Translations } from './translatable';
import { isLive, type Workspace } from './workspace';
import { isObject } from './values';

/**
 * A document in language L prints only L's text (Art. 12(1): information "in a concise,
 * transparent, intelligible and easily accessible form, using clear and plain language"; a notice
 * half in another language is neither). `workspaceIn` runs before every builder: it swaps each
 * printed free-text field for its translation and lists the fields that have none.
 */

/** The record tables whose free text the documents print, with their record schema. */
export const TRANSLATED_TABLES = [
  'organisations',
  'contacts',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'securityMeasures',
  'documents',
] as const satisfies readonly EntityTable[];
export type TranslatedTable = (typeof TRANSLATED_TABLES)[number];

export const RECORD_SCHEMAS: Record<TranslatedTable, z.ZodType> = {
  organisations: organisationSchema,
  contacts: contactSchema,
  activities: activitySchema,
  recipients: recipientSchema,
  processors: processorSchema,
  transfers: transferSchema,
  securityMeasures: securityMeasureSchema,
  documents: documentSettingSchema,
};

/** The languages an organisation publishes in: its default language first, then the others it declared. */
export const publishedLanguages = (org: Pick<Organisation, 'defaultLanguage' | 'documentLanguages'>): Language[] => [
  ...new Set<Language>([org.defaultLanguage, ...org.documentLanguages]),
];

/** The languages that need translations (published, other than the one the record is written in). */
export const translationLanguages = (org: Pick<Organisation, 'defaultLanguage' | 'documentLanguages'>): Language[] =>
  publishedLanguages(org).filter((l) => l !== org.defaultLanguage);

/**
 * The visible mark on a field printed in the default language because it has no translation, so a
 * reader (and the DPO proofreading) sees it is not in the document's language: "[EN] Payroll".
 */
export const fallbackMark = (textLanguage: Language): string => `[${textLanguage.toUpperCase()}]`;
export const markFallback = (textLanguage: Language, text: string): string => `${fallbackMark(textLanguage)} ${text}`;

/** One printed field that has no text in the document's language. */
export interface TranslationGap {
  table: TranslatedTable;
  id: string;
  /** The record's name as the DPO knows it (default language). */
  label: string;
  /** Field path inside the record (domain/translatable.ts). */
  path: string;
  language: Language;
  /** The default-language text, printed marked instead. */
  text: string;
}

interface Translatable {
  id: string;
  revision: number;
  deletedAt: string | null;
  translations?: Translations;
}

/** The name a DPO knows a record by, for gaps and lists. */
export const recordLabel = (table: TranslatedTable, record: object): string => {
  const pick = (key: string): string => {
    const value = isObject(record) ? record[key] : undefined;
    return typeof value === 'string' ? value : '';
  };
  switch (table) {
    case 'transfers':
      return pick('recipientName');
    case 'securityMeasures':
    case 'documents':
      return pick('title');
    default:
      return pick('name');
  }
};

/** Each record of a workspace with its table, the organisation first. */
export const translatableRecords = (ws: Workspace): { table: TranslatedTable; record: Translatable }[] => [
  { table: 'organisations', record: ws.organisation },
  ...ws.contacts.map((record) => ({ table: 'contacts' as const, record })),
  ...ws.activities.map((record) => ({ table: 'activities' as const, record })),
  ...ws.recipients.map((record) => ({ table: 'recipients' as const, record })),
  ...ws.processors.map((record) => ({ table: 'processors' as const, record })),
  ...ws.transfers.map((record) => ({ table: 'transfers' as const, record })),
  ...ws.securityMeasures.map((record) => ({ table: 'securityMeasures' as const, record })),
  ...ws.documents.map((record) => ({ table: 'documents' as const, record })),
];

/** The fields of one live record that have no translation in `lang` (none in the default language). */
export const gapsOfRecord = (
  table: TranslatedTable,
  record: Translatable,
  lang: Language,
  defaultLanguage: Language,
): TranslationGap[] => {
  if (lang === defaultLanguage || !isLive(record)) return [];
  const label = recordLabel(table, record);
  return translatableFields(RECORD_SCHEMAS[table], record)
    .filter((f) => translationOf(record, lang, f.path) === undefined)
    .map((f) => ({ table, id: record.id, label, path: f.path, language: lang, text: f.text }));
};

/** Every translation gap of a workspace in a language. */
export const translationGaps = (ws: Workspace, lang: Language): TranslationGap[] =>
  translatableRecords(ws).flatMap(({ table, record }) =>
    gapsOfRecord(table, record, lang, ws.organisation.defaultLanguage),
  );

const inLanguage = <T extends Translatable>(
  table: TranslatedTable,
  record: T,
  lang: Language,
  defaultLanguage: Language,
  gaps: TranslationGap[],
): T => {
  const label = recordLabel(table, record);
  return mapTranslatable(RECORD_SCHEMAS[table], record, (f) => {
    const translated = translationOf(record, lang, f.path);
    if (translated !== undefined) return translated;
    if (isLive(record)) gaps.push({ table, id: record.id, label, path: f.path, language: lang, text: f.text });
    return markFallback(defaultLanguage, f.text);
  });
};

/**
 * The workspace as a document in `lang` prints it. In the organisation's default language it is
 * the workspace itself (same object). In another language every translatable field takes its
 * translation; a field without one keeps its default-language text, visibly marked
 * (`[EN] …`), and is listed in `gaps` — the export dialog and the checks show them, the DPO fixes
 * them or exports with the marks. The result is written in `lang` (its `defaultLanguage`), so a second
 * call changes nothing. Pure: the input is not changed.
 */
export const workspaceIn = (ws: Workspace, lang: Language): { workspace: Workspace; gaps: TranslationGap[] } => {
  if (lang === ws.organisation.defaultLanguage) return { workspace: ws, gaps: [] };
  const gaps: TranslationGap[] = [];
  const from = ws.organisation.defaultLanguage;
  const workspace: Workspace = {
    ...ws,
    // Its text is now in `lang`: a second call in the same language changes nothing (builders call it too).
    organisation: { ...inLanguage('organisations', ws.organisation, lang, from, gaps), defaultLanguage: lang },
    contacts: ws.contacts.map((r) => inLanguage('contacts', r, lang, from, gaps)),
    activities: ws.activities.map((r) => inLanguage('activities', r, lang, from, gaps)),
    recipients: ws.recipients.map((r) => inLanguage('recipients', r, lang, from, gaps)),
    processors: ws.processors.map((r) => inLanguage('processors', r, lang, from, gaps)),
    transfers: ws.transfers.map((r) => inLanguage('transfers', r, lang, from, gaps)),
    securityMeasures: ws.securityMeasures.map((r) => inLanguage('securityMeasures', r, lang, from, gaps)),
    documents: ws.documents.map((r) => inLanguage('documents', r, lang, from, gaps)),
  };
  return { workspace, gaps };
};
