import type { Transaction } from 'dexie';

/** Tables whose records print free text, and so carry `translations` from v4 (domain/workspace-in.ts). */
export const V4_TRANSLATED_TABLES = [
  'organisations',
  'contacts',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'securityMeasures',
  'documents',
] as const;

type Row = Record<string, unknown>;

/**
 * One stored record brought to v4: its text stays as it is, and is the organisation's default
 * language; no translation exists yet. An organisation publishes in its default language only
 * until the DPO adds another. Shared with the backup restore (data/backup/restore.ts).
 */
export const recordToV4 = (table: string, row: Row): Row => {
  const out: Row = { ...row };
  if (out.translations === undefined) out.translations = {};
  if (table === 'organisations' && out.documentLanguages === undefined)
    out.documentLanguages = [typeof out.defaultLanguage === 'string' ? out.defaultLanguage : 'en'];
  return out;
};

/**
 * v3 → v4: printed free text can hold one value per document language (`translations` on each
 * record, `documentLanguages` on the organisation). No index changes; every record gets the new
 * fields with the values that say "written in the default language, nothing translated yet".
 */
export const upgradeToV4 = async (tx: Transaction): Promise<void> => {
  for (const table of V4_TRANSLATED_TABLES)
    await tx
      .table(table)
      .toCollection()
      .modify((row: Row) => {
        Object.assign(row, recordToV4(table, row));
      });
};
