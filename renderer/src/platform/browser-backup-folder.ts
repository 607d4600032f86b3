/**
 * The browser edition's backup folder: a folder the user picks once (File System Access API), or
 * the browser's origin-private file system. Its handle is kept in a small IndexedDB database of its
 * own, NOT in `dpo-desk`: it must survive the loss or corruption of the database it protects.
 */
import {
  type AutoBackupFileEntry,
  MAX_BACKUP_FILE_BYTES,
  MAX_LISTED_BACKUP_FILES,
  parseAutoBackupFileName,
  sortNewestFirst,
} from '../../../electron/shared/backup-files';
import { formatByteSize } from '../../../electron/shared/ipc-contract';
import type { BackupFolder, BackupFolderStatus } from './types';

/** The small database that only remembers where the backup folder is. */
export const BACKUP_FOLDER_DATABASE = 'dpo-desk-backup-folder';
const STORE = 'folder';
const KEY = 'current';
/** The sub-folder of the origin-private file system that stands for the backup folder. */
export const ORIGIN_PRIVATE_FOLDER_NAME = 'dpo-desk-backups';
/** A folder with more entries than this is not read further (a listing is bounded). */
const MAX_DIRECTORY_ENTRIES = 20_000;

/** What is remembered: a picked folder's handle, or the choice of the origin-private file system. */
export type RememberedFolder = { kind: 'picked'; handle: FileSystemDirectoryHandle } | { kind: 'origin-private' };

type PermissionMode = { mode: 'readwrite' };
/** The permission methods Chromium adds to handles (not yet in TypeScript's DOM types). */
interface PermissionHandle {
  queryPermission?(descriptor: PermissionMode): Promise<PermissionState>;
  requestPermission?(descriptor: PermissionMode): Promise<PermissionState>;
}
type DirectoryPicker = (options: { id?: string; mode?: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;
/** Async iteration over a folder (not yet in TypeScript's DOM types). */
interface IterableDirectory {
  values(): AsyncIterable<FileSystemHandle>;
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('The backup folder setting could not be read.'));
  });

const openStore = (factory: IDBFactory): Promise<IDBDatabase> => {
  const opening = factory.open(BACKUP_FOLDER_DATABASE, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  return request(opening);
};

const isRemembered = (value: unknown): value is RememberedFolder =>
  typeof value === 'object' &&
  value !== null &&
  'kind' in value &&
  (value.kind === 'origin-private' || (value.kind === 'picked' && 'handle' in value));

/** Reads and writes the remembered folder in its own small database. */
export const createFolderMemory = (factory: IDBFactory = indexedDB) => ({
  read: async (): Promise<RememberedFolder | null> => {
    const db = await openStore(factory);
    try {
      const value: unknown = await request(db.transaction(STORE).objectStore(STORE).get(KEY));
      return isRemembered(value) ? value : null;
    } finally {
      db.close();
    }
  },
  write: async (folder: RememberedFolder | null): Promise<void> => {
    const db = await openStore(factory);
    try {
      const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
      if (folder === null) await request(store.delete(KEY));
      else await request(store.put(folder, KEY));
    } finally {
      db.close();
    }
  },
});

const checkedName = (name: string): string => {
  if (parseAutoBackupFileName(name) === null) throw new Error(`"${name}" is not an automatic backup file.`);
  return name;
};

/** Backup files in a folder handle: only DPO Desk's own names, bounded in count and size. */
export const listDirectory = async (directory: FileSystemDirectoryHandle): Promise<AutoBackupFileEntry[]> => {
  const found: Omit<AutoBackupFileEntry, 'sizeBytes'>[] = [];
  let seen = 0;
  for await (const entry of (directory as unknown as IterableDirectory).values()) {
    if (++seen > MAX_DIRECTORY_ENTRIES) break;
    if (entry.kind !== 'file') continue;
    const parsed = parseAutoBackupFileName(entry.name);
    if (parsed) found.push({ name: entry.name, ...parsed });
  }
  const entries: AutoBackupFileEntry[] = [];
  for (const file of sortNewestFirst(found).slice(0, MAX_LISTED_BACKUP_FILES)) {
    const handle = await directory.getFileHandle(file.name).catch(() => null);
    const blob = await handle?.getFile().catch(() => null);
    if (blob) entries.push({ ...file, sizeBytes: blob.size });
  }
  return entries;
};

export const readFromDirectory = async (directory: FileSystemDirectoryHandle, name: string): Promise<Uint8Array> => {
  const file = await (await directory.getFileHandle(checkedName(name))).getFile();
  if (file.size > MAX_BACKUP_FILE_BYTES)
    throw new Error(
      `"${name}" is ${formatByteSize(file.size)}, larger than the ${formatByteSize(MAX_BACKUP_FILE_BYTES)} limit.`,
    );
  return new Uint8Array(await file.arrayBuffer());
};

/**
 * createWritable() writes to a temporary file that replaces the target only when close() succeeds
 * (the File System spec's "swap file"): a crash leaves the old file or the complete new one.
 */
export const writeToDirectory = async (
  directory: FileSystemDirectoryHandle,
  name: string,
  bytes: Uint8Array,
): Promise<void> => {
  if (bytes.byteLength > MAX_BACKUP_FILE_BYTES)
    throw new Error(`A backup file cannot exceed ${formatByteSize(MAX_BACKUP_FILE_BYTES)}.`);
  const handle = await directory.getFileHandle(checkedName(name), { create: true });
  const writable = await handle.createWritable();
  try {
    await writable.write(bytes.slice());
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
};

export const removeFromDirectory = async (directory: FileSystemDirectoryHandle, name: string): Promise<void> => {
  await directory.removeEntry(checkedName(name)).catch((error: unknown) => {
    if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
  });
};

const permissionOf = async (handle: FileSystemDirectoryHandle): Promise<PermissionState> =>
  (await (handle as PermissionHandle).queryPermission?.({ mode: 'readwrite' })) ?? 'granted';

const directoryPicker = (): DirectoryPicker | undefined =>
  (window as Window & { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;

export const createBrowserBackupFolder = (memory = createFolderMemory()): BackupFolder => {
  const originPrivate = async (): Promise<FileSystemDirectoryHandle> =>
    (await navigator.storage.getDirectory()).getDirectoryHandle(ORIGIN_PRIVATE_FOLDER_NAME, { create: true });

  /** The folder to work in, or null when there is none or no access (never asks: asking needs a click). */
  const usable = async (): Promise<FileSystemDirectoryHandle | null> => {
    const remembered = await memory.read();
    if (!remembered) return null;
    if (remembered.kind === 'origin-private') return originPrivate();
    return (await permissionOf(remembered.handle)) === 'granted' ? remembered.handle : null;
  };
  const required = async (): Promise<FileSystemDirectoryHandle> => {
    const directory = await usable();
    if (!directory) throw new Error('DPO Desk has no access to a backup folder.');
    return directory;
  };

  return {
    status: async (): Promise<BackupFolderStatus> => {
      const persisted = (await navigator.storage?.persisted?.().catch(() => false)) ?? false;
      const base = {
        persistentStorage: persisted,
        encryption: { kind: 'not-offered' },
        canPickFolder: !!directoryPicker(),
      } as const;
      const remembered = await memory.read().catch(() => null);
      if (!remembered) return { ...base, location: 'none', access: 'unavailable' };
      if (remembered.kind === 'origin-private') return { ...base, location: 'origin-private', access: 'granted' };
      const permission = await permissionOf(remembered.handle).catch((): PermissionState => 'denied');
      return {
        ...base,
        location: 'picked',
        label: remembered.handle.name,
        access: permission === 'granted' ? 'granted' : 'needs-permission',
      };
    },
    list: async () => {
      const directory = await usable();
      return directory ? listDirectory(directory) : [];
    },
    read: async (name) => readFromDirectory(await required(), name),
    write: async (name, bytes) => writeToDirectory(await required(), name, bytes),
    remove: async (name) => removeFromDirectory(await required(), name),
    // No keychain in a browser: a password kept next to the files would protect nothing.
    readPassword: async () => null,
    choose: async () => {
      const pick = directoryPicker();
      if (!pick) throw new Error('This browser cannot give DPO Desk a folder of your computer.');
      try {
        const handle = await pick({ id: 'dpo-desk-backups', mode: 'readwrite' });
        await memory.write({ kind: 'picked', handle });
        return true;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return false;
        throw error;
      }
    },
    useOriginPrivate: async () => {
      await originPrivate();
      await memory.write({ kind: 'origin-private' });
    },
    requestAccess: async () => {
      const remembered = await memory.read();
      if (remembered?.kind !== 'picked') return remembered?.kind === 'origin-private';
      const asked = await (remembered.handle as PermissionHandle).requestPermission?.({ mode: 'readwrite' });
      return (asked ?? 'granted') === 'granted';
    },
    forget: () => memory.write(null),
  };
};
