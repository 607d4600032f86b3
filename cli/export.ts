// Only the argument parser is loaded up front: a refused option or a missing file is answered at
// once, and the export pipeline (seconds of loading) only when there is something to export.
import { asksForHelp, parseArgs, USAGE, UsageError } from './export-args';

/** Reads a line from the terminal without echoing it (raw mode), as ssh and sudo do. */
const promptHidden = (question: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const { stdin, stderr } = process;
    stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const c of chunk.toString('utf8')) {
        if (c === '\r' || c === '\n') return done();
        if (c === '\u0003') return done(new UsageError('Cancelled.'));
        if (c === '\u007f' || c === '\b') typed = typed.slice(0, -1);
        else typed += c;
      }
    };
    stdin.on('data', onData);
  });

/** `npm run export -- …`: writes an Art. 30 register or a privacy policy; exit code 2 for anything the user can fix. */
const main = async (): Promise<number> => {
  if (asksForHelp(process.argv.slice(2))) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const args = parseArgs(process.argv.slice(2));
    const { exportDocument } = await import('./export-core');
    const bytes = await exportDocument(args, {
      env: process.env,
      warn: (line) => process.stderr.write(`${line}\n`),
      ...(process.stdin.isTTY ? { askPassword: () => promptHidden('Backup password: ') } : {}),
    });
    // Same save as the app's: never a half-written document, and an existing file keeps its mode.
    const { writeFileAtomic } = await import('../electron/main/ipc/files');
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
