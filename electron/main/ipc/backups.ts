/**
 * The backups folder (`userData/backups`): automatic backup files written, listed, read back and
 * pruned for the renderer, and the password of those files kept through the system keychain.
 *
 * Only names matching AUTO_BACKUP_FILE_PATTERN are ever touched (the schemas refuse anything else,
 * and each path is checked to stay inside the folder), so the renderer cannot reach any other file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { safeStorage } from 'electron';
import {
  type AutoBackupFileEntry,
  MAX_BACKUP_FILE_BYTES,
  MAX_LISTED_BACKUP_FILES,
  parseAutoBackupFileName,
  sortNewestFirst,
} from '../../shared/backup-files';
import { type BackupPasswordStatus, IpcChannel, RequestSchemas } from '../../shared/ipc-contract';
import { readFileWithLimit, writeFileAtomic } from './files';
import type { Handle } from './handle';

/** The keychain-encrypted backup password, next to (not inside) the backups folder. */
export const BACKUP_PASSWORD_FILE = 'backup-password.bin';
/** An encrypted password of 1,024 characters is well under this; anything larger is not ours. */
const MAX_PASSWORD_FILE_BYTES = 64 * 1024;
/** A folder with more entries than this is not read further (a listing is bounded). */
const MAX_DIRECTORY_ENTRIES = 20_000;

/** The part of Electron's safeStorage used here (injected so tests can stand in for the keychain). */
export type Keychain = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

export interface BackupFolderContext {
  backupsPath: string;
  userDataPath: string;
  platform: NodeJS.Platform;
  keychain?: Keychain;
}

/** The absolute path of a checked name; refuses anything that would leave the folder. */
const fileIn = (folder: string, name: string): string => {
  if (parseAutoBackupFileName(name) === null) throw new Error(`"${name}" is not an automatic backup file.`);
  const target = path.resolve(folder, name);
  if (path.dirname(target) !== path.resolve(folder)) throw new Error(`"${name}" is not inside the backups folder.`);
  return target;
};

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

export const listBackupFiles = async (folder: string): Promise<AutoBackupFileEntry[]> => {
  let directory: Awaited<ReturnType<typeof fs.opendir>>;
  try {
    directory = await fs.opendir(folder);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const found: Omit<AutoBackupFileEntry, 'sizeBytes'>[] = [];
  let seen = 0;
  for await (const entry of directory) {
    if (++seen > MAX_DIRECTORY_ENTRIES) break;
    if (!entry.isFile()) continue;
    const parsed = parseAutoBackupFileName(entry.name);
    if (parsed) found.push({ name: entry.name, ...parsed });
  }
  const newest = sortNewestFirst(found).slice(0, MAX_LISTED_BACKUP_FILES);
  const entries: AutoBackupFileEntry[] = [];
  for (const file of newest) {
    // A file removed between the listing and stat() is simply not listed.
    const stats = await fs.stat(path.join(folder, file.name)).catch(() => null);
    if (stats?.isFile()) entries.push({ ...file, sizeBytes: stats.size });
  }
  return entries;
};

/**
 * Why the keychain cannot keep the password, or null when it can. On Linux without a keyring,
 * Electron falls back to "basic_text", a fixed key that protects nothing: that counts as unavailable.
 */
export const keychainProblem = (keychain: Keychain, platform: NodeJS.Platform): string | null => {
  if (!keychain.isEncryptionAvailable())
    return 'The system keychain is not available, so DPO Desk cannot keep a backup password safely.';
  if (platform === 'linux' && keychain.getSelectedStorageBackend?.() === 'basic_text')
    return 'No keyring (GNOME Keyring, KWallet) was found, so DPO Desk cannot keep a backup password safely.';
  return null;
};

export const registerBackupFolderHandlers = (handle: Handle, context: BackupFolderContext): void => {
  const keychain = context.keychain ?? safeStorage;
  const passwordFile = path.join(context.userDataPath, BACKUP_PASSWORD_FILE);
  const readKeptPassword = async (): Promise<Buffer | null> => {
    try {
      return Buffer.from(await readFileWithLimit(passwordFile, MAX_PASSWORD_FILE_BYTES));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  handle(IpcChannel.ListBackupFiles, RequestSchemas[IpcChannel.ListBackupFiles], () =>
    listBackupFiles(context.backupsPath),
  );

  handle(IpcChannel.ReadBackupFile, RequestSchemas[IpcChannel.ReadBackupFile], (request) =>
    readFileWithLimit(fileIn(context.backupsPath, request.name), MAX_BACKUP_FILE_BYTES),
  );

  handle(IpcChannel.WriteBackupFile, RequestSchemas[IpcChannel.WriteBackupFile], async (request): Promise<null> => {
    await fs.mkdir(context.backupsPath, { recursive: true });
    const target = fileIn(context.backupsPath, request.name);
    await writeFileAtomic(target, request.bytes);
    // A backup holds the whole record: readable by the user only, where the system has modes.
    if (context.platform !== 'win32') await fs.chmod(target, 0o600);
    return null;
  });

  handle(IpcChannel.DeleteBackupFile, RequestSchemas[IpcChannel.DeleteBackupFile], async (request): Promise<null> => {
    await fs.rm(fileIn(context.backupsPath, request.name), { force: true });
    return null;
  });

  handle(
    IpcChannel.BackupPasswordStatus,
    RequestSchemas[IpcChannel.BackupPasswordStatus],
    async (): Promise<BackupPasswordStatus> => {
      const passwordSet = (await readKeptPassword()) !== null;
      const problem = keychainProblem(keychain, context.platform);
      return problem === null
        ? { keychain: 'available', passwordSet }
        : { keychain: 'unavailable', passwordSet, reason: problem };
    },
  );

  handle(IpcChannel.SetBackupPassword, RequestSchemas[IpcChannel.SetBackupPassword], async (request): Promise<null> => {
    if (request.password === null) {
      await fs.rm(passwordFile, { force: true });
      return null;
    }
    const problem = keychainProblem(keychain, context.platform);
    if (problem !== null) throw new Error(problem);
    await fs.mkdir(context.userDataPath, { recursive: true });
    await writeFileAtomic(passwordFile, keychain.encryptString(request.password));
    if (context.platform !== 'win32') await fs.chmod(passwordFile, 0o600);
    return null;
  });

  handle(
    IpcChannel.ReadBackupPassword,
    RequestSchemas[IpcChannel.ReadBackupPassword],
    async (): Promise<string | null> => {
      const kept = await readKeptPassword();
      if (kept === null) return null;
      const problem = keychainProblem(keychain, context.platform);
      if (problem !== null) throw new Error(`The backup password could not be read. ${problem}`);
      try {
        return keychain.decryptString(kept);
      } catch {
        throw new Error(
          'The backup password could not be read from the system keychain (it may have been reset). Set it again in Settings.',
        );
      }
    },
  );
};
