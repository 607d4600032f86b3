import { backupOrganisation, importActivities } from '../renderer/src/data/app-database';
import {
  detectTable,
  previewImport,
  readSpreadsheet,
  suggestMapping,
  type ImportPreview,
  type TextEncodingName,
} from '../renderer/src/data/import';
import { repositories } from '../renderer/src/data/repositories';
import { UsageError } from './export-args';
import type { ImportArgs } from './import-args';

export interface ImportOutcome {
  backup: Uint8Array;
  preview: ImportPreview;
  encoding?: TextEncodingName;
  sheetName: string;
}

/**
 * The app's import, from the command line: the same reader, table detection, column mapping,
 * preview and all-or-nothing apply, into a new organisation of the process's database, written
 * out as a backup the app restores (Settings › Restore). `bytes` is the spreadsheet, read within
 * its bound by import.ts.
 */
export const importSpreadsheet = async (
  args: ImportArgs,
  bytes: Uint8Array,
  appVersion: string,
): Promise<ImportOutcome> => {
  const read = await readSpreadsheet(bytes, args.input);
  if (!read.ok) throw new UsageError(read.error.message);
  const table = detectTable(read.sheets);
  if (!table)
    throw new UsageError(
      'No register table was found: no row has at least two headers of the CNIL or ICO templates (e.g. "Nom du traitement", "Finalité du traitement", "Purpose of processing"). Nothing was written.',
    );
  const preview = previewImport(table.rows, suggestMapping(table.headers), { firstRowNumber: table.headerRow + 2 });
  if (preview.activities.length === 0)
    throw new UsageError('No row could be imported as an activity; nothing was written.');
  // The app's database functions, over the process's own in-memory IndexedDB (cli/import.ts).
  const organisation = await repositories().organisations.create({ name: args.organisation });
  const applied = await importActivities(organisation.id, preview);
  if (!applied.ok) throw new UsageError(applied.error.message);
  const { bytes: backup } = await backupOrganisation(organisation.id, { appVersion });
  return { backup, preview, sheetName: table.sheetName, ...(read.encoding ? { encoding: read.encoding } : {}) };
};
