import type { Language } from '../../domain/common';
import { languageSchema } from '../../domain/common';
import { translatableFields, translationOf } from '../../domain/translatable';
import type { Workspace } from '../../domain/workspace';
import { isObject } from '../../domain/values';
import { RECORD_SCHEMAS, recordLabel, translatableRecords, type TranslatedTable } from '../../domain/workspace-in';

/** One printed field of one record, as the Translations screen lists it. */
export interface TranslationRow {
  table: TranslatedTable;
  id: string;
  revision: number;
  label: string;
  path: string;
  /** The path as a DPO reads it: item ids replaced by their position ("purposes 2 › description"). */
  fieldLabel: string;
  text: string;
  max: number;
  /** The translation in each language that has one. */
  translations: Partial<Record<Language, string>>;
}

/** "purposes.<id>.description" → "purposes 2 › description", following the record's own arrays. */
export const fieldLabel = (record: unknown, path: string): string => {
  const parts: string[] = [];
  let node: unknown = record;
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) {
      const index = node.findIndex(
        (item: unknown, i) => (isObject(item) && item.id === segment) || String(i) === segment,
      );
      const last = parts.pop() ?? '';
      parts.push(`${last} ${index + 1}`);
      node = node[index];
    } else {
      parts.push(segment);
      node = isObject(node) ? node[segment] : undefined;
    }
  }
  return parts.join(' › ');
};

/** Every printed free-text field of the live records, in record order. */
export const rowsOf = (ws: Workspace): TranslationRow[] =>
  translatableRecords(ws).flatMap(({ table, record }) => {
    if (record.deletedAt !== null) return [];
    const label = recordLabel(table, record);
    return translatableFields(RECORD_SCHEMAS[table], record).map((f) => ({
      table,
      id: record.id,
      revision: record.revision,
      label,
      path: f.path,
      fieldLabel: fieldLabel(record, f.path),
      text: f.text,
      max: f.max,
      translations: Object.fromEntries(
        languageSchema.options.flatMap((l) => {
          const v = translationOf(record, l, f.path);
          return v === undefined ? [] : [[l, v]];
        }),
      ),
    }));
  });
