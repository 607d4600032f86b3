import { expect, type Page } from '@playwright/test';

/** Every store of the app's IndexedDB database, read raw in the page (no app code involved). */
export type DatabaseDump = Record<string, unknown[]>;

/**
 * Reads the `dpo-desk` database with the browser's own IndexedDB API, so the comparison does
 * not trust the code under test. Binary fields (automatic backup files) become byte arrays.
 */
export const dumpDatabase = (page: Page): Promise<DatabaseDump> =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('dpo-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(names, 'readonly');
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              out[name] = (req.result as unknown[]).map(
                (row) =>
                  JSON.parse(
                    JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v)),
                  ) as unknown,
              );
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

/** The dump without the automatic backups (a restore takes one first, by design). */
export const withoutAutoBackups = (dump: DatabaseDump): DatabaseDump =>
  Object.fromEntries(Object.entries(dump).filter(([name]) => name !== 'autoBackups'));

export const autoBackupReasons = (dump: DatabaseDump): string[] =>
  (dump.autoBackups ?? []).map((b) => (b as { reason: string }).reason);

/**
 * Waits until the start-up daily backup is over, whatever it decided (an empty database is not
 * backed up), so a "before" dump is stable. The app runs it in a worker of its own, created before
 * the first screen and ended once the backup is stored: over means that worker is gone.
 */
export const waitForDailyBackup = async (page: Page): Promise<void> => {
  await expect
    .poll(() => page.workers().filter((w) => w.url().includes('daily-backup')).length, { timeout: 20_000 })
    .toBe(0);
};
