import { newId, problemsOf, type AuditEntry, type EntityTable } from '../../domain';
import type { DpoDeskDatabase } from '../db';
import { auditEntry } from '../repositories/repository';
import { NotFoundError, ValidationError } from '../repositories/errors';
import { RECORD_SCHEMAS, TABLE_LABELS } from './tables';

/** Every change to one record, newest first. */
export const historyOf = async (db: DpoDeskDatabase, table: EntityTable, id: string): Promise<AuditEntry[]> =>
  (await db.auditLog.where('[table+entityId]').equals([table, id]).sortBy('at')).reverse();

/**
 * Puts a record back as it was right after the change `auditEntryId` (or before it, for a
 * deletion entry whose "after" is the deleted state). It is written as a new update, with its
 * own audit entry, so the restore can itself be undone.
 */
export const restoreVersion = async (db: DpoDeskDatabase, auditEntryId: string): Promise<AuditEntry> =>
  db.transaction('rw', [db.auditLog, ...Object.keys(RECORD_SCHEMAS)], async () => {
    const entry = await db.auditLog.get(auditEntryId);
    if (!entry) throw new NotFoundError('The history entry', auditEntryId);
    const version = (entry.action === 'remove' ? entry.before : entry.after) as Record<string, unknown> | null;
    if (!version) throw new NotFoundError(TABLE_LABELS[entry.table], entry.entityId);
    const store = db.table(entry.table);
    const current = (await store.get(entry.entityId)) as { revision: number; createdAt: string } | undefined;
    const candidate = {
      ...version,
      id: entry.entityId,
      createdAt: current?.createdAt ?? version.createdAt,
      updatedAt: new Date().toISOString(),
      revision: (current?.revision ?? 0) + 1,
    };
    const parsed = RECORD_SCHEMAS[entry.table].safeParse(candidate);
    // An old version may not satisfy today's rules (a field became required): say which field.
    if (!parsed.success) throw new ValidationError(problemsOf(parsed.error), `The earlier version`);
    await store.put(parsed.data);
    const audit = {
      ...auditEntry(
        entry.table,
        current ? 'update' : 'create',
        entry.organisationId,
        entry.entityId,
        current ?? null,
        parsed.data,
      ),
      id: newId(),
    };
    await db.auditLog.add(audit);
    return audit;
  });
