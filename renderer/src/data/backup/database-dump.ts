import type { DpoDeskDatabase } from '../db';
import { BACKUP_TABLES } from './tables';

/** Every row of every table (settings and automatic backups included), for before/after comparisons. */
export const dumpEverything = async (db: DpoDeskDatabase): Promise<string> => {
  const out: Record<string, unknown> = {};
  for (const table of [...BACKUP_TABLES, 'settings', 'autoBackups']) out[table] = await db.table(table).toArray();
  return JSON.stringify(out, (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v));
};
