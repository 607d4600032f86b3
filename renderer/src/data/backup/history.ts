import { isObject, type AuditEntry, type EntityTable } from '../../domain';
import type { DpoDeskDatabase } from '../db';
import { NotFoundError } from '../repositories/errors';
import { RECORD_SCHEMAS, writeRecords, type StoredRow } from '../write-records';
import { TABLE_LABELS } from './tables';

/** Every change to one record, newest first. */
export const historyOf = async (db: DpoDeskDatabase, table: EntityTable, id: string): Promise<AuditEntry[]> =>
  (await db.auditLog.where('[table+entityId]').equals([table, id]).toArray()).sort(newestFirst);

/** The record's revision once the change was made: two changes within one millisecond keep their order. */
const revisionAfter = (entry: AuditEntry): number => {
  const state = entry.after ?? entry.before;
  return isObject(state) && typeof state.revision === 'number' ? state.revision : 0;
};

/** Newest change first; changes stamped with the same instant by the record's revision. */
export const newestFirst = (a: AuditEntry, b: AuditEntry): number =>
  a.at === b.at ? revisionAfter(b) - revisionAfter(a) : a.at < b.at ? 1 : -1;

/**
 * Puts a record back as it was right after the change `auditEntryId` (or before it, for a
 * deletion entry whose "after" is the deleted state). It is written as a new update, with its
 * own audit entry, so the restore can itself be undone.
 */
export const restoreVersion = async (db: DpoDeskDatabase, auditEntryId: string): Promise<AuditEntry> =>
  db.transaction('rw', [db.auditLog, ...Object.keys(RECORD_SCHEMAS)], async () => {
    const entry = await db.auditLog.get(auditEntryId);
    if (!entry) throw new NotFoundError('The history entry', auditEntryId);
    const version = entry.action === 'remove' ? entry.before : entry.after;
    if (!isObject(version)) throw new NotFoundError(TABLE_LABELS[entry.table], entry.entityId);
    const current = await db.table<StoredRow, string>(entry.table).get(entry.entityId);
    // Written as a change made now: today's revision + 1; the version's own deletion state comes back.
    // An old version may not satisfy today's rules (a field became required): the writer says which field.
    const { audits } = await writeRecords(
      db,
      entry.table,
      [{ before: current ?? null, after: { ...version, id: entry.entityId, deletedAt: version.deletedAt ?? null } }],
      current ? 'update' : 'create',
      { label: 'The earlier version' },
    );
    const [audit] = audits;
    if (!audit) throw new NotFoundError('The history entry', entry.entityId);
    return audit;
  });
