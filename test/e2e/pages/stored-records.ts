import type { Page } from '@playwright/test';

/**
 * Writes rows, already valid by their schema, straight into one store of the app's IndexedDB
 * database: for a spec that needs a record of a kind no example holds (a breach, a request, a
 * deleted record) without paying for its editor walk. The app's live queries pick them up.
 */
export const storeRows = (page: Page, table: string, rows: readonly object[]): Promise<void> =>
  page.evaluate(
    ({ table, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dpo-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, rows },
  );

/** The organisation the app has open (its id, as the app keeps it in local storage). */
export const currentOrganisationId = async (page: Page): Promise<string> => {
  const id = await page.evaluate(() => localStorage.getItem('dpo-desk.currentOrganisation'));
  if (!id) throw new Error('No organisation is open.');
  return id;
};
