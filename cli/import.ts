import { writeFile } from 'node:fs/promises';
import { quoteCut, SPREADSHEET_LIMITS } from '../renderer/src/data/limits';
import { asksForHelp, readBoundedFile, UsageError } from './export-args';
import { IMPORT_USAGE, parseImportArgs } from './import-args';

/** Problems listed in full; the rest are counted (a sheet of 50,000 bad rows must not flood the terminal). */
const LISTED_PROBLEMS = 50;

/** `npm run import -- <file> --out <backup.json>`: a spreadsheet register → a DPO Desk backup; exit code 2 for anything the user can fix. */
const main = async (): Promise<number> => {
  if (asksForHelp(process.argv.slice(2))) {
    process.stdout.write(`${IMPORT_USAGE}\n`);
    return 0;
  }
  try {
    const args = parseImportArgs(process.argv.slice(2));
    // Refused by its size or absence before the readers and the database code are loaded (seconds).
    const bytes = await readBoundedFile(args.input, SPREADSHEET_LIMITS.maxFileBytes, 'spreadsheets');
    // The in-memory IndexedDB is installed before import-core loads Dexie, which looks for it then.
    await import('./in-memory-indexeddb');
    const { importSpreadsheet } = await import('./import-core');
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    const outcome = await importSpreadsheet(args, bytes, version);
    await writeFile(args.out, outcome.backup, { mode: 0o600 });
    const { preview } = outcome;
    if (outcome.encoding && outcome.encoding !== 'utf-8')
      process.stderr.write(
        `Note: the file was read as ${outcome.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-16'}.\n`,
      );
    for (const p of preview.problems.slice(0, LISTED_PROBLEMS))
      process.stderr.write(
        `Row ${p.row}${p.column ? ` (${quoteCut(p.column)})` : ''}, ${p.severity}: ${quoteCut(p.message, 400)}\n`,
      );
    if (preview.problems.length > LISTED_PROBLEMS)
      process.stderr.write(`…and ${preview.problems.length - LISTED_PROBLEMS} more problems.\n`);
    const leftOut = new Set(preview.problems.filter((p) => p.severity === 'error').map((p) => p.row)).size;
    process.stdout.write(
      `Wrote ${args.out}: ${preview.activities.length} draft activities from "${quoteCut(outcome.sheetName)}" into "${quoteCut(args.organisation)}"${leftOut > 0 ? `, ${leftOut} rows left out` : ''}. Restore it in DPO Desk (Settings › Restore).\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(`Import failed: ${e instanceof Error ? quoteCut(e.message, 400) : 'unknown error'}\n`);
    return 1;
  }
};

process.exitCode = await main();
