import type { Transaction } from 'dexie';

/** Settings every v2 database starts with; read by data/backup/auto.ts. */
export const DEFAULT_SETTINGS = {
  /** Automatic backups older than this are pruned (the newest one is always kept). */
  backupRetentionDays: 30,
} as const;

/**
 * v1 → v2 adds the snapshots, settings and autoBackups tables. No v1 record changes shape, so
 * the only data step is to write the default settings, which makes them visible (and editable)
 * from the first start after the upgrade instead of living only in code.
 */
export const upgradeToV2 = async (tx: Transaction): Promise<void> => {
  const settings = tx.table('settings');
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    if ((await settings.get(key)) === undefined) await settings.put({ key, value });
  }
};
