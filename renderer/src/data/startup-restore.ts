/**
 * Restoring from a backup file when the app's database cannot be used at all: written by a newer
 * DPO Desk, or so damaged it does not open. The file is checked completely first (nothing is
 * touched if it is refused); then what can still be read of the old database is kept as a rescue
 * backup, the old database is deleted, a new one is created, and the backup is written into it in
 * one transaction (the existing inspect/apply path, all or nothing).
 */
import Dexie from 'dexie';
import { applyBackup, createBackupFile, inspectBackup, type ApplyProgress, type CreatedBackup } from './backup';
import type { BackupError } from './backup';
import { DATABASE_NAME, setDatabase } from './db';
import { openDatabaseSafely } from './migrations/open';
import { errorMessage } from '../domain/values';

export type ReplaceDatabaseResult =
  | { ok: true; rescue: CreatedBackup | null }
  | { ok: false; stage: 'inspect'; error: BackupError }
  | { ok: false; stage: 'write'; message: string; rescue: CreatedBackup | null };

/** Whatever the old database still holds, read without declaring a schema; null when it cannot be read. */
const rescueCopy = async (appVersion: string): Promise<CreatedBackup | null> => {
  if (!(await Dexie.exists(DATABASE_NAME).catch(() => false))) return null;
  const old = new Dexie(DATABASE_NAME);
  try {
    await old.open();
    return await createBackupFile(old, { kind: 'all' }, { appVersion });
  } catch {
    return null;
  } finally {
    old.close();
  }
};

export const replaceDatabaseFromBackup = async (
  bytes: Uint8Array,
  password: string | undefined,
  appVersion: string,
  onProgress?: (p: ApplyProgress) => void,
): Promise<ReplaceDatabaseResult> => {
  const inspected = await inspectBackup(bytes, password ? { password } : {});
  if (!inspected.ok) return { ok: false, stage: 'inspect', error: inspected.error };
  const rescue = await rescueCopy(appVersion);
  try {
    await Dexie.delete(DATABASE_NAME);
    const opened = await openDatabaseSafely({ appVersion });
    if (!opened.ok) throw new Error(opened.error.message);
    setDatabase(opened.db);
    const applied = await applyBackup(
      opened.db,
      inspected.plan,
      { onConflict: 'replace', appVersion, backupFirst: false },
      onProgress,
    );
    if (!applied.ok) return { ok: false, stage: 'write', message: applied.error.message, rescue };
    return { ok: true, rescue };
  } catch (e) {
    return { ok: false, stage: 'write', message: errorMessage(e), rescue };
  }
};
