import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run export -- …` as a user would (through tsx), returning its exit code and output. */
export const runExportCli = async (args: readonly string[]): Promise<CliResult> => {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'cli/export.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
};
