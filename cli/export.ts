import { writeFileAtomic } from '../electron/main/ipc/files';
import { exportDocument, parseArgs, UsageError } from './export-core';

/** `npm run export -- …`: writes an Art. 30 register or a privacy policy; exit code 2 for anything the user can fix. */
const main = async (): Promise<number> => {
  try {
    const args = parseArgs(process.argv.slice(2));
    const bytes = await exportDocument(args);
    // Same save as the app's: never a half-written document, and an existing file keeps its mode.
    await writeFileAtomic(args.out, bytes);
    process.stdout.write(`Wrote ${args.out} (${bytes.byteLength} bytes).\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(`Export failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
};

process.exitCode = await main();
