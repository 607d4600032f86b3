import { describe, expect, it } from 'vitest';
import { autoBackupFileName } from '../../../electron/shared/backup-files';
import {
  BACKUP_FOLDER_DATABASE,
  createFolderMemory,
  listDirectory,
  readFromDirectory,
  removeFromDirectory,
  writeToDirectory,
} from './browser-backup-folder';

/** An in-memory stand-in for a FileSystemDirectoryHandle: files only, the calls this module makes. */
const memoryDirectory = () => {
  const files = new Map<string, Uint8Array>();
  const fileHandle = (name: string) => ({
    kind: 'file' as const,
    name,
    getFile: async () => new Blob([(files.get(name) ?? new Uint8Array()).slice()]),
    createWritable: async () => {
      let pending: Uint8Array = new Uint8Array();
      return {
        write: async (bytes: Uint8Array) => {
          pending = bytes;
        },
        // Only close() makes the new content visible, as the browser's swap file does.
        close: async () => {
          files.set(name, pending);
        },
        abort: async () => undefined,
      };
    },
  });
  const directory = {
    values: async function* () {
      for (const name of files.keys()) yield fileHandle(name);
    },
    getFileHandle: async (name: string, options?: { create?: boolean }) => {
      if (!files.has(name) && !options?.create) throw new DOMException('missing', 'NotFoundError');
      return fileHandle(name);
    },
    removeEntry: async (name: string) => {
      if (!files.delete(name)) throw new DOMException('missing', 'NotFoundError');
    },
  };
  return { files, directory: directory as unknown as FileSystemDirectoryHandle };
};

const name = autoBackupFileName('2026-12-01T08:00:00.000Z', 'daily', false);

describe('the browser backup folder', () => {
  it('is remembered in a small database of its own, not in the app database', async () => {
    const memory = createFolderMemory();
    expect(await memory.read()).toBeNull();
    await memory.write({ kind: 'origin-private' });
    expect(await memory.read()).toEqual({ kind: 'origin-private' });
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(BACKUP_FOLDER_DATABASE);
    expect(names).not.toContain('dpo-desk');
    await memory.write(null);
    expect(await memory.read()).toBeNull();
  });

  it('writes, lists, reads and removes backup files', async () => {
    const { directory, files } = memoryDirectory();
    await writeToDirectory(directory, name, new Uint8Array([1, 2, 3]));
    files.set('holiday.jpg', new Uint8Array([0]));
    expect(await listDirectory(directory)).toEqual([
      { name, createdAt: '2026-12-01T08:00:00.000Z', reason: 'daily', encrypted: false, sizeBytes: 3 },
    ]);
    expect([...(await readFromDirectory(directory, name))]).toEqual([1, 2, 3]);
    await removeFromDirectory(directory, name);
    await removeFromDirectory(directory, name);
    expect(await listDirectory(directory)).toEqual([]);
  });

  it('touches no file DPO Desk did not name', async () => {
    const { directory, files } = memoryDirectory();
    files.set('holiday.jpg', new Uint8Array([0]));
    await expect(readFromDirectory(directory, 'holiday.jpg')).rejects.toThrow('is not an automatic backup file');
    await expect(writeToDirectory(directory, '../x.json', new Uint8Array([1]))).rejects.toThrow(
      'is not an automatic backup file',
    );
    await expect(removeFromDirectory(directory, 'holiday.jpg')).rejects.toThrow('is not an automatic backup file');
    expect([...files.keys()]).toEqual(['holiday.jpg']);
  });
});
