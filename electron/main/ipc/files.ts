/** File-system work behind the Save and Open dialogs, kept free of Electron so it runs in tests. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTooLargeMessage } from '../../shared/ipc-contract';

export interface AtomicWriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

const realFs: AtomicWriteFs = { open: fs.open, rename: fs.rename, rm: fs.rm };

/**
 * Mode of a backup file written for the first time: owner read/write only, since a backup holds
 * the whole record (personal data of contacts and DPOs) and other accounts on the machine have no
 * business reading it. Documents (registers, policies) are meant to be shared and get the
 * system's default (0666 less the umask, usually 0644), like any file an office app saves.
 */
export const BACKUP_FILE_MODE = 0o600;

export interface AtomicWriteOptions {
  /** Permission bits of a file that does not exist yet; the system's default when absent. */
  newFileMode?: number;
}

/** The permission bits of the file there now, or undefined when there is none. */
const existingMode = async (target: string): Promise<number | undefined> => {
  try {
    return (await fs.stat(target)).mode & 0o7777;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
};

/**
 * Writes `bytes` to `target` so that the file is either the old one or the complete new one, never
 * half-written (a register sent to an authority must not be truncated by a crash or a full disk):
 * write a temporary file in the same folder (same file system, so rename is atomic), flush it to
 * disk, then rename it over the target. On any failure the temporary file is removed.
 *
 * The rename puts a new inode in place, so the temporary file takes the mode of the file it
 * replaces: a backup the user locked to 0600 stays 0600 (a plain rename would make it 0644).
 */
export const writeFileAtomic = async (
  target: string,
  bytes: Uint8Array,
  fsOps: AtomicWriteFs = realFs,
  options: AtomicWriteOptions = {},
): Promise<void> => {
  const directory = path.dirname(target);
  const temporary = path.join(directory, `.${path.basename(target)}.${randomUUID()}.tmp`);
  const mode = (await existingMode(target)) ?? options.newFileMode;
  let handle: Awaited<ReturnType<typeof fs.open>> | undefined;
  try {
    // With a mode to give, it starts owner-only so nobody else can read it before the chmod.
    handle = await fsOps.open(temporary, 'wx', mode === undefined ? undefined : 0o600);
    // chmod, not open's mode argument, which the umask would narrow (0660 would become 0640).
    if (mode !== undefined) await handle.chmod(mode);
    let written = 0;
    while (written < bytes.byteLength) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.byteLength - written);
      written += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsOps.rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fsOps.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
};

/** Makes the rename itself durable on POSIX; Windows cannot open a folder, and needs not to. */
const syncDirectory = async (directory: string): Promise<void> => {
  if (process.platform === 'win32') return;
  const handle = await fs.open(directory, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
};

/**
 * Reads a file the user picked, refusing it (with its size and the limit) when it is larger than
 * `maxBytes`. The read itself is capped too, in case the file grows between the check and the read.
 */
export const readFileWithLimit = async (file: string, maxBytes: number): Promise<Uint8Array> => {
  const name = path.basename(file);
  const stats = await fs.stat(file);
  if (!stats.isFile()) throw new Error(`"${name}" is not a file.`);
  if (stats.size > maxBytes) throw new Error(fileTooLargeMessage(name, stats.size, maxBytes));
  const handle = await fs.open(file, 'r');
  try {
    // One spare byte tells a file that grew since stat() from one that did not.
    const buffer = new Uint8Array(stats.size + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.byteLength - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total === buffer.byteLength) throw new Error(`"${name}" changed while it was being read; please try again.`);
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
};
