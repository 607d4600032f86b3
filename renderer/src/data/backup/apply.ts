import { newId, recordOf } from '../../domain';
import type { DpoDeskDatabase } from '../db';
import { writeRecords, type RecordWrite, type StoredRow } from '../write-records';
import { storeAutoBackup } from './auto-store';
import { createBackupFile } from './create';
import type { RestorePlan } from './inspect';
import { BACKUP_TABLES, ENTITY_TABLES, type BackupData, type BackupTable } from './tables';
import { isIdKey, LINK_KEYS } from '../../domain/catalogue';
import { errorMessage } from '../../domain/values';

/**
 * What to do with a record whose id already exists:
 * - replace: the backup's version wins (the current one stays in the history);
 * - keep-both: the backup's record is added under a new id, and every link to it is rewritten;
 * - skip: the current record stays, the backup's is left out.
 */
export type ConflictPolicy = 'replace' | 'keep-both' | 'skip';

export interface ApplyOptions {
  onConflict: ConflictPolicy;
  /** Take an automatic backup of the whole database first (default true). */
  backupFirst?: boolean;
  appVersion?: string;
}

export interface ApplyProgress {
  phase: 'backing-up' | 'writing' | 'done';
  /** Records written so far, out of `total`. */
  done: number;
  total: number;
  table?: BackupTable;
}

export interface ApplyCounts {
  added: number;
  replaced: number;
  /** Replaced by an identical record: nothing to write. */
  unchanged: number;
  skipped: number;
  /** Added under a new id ('keep-both'). */
  rekeyed: number;
  auditEntriesWritten: number;
  byTable: Record<BackupTable, { added: number; replaced: number; skipped: number; rekeyed: number }>;
}

export type ApplyResult =
  | { ok: true; counts: ApplyCounts; safetyBackupId: string | null }
  | { ok: false; error: { kind: 'write-failed'; message: string } };

/** Rewrites every link (and every link inside audit before/after and snapshot workspaces). */
export const rewriteLinks = <T>(value: T, ids: ReadonlyMap<string, string>): T => {
  if (ids.size === 0) return value;
  const walk = (v: unknown, key: string | null): unknown => {
    // Ids are found by key, as the catalogue declares them: its links and the bookkeeping keys.
    if (typeof v === 'string') return key !== null && isIdKey(key) ? (ids.get(v) ?? v) : v;
    if (Array.isArray(v)) return v.map((item) => walk(item, key !== null && LINK_KEYS.has(key) ? key : null));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(v)) out[k] = walk(child, k);
      return out;
    }
    return v;
  };
  return walk(value, null) as T;
};

const emptyByTable = (): ApplyCounts['byTable'] =>
  recordOf(BACKUP_TABLES, () => ({ added: 0, replaced: 0, skipped: 0, rekeyed: 0 }));

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

type Row = { id: string; organisationId?: string | null };

/**
 * Writes a checked backup into the database: all of it or, if anything fails, none of it
 * (one IndexedDB transaction over every table). Each written record gets its audit entry, so
 * a restore can itself be undone record by record from the history.
 */
export const applyBackup = async (
  db: DpoDeskDatabase,
  plan: RestorePlan,
  options: ApplyOptions,
  onProgress?: (p: ApplyProgress) => void,
): Promise<ApplyResult> => {
  const total = BACKUP_TABLES.reduce((n, t) => n + (plan.data[t]?.length ?? 0), 0);
  let safetyBackupId: string | null = null;
  try {
    if (options.backupFirst !== false) {
      onProgress?.({ phase: 'backing-up', done: 0, total });
      // Outside the write transaction: hashing is not an IndexedDB request and would let it auto-commit.
      const safety = await createBackupFile(db, { kind: 'all' }, { appVersion: options.appVersion ?? 'unknown' });
      safetyBackupId = await storeAutoBackup(db, 'before-restore', safety);
    }
    const counts = await db.transaction('rw', [...BACKUP_TABLES], () =>
      write(db, plan.data, options, total, onProgress),
    );
    onProgress?.({ phase: 'done', done: total, total });
    return { ok: true, counts, safetyBackupId };
  } catch (e) {
    return {
      ok: false,
      error: {
        kind: 'write-failed',
        message: `The backup could not be restored, so nothing was changed: ${errorMessage(e)}`,
      },
    };
  }
};

const write = async (
  db: DpoDeskDatabase,
  data: BackupData,
  options: ApplyOptions,
  total: number,
  onProgress?: (p: ApplyProgress) => void,
): Promise<ApplyCounts> => {
  const counts: ApplyCounts = {
    added: 0,
    replaced: 0,
    unchanged: 0,
    skipped: 0,
    rekeyed: 0,
    auditEntriesWritten: 0,
    byTable: emptyByTable(),
  };
  // Conflicts are looked up again inside the transaction: the database may have changed since inspectBackup.
  const existing = new Map<BackupTable, Map<string, StoredRow>>();
  for (const table of BACKUP_TABLES) {
    const rows: readonly Row[] = data[table] ?? [];
    const found = await db.table<StoredRow, string>(table).bulkGet(rows.map((r) => r.id));
    existing.set(table, new Map(found.flatMap((f) => (f ? [[f.id, f] as const] : []))));
  }
  const newIds = new Map<string, string>();
  if (options.onConflict === 'keep-both')
    for (const table of BACKUP_TABLES) for (const id of existing.get(table)?.keys() ?? []) newIds.set(id, newId());

  let done = 0;
  for (const table of ENTITY_TABLES) {
    const current = existing.get(table) ?? new Map<string, StoredRow>();
    const added: RecordWrite[] = [];
    const replaced: RecordWrite[] = [];
    const incomingRows: readonly Row[] = data[table];
    for (const incoming of incomingRows) {
      const before = current.get(incoming.id);
      const tally = counts.byTable[table];
      if (before && options.onConflict === 'skip') {
        counts.skipped++;
        tally.skipped++;
        continue;
      }
      if (before && options.onConflict === 'replace' && sameJson(before, incoming)) {
        counts.unchanged++;
        continue;
      }
      const after: Record<string, unknown> = rewriteLinks(incoming, newIds);
      if (before !== undefined && options.onConflict === 'replace') {
        // The stored version stays in the history (the audit entry's "before").
        replaced.push({ before, after });
        counts.replaced++;
        tally.replaced++;
      } else {
        added.push({ before: null, after });
        if (before) {
          counts.rekeyed++;
          tally.rekeyed++;
        } else {
          counts.added++;
          tally.added++;
        }
      }
    }
    // The backup's records keep their own dates and revisions (a replaced one moves past the stored revision).
    for (const [writes, action] of [
      [added, 'create'],
      [replaced, 'update'],
    ] as const)
      counts.auditEntriesWritten += (await writeRecords(db, table, writes, action, { stamp: 'keep' })).audits.length;
    done += data[table].length;
    onProgress?.({ phase: 'writing', done, total, table });
  }

  // The history and snapshots that came with the backup: same id means the same entry.
  for (const table of ['auditLog', 'snapshots'] as const) {
    const rows: readonly Row[] = data[table] ?? [];
    const current = existing.get(table) ?? new Map<string, StoredRow>();
    const toPut: Row[] = [];
    for (const row of rows) {
      if (current.has(row.id) && options.onConflict !== 'keep-both') {
        counts.skipped++;
        counts.byTable[table].skipped++;
        continue;
      }
      toPut.push(rewriteLinks(row, newIds));
      counts.added++;
      counts.byTable[table].added++;
    }
    await db.table(table).bulkPut(toPut);
    done += rows.length;
    onProgress?.({ phase: 'writing', done, total, table });
  }

  // Letterheads: one per place (an organisation, or every organisation). The backup's takes its
  // place unless the DPO chose to keep what is there ('skip'); with 'keep-both' a re-keyed
  // organisation's letterhead goes with it, and an occupied place keeps its own (there is one slot).
  const letterheads = data.letterheads ?? [];
  if (letterheads.length > 0) {
    const stored = await db.letterheads.toArray();
    for (const incoming of letterheads) {
      const row = rewriteLinks(incoming, newIds);
      const tally = counts.byTable.letterheads;
      const inPlace = stored.filter((s) => s.organisationId === row.organisationId);
      const sameId = inPlace.some((s) => s.id === row.id);
      if (inPlace.length > 0 && (options.onConflict === 'skip' || (options.onConflict === 'keep-both' && !sameId))) {
        counts.skipped++;
        tally.skipped++;
        continue;
      }
      await db.letterheads.bulkDelete(inPlace.map((s) => s.id));
      await db.letterheads.put(row);
      if (inPlace.length > 0) {
        counts.replaced++;
        tally.replaced++;
      } else {
        counts.added++;
        tally.added++;
      }
    }
    done += letterheads.length;
    onProgress?.({ phase: 'writing', done, total, table: 'letterheads' });
  }

  return counts;
};
