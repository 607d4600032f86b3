/**
 * Runs inside Chromium, on the same origin as the app, so it shares the app's IndexedDB.
 * bench/run.ts drives it through Playwright and reads the figures it returns.
 */
import { localDay } from '../../renderer/src/data/app-database';
import { applyBackup } from '../../renderer/src/data/backup/apply';
import { maybeDailyBackup } from '../../renderer/src/data/backup/auto';
import { createBackup } from '../../renderer/src/data/backup/create';
import { inspectBackup } from '../../renderer/src/data/backup/inspect';
import { DATABASE_NAME, DpoDeskDatabase } from '../../renderer/src/data/db';
import { installWorkspace } from '../../renderer/src/data/install-workspace';
import { workspaceSchema } from '../../renderer/src/domain';

const CURRENT_ORGANISATION_KEY = 'dpo-desk.currentOrganisation';

const fresh = async (name: string): Promise<DpoDeskDatabase> => {
  await new DpoDeskDatabase(name).delete();
  const db = new DpoDeskDatabase(name);
  await db.open();
  return db;
};

const harness = {
  /**
   * Empty the app's database and store one workspace in it; it becomes the current organisation.
   * Today's automatic backup counts as taken: the app starts as on any start but the day's first
   * (that one is measured on its own by `dailyBackup`).
   */
  async seed(workspaceJson: string): Promise<{ organisationId: string; ms: number }> {
    const ws = workspaceSchema.parse(JSON.parse(workspaceJson));
    const db = await fresh(DATABASE_NAME);
    const t0 = performance.now();
    const organisationId = await installWorkspace(db, ws);
    const ms = performance.now() - t0;
    await db.settings.put({ key: 'lastDailyBackupOn', value: localDay() });
    db.close();
    localStorage.setItem(CURRENT_ORGANISATION_KEY, organisationId);
    return { organisationId, ms };
  },

  /**
   * Backup import as a user does it: validate the whole file, then write it in one transaction,
   * into an empty database. The backup is made from the same workspace in a scratch database first.
   */
  async importBackup(
    workspaceJson: string,
  ): Promise<{ bytes: number; inspectMs: number; applyMs: number; totalMs: number }> {
    const ws = workspaceSchema.parse(JSON.parse(workspaceJson));
    const scratch = await fresh('dpo-desk-bench-scratch');
    await installWorkspace(scratch, ws);
    const bytes = await createBackup(scratch, { kind: 'all' }, { appVersion: 'bench' });
    await scratch.delete();
    const db = await fresh(DATABASE_NAME);
    const t0 = performance.now();
    const inspected = await inspectBackup(bytes, { db });
    if (!inspected.ok) throw new Error(`The benchmark backup was refused: ${inspected.error.message}`);
    const t1 = performance.now();
    const applied = await applyBackup(db, inspected.plan, {
      onConflict: 'replace',
      backupFirst: false,
      appVersion: 'bench',
    });
    const t2 = performance.now();
    if (!applied.ok) throw new Error(`The benchmark backup could not be applied: ${applied.error.message}`);
    db.close();
    return { bytes: bytes.byteLength, inspectMs: t1 - t0, applyMs: t2 - t1, totalMs: t2 - t0 };
  },

  /** The day's first start takes an automatic backup of the whole database (in its own worker in the app). */
  async dailyBackup(workspaceJson: string): Promise<{ ms: number; bytes: number }> {
    const ws = workspaceSchema.parse(JSON.parse(workspaceJson));
    const scratch = await fresh('dpo-desk-bench-scratch');
    await installWorkspace(scratch, ws);
    const t0 = performance.now();
    const { created } = await maybeDailyBackup(scratch, localDay(), { appVersion: 'bench' });
    const ms = performance.now() - t0;
    await scratch.delete();
    if (!created) throw new Error('The benchmark database was not backed up.');
    return { ms, bytes: created.sizeBytes };
  },
};

declare global {
  interface Window {
    dpoBench: typeof harness;
  }
}
window.dpoBench = harness;
document.getElementById('status')!.dataset['ready'] = 'true';
