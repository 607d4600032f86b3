import type { Transaction } from 'dexie';

/**
 * v4 → v5 adds the `letterheads` table (the firm's house styles, issue 19). No v4 record changes
 * shape and the table starts empty: until a letterhead is imported, documents keep DPO Desk's own
 * layout, as before. The function exists so the upgrade has its own file and test (test/migrations/).
 */
export const upgradeToV5 = async (tx: Transaction): Promise<void> => {
  // Reading the new table inside the upgrade transaction proves it exists before the app writes to it.
  await tx.table('letterheads').count();
};
