import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the command-line tools (`cli/export.ts`, `cli/import.ts`) in a process of its own, as
 * `npm run export` does: Node with tsx's loader, from the repository's root.
 *
 * Node itself (`process.execPath`) is started with `--import tsx`, the loader that the `tsx` command
 * installs in the Node process it starts. Going through `npx tsx` cost npx's own start-up (npm
 * resolving the package: seconds on a loaded machine), and `node_modules/.bin/tsx` a second Node
 * process (the tsx command starts one to run the script). It also works on Windows as is:
 * `node_modules/.bin/tsx` is a shell script there, and its `tsx.cmd` cannot be started by execFile
 * without a shell since Node 20.12 (CVE-2024-27980), whereas `process.execPath` is node.exe.
 */
export const runCli = async (
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliResult> => {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
};

/** Runs `npm run export -- …` as a user would (through tsx), returning its exit code and output. */
export const runExportCli = (args: readonly string[]): Promise<CliResult> => runCli('cli/export.ts', args);
