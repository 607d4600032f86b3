/**
 * Copies the automatic backups kept inside the database to the backup folder, OUTSIDE it: if the
 * database is lost, corrupted, evicted or written by a newer version, the files are still there.
 *
 * The folder is given by the caller (Electron's `userData/backups` or the browser's folder, through
 * the platform), so this file knows no host. The in-database copies stay unencrypted (they sit next
 * to the plain records); a file leaves the app's storage, so it is encrypted when a password is set.
 */
import {
  autoBackupFileName,
  backupFilesToPrune,
  type AutoBackupFileEntry,
} from '../../../../electron/shared/backup-files';
import type { DpoDeskDatabase } from '../db';
import { listAutoBackups, readAutoBackup } from './auto';
import { encrypt } from './crypto';
import { canonicalJson, utf8DecodeStrict, utf8Encode } from './encoding';
import { associatedData, backupHeaderSchema, type BackupFile } from './format';
import { readBackupSettings } from './settings';

/** What the mirror needs of a backup folder. */
export interface BackupFilePort {
  list(): Promise<AutoBackupFileEntry[]>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
}

export interface MirrorResult {
  /** Names of the files written by this run. */
  written: string[];
  /** Names of the files the retention period removed. */
  pruned: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The same backup, encrypted with `password` (AES-256-GCM, PBKDF2 key, as the Backup dialog
 * writes): same header, same checksum, so it restores to exactly the same records. A file that
 * is already encrypted is returned as it is.
 */
export const encryptBackupBytes = async (bytes: Uint8Array, password: string): Promise<Uint8Array> => {
  const text = utf8DecodeStrict(bytes);
  const raw: unknown = text === null ? undefined : JSON.parse(text);
  const header = backupHeaderSchema.safeParse(raw);
  if (!isObject(raw) || !header.success) throw new Error('This automatic backup is not a readable backup file.');
  if (header.data.encrypted) return bytes;
  if (!isObject(raw.data)) throw new Error('This automatic backup has no data to encrypt.');
  const { encrypted: _plain, ...envelope } = header.data;
  const { params, ciphertext } = await encrypt(canonicalJson(raw.data), password, associatedData(envelope));
  const file: BackupFile = { ...envelope, encrypted: true, encryption: params, ciphertext };
  return utf8Encode(JSON.stringify(file, null, 2));
};

const sameBackup = (entry: { createdAt: string; reason: string }) => `${entry.createdAt}|${entry.reason}`;

/**
 * Writes a file for every automatic backup of the database that has none yet (encrypted when
 * `password` is given), then applies the retention period to the folder. Run after each automatic
 * backup; running it again writes nothing new, and a file missing after an error is written next time.
 */
export const mirrorAutoBackups = async (
  db: DpoDeskDatabase,
  folder: BackupFilePort,
  options: { password: string | null; now?: Date },
): Promise<MirrorResult> => {
  const now = options.now ?? new Date();
  const { backupRetentionDays } = await readBackupSettings(db);
  const files = await folder.list();
  const present = new Set(files.map(sameBackup));
  const written: AutoBackupFileEntry[] = [];
  const inDatabase = await listAutoBackups(db);
  for (const backup of inDatabase) {
    if (present.has(sameBackup(backup))) continue;
    const plain = await readAutoBackup(db, backup.id);
    if (!plain) continue;
    const bytes = options.password === null ? plain : await encryptBackupBytes(plain, options.password);
    const name = autoBackupFileName(backup.createdAt, backup.reason, options.password !== null);
    await folder.write(name, bytes);
    written.push({
      name,
      createdAt: backup.createdAt,
      reason: backup.reason,
      encrypted: options.password !== null,
      sizeBytes: bytes.byteLength,
    });
  }
  // A database without automatic backups (new, or just lost) prunes nothing: its default retention
  // must not remove the old files that are now the only copies of the records.
  const pruned = inDatabase.length === 0 ? [] : backupFilesToPrune([...files, ...written], backupRetentionDays, now);
  for (const file of pruned) await folder.remove(file.name);
  return { written: written.map((f) => f.name), pruned: pruned.map((f) => f.name) };
};
