import { catalogueKey, catalogueOfTable, fieldsOfKind } from './catalogue';
import type { Language } from './common';
import { itemKey, translatableFields, translationOf, type Translations } from './translatable';
import { isObject } from './values';
import { RECORD_SCHEMAS, TRANSLATED_TABLES, type TranslatedTable } from './workspace-in';
import { isOneOf } from './values';

/**
 * What an editor shows under a printed free-text field when the organisation publishes in more
 * than one language: the field's current text in each other language, or that it has none. Pure:
 * the editor (components/form) draws it, the Translations screen is where a missing one is written.
 *
 * The fields are the ones the Translations screen lists for the record as it is stored (the
 * schema's marks, walked by `translatableFields`, limited to what the catalogue says is printed), so
 * every "missing" mark links to a row that exists there. Text typed since the last save has no
 * translation to show yet; the app keeps no trace of which default text a translation was made
 * from, so it does not claim a translation is out of date.
 */

/** The translations of each printed field of a stored record, by translation path. */
export type RecordTranslationIndex = ReadonlyMap<string, Partial<Record<Language, string>>>;

const isTranslatedTable = (table: string): table is TranslatedTable => isOneOf(TRANSLATED_TABLES, table);

/**
 * Whether the catalogue says documents print the field at a (form) path: the entry of the path or
 * of the nearest catalogued field above it ("dataCategories.2.retention.criteria" → the retention
 * entry). A path the catalogue does not know is printed (the schema's mark already said so).
 */
export const isPrintedPath = (table: string, path: string, kind?: string): boolean => {
  const catalogue = catalogueOfTable(table);
  if (!catalogue) return false;
  const fields = fieldsOfKind(catalogue, kind);
  const parts = catalogueKey(path).split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    const entry = fields.find((f) => f.path === key);
    if (entry) return entry.printed !== false;
  }
  return true;
};

/**
 * The printed free-text fields of a stored record with their translations, keyed by the path a
 * translation names them by (`purposes.<id>.description`). Empty for a table whose text no
 * document prints in several languages (breaches, requests).
 */
export const recordTranslationIndex = (
  table: string,
  record: { translations?: Translations; kind?: unknown },
  languages: readonly Language[],
): RecordTranslationIndex => {
  const index = new Map<string, Partial<Record<Language, string>>>();
  if (!isTranslatedTable(table) || languages.length === 0) return index;
  const kind = typeof record.kind === 'string' ? record.kind : undefined;
  for (const f of translatableFields(RECORD_SCHEMAS[table], record)) {
    if (!isPrintedPath(table, formPathOf(record, f.path), kind)) continue;
    const texts: Partial<Record<Language, string>> = {};
    for (const lang of languages) {
      const text = translationOf(record, lang, f.path);
      if (text !== undefined) texts[lang] = text;
    }
    index.set(f.path, texts);
  }
  return index;
};

/**
 * The path a translation names a form field by: the form counts list items (`purposes.1.description`),
 * a translation names an item by its id (`purposes.<id>.description`, so reordering keeps it), by its
 * index when it has none (`processingCategories.1`) — `itemKey`, as the Translations screen does.
 * The form's current values are walked, so an item moved before saving keeps its translations.
 */
export const translationPathOf = (values: unknown, name: string): string => {
  const out: string[] = [];
  let node: unknown = values;
  for (const segment of name.split('.')) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const items: readonly unknown[] = node;
      const index = Number(segment);
      out.push(itemKey(items[index], index));
      node = items[index];
    } else {
      out.push(segment);
      node = isObject(node) ? node[segment] : undefined;
    }
  }
  return out.join('.');
};

/** The inverse, on a stored record: item ids back to their positions (for the catalogue's lookup). */
const formPathOf = (record: unknown, path: string): string => {
  const out: string[] = [];
  let node: unknown = record;
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) {
      const items: readonly unknown[] = node;
      const index = items.findIndex((item, i) => itemKey(item, i) === segment);
      out.push(String(index));
      node = items[index];
    } else {
      out.push(segment);
      node = isObject(node) ? node[segment] : undefined;
    }
  }
  return out.join('.');
};

/** One other language of a field: its text there, or `text: undefined` when it has none yet. */
export interface TranslationHint {
  language: Language;
  /** Where the Translations screen lists the field (the translation path). */
  path: string;
  text: string | undefined;
}

/**
 * The hints of one field, in the order of the languages: none when the field is not a printed
 * free-text field of the stored record, or when its current value is blank (nothing to translate).
 */
export const hintsOfField = (
  index: RecordTranslationIndex,
  languages: readonly Language[],
  path: string,
  currentValue: unknown,
): TranslationHint[] => {
  const texts = index.get(path);
  if (!texts || typeof currentValue !== 'string' || currentValue.trim() === '') return [];
  return languages.map((language) => ({ language, path, text: texts[language] }));
};

/** Several values in one input (a list of short texts, as chips): the hints of each item, per language. */
export interface ListTranslationHint {
  language: Language;
  /** The translated items, in the list's order. */
  texts: string[];
  /** How many items have no text in this language, and where the first of them is listed. */
  missing: number;
  firstMissingPath: string | undefined;
}

export const hintsOfList = (
  index: RecordTranslationIndex,
  languages: readonly Language[],
  path: string,
  currentValue: unknown,
): ListTranslationHint[] => {
  if (!Array.isArray(currentValue)) return [];
  const items: readonly unknown[] = currentValue;
  const paths = items.flatMap((item, i) =>
    typeof item === 'string' && item.trim() !== '' && index.has(`${path}.${itemKey(item, i)}`)
      ? [`${path}.${itemKey(item, i)}`]
      : [],
  );
  if (paths.length === 0) return [];
  return languages.map((language) => {
    const texts: string[] = [];
    let firstMissingPath: string | undefined;
    let missing = 0;
    for (const p of paths) {
      const text = index.get(p)?.[language];
      if (text !== undefined) texts.push(text);
      else {
        missing += 1;
        firstMissingPath ??= p;
      }
    }
    return { language, texts, missing, firstMissingPath };
  });
};
