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
 * Writes `bytes` to `target` so that the file is either the old one or the complete new one, never
 * half-written (a register sent to an authority must not be truncated by a crash or a full disk):
 * write a temporary file in the same folder (same file system, so rename is atomic), flush it to
 * disk, then rename it over the target. On any failure the temporary file is removed.
 */
export const writeFileAtomic = async (
  target: string,
  bytes: Uint8Array,
  fsOps: AtomicWriteFs = realFs,
): Promise<void> => {
  const directory = path.dirname(target);
  const temporary = path.join(directory, `.${path.basename(target)}.${randomUUID()}.tmp`);
  let handle: Awaited<ReturnType<typeof fs.open>> | undefined;
  try {
    handle = await fsOps.open(temporary, 'wx');
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
