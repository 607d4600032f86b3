import type { Transaction } from 'dexie';

/**
 * v2 → v3 adds the `breaches` (Art. 33(5) register) and `requests` (Arts. 12, 15–22 log) tables.
 * No v2 record changes shape and both tables start empty, so there is no data step; the function
 * exists so that the upgrade has its own file and test like every other (test/migrations/).
 */
export const upgradeToV3 = async (tx: Transaction): Promise<void> => {
  // Nothing to convert: a v2 database holds no breach or request. Reading the new tables inside
  // the upgrade transaction proves they were created before the app writes to them.
  await Promise.all([tx.table('breaches').count(), tx.table('requests').count()]);
};
