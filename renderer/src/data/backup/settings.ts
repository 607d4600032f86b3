import type { DpoDeskDatabase } from '../db';
import { DEFAULT_SETTINGS } from '../migrations/v2';

/** Settings the backup layer reads; unknown keys are left to their owners. */
export interface BackupSettings {
  backupRetentionDays: number;
  /** The day (YYYY-MM-DD, local) the last daily backup was taken. */
  lastDailyBackupOn: string | null;
}

const DEFAULTS: BackupSettings = { ...DEFAULT_SETTINGS, lastDailyBackupOn: null };

export const readBackupSettings = async (db: DpoDeskDatabase): Promise<BackupSettings> => {
  const rows = await db.settings.bulkGet(['backupRetentionDays', 'lastDailyBackupOn']);
  const out: BackupSettings = { ...DEFAULTS };
  for (const row of rows) {
    if (!row) continue;
    if (
      row.key === 'backupRetentionDays' &&
      typeof row.value === 'number' &&
      Number.isInteger(row.value) &&
      row.value >= 1
    )
      out.backupRetentionDays = row.value;
    if (row.key === 'lastDailyBackupOn' && typeof row.value === 'string') out.lastDailyBackupOn = row.value;
  }
  return out;
};

/** How long automatic backups are kept; at least one day. */
export const setBackupRetentionDays = async (db: DpoDeskDatabase, days: number): Promise<void> => {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('Automatic backups must be kept for at least one day.');
  await db.settings.put({ key: 'backupRetentionDays', value: days });
};
