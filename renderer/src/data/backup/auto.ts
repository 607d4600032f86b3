import type { AutoBackupReason, DpoDeskDatabase } from '../db';
import { applyBackup, type ApplyOptions, type ApplyProgress, type ApplyResult } from './apply';
import { storeAutoBackup } from './auto-store';
import { createBackupFile } from './create';
import { inspectBackup, type InspectResult } from './inspect';
import { readBackupSettings } from './settings';

export interface AutoBackupSummary {
  id: string;
  createdAt: string;
  reason: AutoBackupReason;
  schemaVersion: number;
  sizeBytes: number;
}

export interface DailyBackupResult {
  created: AutoBackupSummary | null;
  pruned: number;
}

const DAY_MS = 86_400_000;

/** Newest first, without the file contents (a list screen does not need megabytes). */
export const listAutoBackups = async (db: DpoDeskDatabase): Promise<AutoBackupSummary[]> => {
  const summaries: AutoBackupSummary[] = [];
  await db.autoBackups
    .orderBy('createdAt')
    .reverse()
    .each((b) =>
      summaries.push({
        id: b.id,
        createdAt: b.createdAt,
        reason: b.reason,
        schemaVersion: b.schemaVersion,
        sizeBytes: b.sizeBytes,
      }),
    );
  return summaries;
};

export const readAutoBackup = async (db: DpoDeskDatabase, id: string): Promise<Uint8Array | undefined> =>
  (await db.autoBackups.get(id))?.bytes;

/**
 * Removes automatic backups older than the retention period (setting `backupRetentionDays`).
 * The newest backup is always kept, whatever its age: after a long holiday the only copy must
 * not be thrown away on the first start.
 */
export const pruneAutoBackups = async (db: DpoDeskDatabase, now: Date = new Date()): Promise<number> => {
  const { backupRetentionDays } = await readBackupSettings(db);
  const cutoff = new Date(now.getTime() - backupRetentionDays * DAY_MS).toISOString();
  return db.transaction('rw', db.autoBackups, async () => {
    const newest = await db.autoBackups.orderBy('createdAt').last();
    const old = await db.autoBackups.where('createdAt').below(cutoff).primaryKeys();
    const doomed = old.filter((id) => id !== newest?.id);
    await db.autoBackups.bulkDelete(doomed);
    return doomed.length;
  });
};

/**
 * Called at each start: takes one backup of the whole database per calendar day (`today` is
 * the local date, YYYY-MM-DD), then prunes. An empty database is not backed up.
 */
export const maybeDailyBackup = async (
  db: DpoDeskDatabase,
  today: string,
  options: { appVersion: string; now?: Date },
): Promise<DailyBackupResult> => {
  const now = options.now ?? new Date();
  const settings = await readBackupSettings(db);
  let created: AutoBackupSummary | null = null;
  if (settings.lastDailyBackupOn !== today && (await db.organisations.count()) > 0) {
    const backup = await createBackupFile(
      db,
      { kind: 'all' },
      { appVersion: options.appVersion, createdAt: now.toISOString() },
    );
    const id = await storeAutoBackup(db, 'daily', backup, now.toISOString());
    await db.settings.put({ key: 'lastDailyBackupOn', value: today });
    created = {
      id,
      createdAt: now.toISOString(),
      reason: 'daily',
      schemaVersion: backup.schemaVersion,
      sizeBytes: backup.bytes.byteLength,
    };
  }
  return { created, pruned: await pruneAutoBackups(db, now) };
};

/** Checks an automatic backup exactly like a file (conflicts listed against `db`). */
export const inspectAutoBackup = async (db: DpoDeskDatabase, id: string): Promise<InspectResult> => {
  const bytes = await readAutoBackup(db, id);
  if (!bytes) return { ok: false, error: { kind: 'not-a-backup', message: 'This automatic backup no longer exists.' } };
  return inspectBackup(bytes, { db });
};

/** Restores an automatic backup: inspect, then apply all or nothing. */
export const restoreAutoBackup = async (
  db: DpoDeskDatabase,
  id: string,
  options: ApplyOptions,
  onProgress?: (p: ApplyProgress) => void,
): Promise<InspectResult | ApplyResult> => {
  const inspected = await inspectAutoBackup(db, id);
  if (!inspected.ok) return inspected;
  return applyBackup(db, inspected.plan, options, onProgress);
};
