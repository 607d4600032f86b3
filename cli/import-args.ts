/**
 * `npm run import`'s arguments, checked before the spreadsheet readers and the database code are
 * loaded (seconds): a refused option is answered at once (import.ts loads the rest with `import()`).
 */
import { quoteCut } from '../renderer/src/data/limits';
import { UsageError } from './export-args';

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
