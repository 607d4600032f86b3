import { z } from 'zod';
import { languageSchema, type Language } from '../domain/common';
import type { Workspace } from '../domain/workspace';
import { publishedLanguages, RECORD_SCHEMAS, translatableRecords, type TranslatedTable } from '../domain/workspace-in';
import { translatableFields, type Translations } from '../domain/translatable';
import { PROPER_NAMES } from './translations/free-text';

/**
 * The bundled examples carry their text in both languages. Their record is written in the
 * example's `defaultLanguage`, as on the seed page; the other language comes from a phrase table,
 * `translations/<slug>.<lang>.json`: a flat object `{ "<exact source text>": "<translation>" }`.
 * When an example is built, each translatable field whose value is a key of the table gets the
 * translation. A new language is a new table file: nothing here names a language.
 */

export type PhraseTable = Readonly<Record<string, string>>;

const phraseTableSchema = z
  .record(z.string().max(20000), z.string().trim().min(1).max(20000))
  .refine((t) => Object.keys(t).length <= 20000, { error: 'A phrase table holds at most 20,000 phrases.' });

const TABLE_FILE = /(?:^|\/)([a-z0-9-]+)\.([a-z]{2})\.json$/;

/**
 * The table files. Vite (the app, its workers, vitest) bundles them with `import.meta.glob`; the
 * command-line tool, the benchmark and the end-to-end runner run under plain Node, where
 * `import.meta.glob` does not exist and the files are read from disk next to this module.
 */
const tableFiles = (): Record<string, unknown> => {
  try {
    return import.meta.glob('./translations/*.json', { eager: true, import: 'default' });
  } catch {
    const fs = process.getBuiltinModule('node:fs');
    const dir = new URL('./translations/', import.meta.url);
    if (!fs.existsSync(dir)) return {};
    return Object.fromEntries(
      fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name): [string, unknown] => [name, JSON.parse(fs.readFileSync(new URL(name, dir), 'utf8'))]),
    );
  }
};

/** Every phrase table, by slug then language. A malformed table fails loudly, naming its file. */
const loadTables = (): Map<string, Map<Language, PhraseTable>> => {
  const tables = new Map<string, Map<Language, PhraseTable>>();
  for (const [file, content] of Object.entries(tableFiles())) {
    const m = TABLE_FILE.exec(file);
    const lang = languageSchema.safeParse(m?.[2]);
    if (!m?.[1] || !lang.success) continue; // a language DPO Desk does not know yet
    const parsed = phraseTableSchema.safeParse(content);
    if (!parsed.success) throw new Error(`The phrase table ${file} is not a flat object of texts.`);
    const bySlug = tables.get(m[1]) ?? new Map<Language, PhraseTable>();
    bySlug.set(lang.data, parsed.data);
    tables.set(m[1], bySlug);
  }
  return tables;
};

let cache: Map<string, Map<Language, PhraseTable>> | undefined;
/** The phrase tables of one example, by language (empty when it has none yet). */
export const phraseTablesOf = (slug: string): ReadonlyMap<Language, PhraseTable> =>
  (cache ??= loadTables()).get(slug) ?? new Map();

const withTranslations = <T extends { translations: Translations }>(
  table: TranslatedTable,
  record: T,
  tables: ReadonlyMap<Language, PhraseTable>,
  defaultLanguage: Language,
): T => {
  const fields = translatableFields(RECORD_SCHEMAS[table], record);
  const translations: Translations = { ...record.translations };
  for (const [lang, phrases] of tables) {
    if (lang === defaultLanguage) continue;
    const entries = fields.flatMap((f) => {
      // A company's name stored as a recipient's (Bardinet Telecom) reads the same in every language.
      const translated = phrases[f.text] ?? (PROPER_NAMES.has(f.text) ? f.text : undefined);
      return translated === undefined ? [] : [[f.path, translated] as const];
    });
    if (entries.length > 0) translations[lang] = { ...translations[lang], ...Object.fromEntries(entries) };
  }
  return { ...record, translations };
};

/**
 * The example with its phrase tables applied: every translatable field whose text is in a table
 * gets that translation, and the organisation publishes in its own language and each language it has
 * a table for (the five seed examples: English and French).
 */
export const withPhraseTables = (ws: Workspace, tables: ReadonlyMap<Language, PhraseTable>): Workspace => {
  const from = ws.organisation.defaultLanguage;
  const apply = <T extends { translations: Translations }>(table: TranslatedTable, r: T): T =>
    withTranslations(table, r, tables, from);
  const organisation = apply('organisations', ws.organisation);
  return {
    ...ws,
    organisation: {
      ...organisation,
      documentLanguages: publishedLanguages({
        defaultLanguage: from,
        documentLanguages: [...tables.keys()],
      }),
    },
    contacts: ws.contacts.map((r) => apply('contacts', r)),
    activities: ws.activities.map((r) => apply('activities', r)),
    recipients: ws.recipients.map((r) => apply('recipients', r)),
    processors: ws.processors.map((r) => apply('processors', r)),
    transfers: ws.transfers.map((r) => apply('transfers', r)),
    securityMeasures: ws.securityMeasures.map((r) => apply('securityMeasures', r)),
    documents: ws.documents.map((r) => apply('documents', r)),
  };
};

/** The distinct translatable texts of a workspace that have no translation in `lang`, in record order. */
export const untranslatedTexts = (ws: Workspace, lang: Language): string[] => {
  const missing = new Set<string>();
  for (const { table, record } of translatableRecords(ws)) {
    if (record.deletedAt !== null) continue;
    for (const f of translatableFields(RECORD_SCHEMAS[table], record))
      if (!record.translations?.[lang]?.[f.path]?.trim()) missing.add(f.text);
  }
  return [...missing];
};
