import { backupOrganisation, importActivities } from '../renderer/src/data/app-database';
import {
  detectTable,
  previewImport,
  readSpreadsheet,
  suggestMapping,
  type ImportPreview,
  type TextEncodingName,
} from '../renderer/src/data/import';
import { quoteCut, SPREADSHEET_LIMITS } from '../renderer/src/data/limits';
import { repositories } from '../renderer/src/data/repositories';
import { readBoundedFile, UsageError } from './export-core';

export const IMPORT_USAGE =
  'Usage: npm run import -- <register.ods|.xlsx|.csv> --out <backup.json> [--organisation <name>]';

export interface ImportArgs {
  input: string;
  out: string;
  organisation: string;
}

export const parseImportArgs = (argv: readonly string[]): ImportArgs => {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (!['out', 'organisation'].includes(name))
        throw new UsageError(`Unknown option ${quoteCut(arg)}.\n${IMPORT_USAGE}`);
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`Option ${arg} needs a value.`);
      values.set(name, value);
      i++;
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(`Give exactly one spreadsheet.\n${IMPORT_USAGE}`);
  const out = values.get('out');
  if (!out) throw new UsageError(`Missing --out <backup.json>.\n${IMPORT_USAGE}`);
  return { input: positional[0] ?? '', out, organisation: values.get('organisation') ?? 'Imported register' };
};

export interface ImportOutcome {
  backup: Uint8Array;
  preview: ImportPreview;
  encoding?: TextEncodingName;
  sheetName: string;
}

/**
 * The app's import, from the command line: the same reader, table detection, column mapping,
 * preview and all-or-nothing apply, into a new organisation of the process's database, written
 * out as a backup the app restores (Settings › Restore).
 */
export const importSpreadsheet = async (args: ImportArgs, appVersion: string): Promise<ImportOutcome> => {
  const bytes = await readBoundedFile(args.input, SPREADSHEET_LIMITS.maxFileBytes, 'spreadsheets');
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
