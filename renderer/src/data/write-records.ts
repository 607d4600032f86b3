import type { z } from 'zod';
import {
  activitySchema,
  breachSchema,
  contactSchema,
  documentSettingSchema,
  newId,
  organisationSchema,
  isObject,
  problemsOf,
  processorSchema,
  recipientSchema,
  requestSchema,
  securityMeasureSchema,
  transferSchema,
  type AuditAction,
  type AuditCause,
  type AuditEntry,
  type EntityTable,
  type RecordMeta,
} from '../domain';
import type { DpoDeskDatabase } from './db';
import { ValidationError } from './repositories/errors';

/**
 * THE record writer. Repositories, backup restore, spreadsheet import, example and workspace
 * install, the library and history restore all write records through `writeRecords`, so every
 * write gets the same lifecycle: the schema's last check, timestamps, the revision counter, the
 * soft-delete marker and one audit entry per record, in the same transaction as the write.
 */

/** Parses each stored record: the domain schemas are the single source of truth. */
export const RECORD_SCHEMAS = {
  organisations: organisationSchema,
  contacts: contactSchema,
  activities: activitySchema,
  recipients: recipientSchema,
  processors: processorSchema,
  transfers: transferSchema,
  securityMeasures: securityMeasureSchema,
  documents: documentSettingSchema,
  breaches: breachSchema,
  requests: requestSchema,
} as const satisfies Record<EntityTable, z.ZodType>;

/** Human names for messages ("The recipient is not valid: …"). */
export const RECORD_LABELS: Record<EntityTable, string> = {
  organisations: 'The organisation',
  contacts: 'The contact',
  activities: 'The processing activity',
  recipients: 'The recipient',
  processors: 'The processor',
  transfers: 'The transfer',
  securityMeasures: 'The security measure',
  documents: 'The document',
  breaches: 'The breach',
  requests: 'The request',
};

/** A stored record as the writer sees it: its lifecycle fields, its owner, and the rest. */
export type StoredRow = RecordMeta & { organisationId?: string } & Record<string, unknown>;

const nowIso = (): string => new Date().toISOString();

/** Top-level fields whose JSON differs: what the audit log reports as changed. */
export const changedFields = (before: object | null, after: object | null): string[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const ignore = new Set(['updatedAt', 'revision']);
  const b: Record<string, unknown> = isObject(before) ? before : {};
  const a: Record<string, unknown> = isObject(after) ? after : {};
  return [...keys].filter((k) => !ignore.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k])).sort();
};

const auditEntry = (
  table: EntityTable,
  action: AuditAction,
  organisationId: string,
  entityId: string,
  before: object | null,
  after: object | null,
  at: string,
): AuditEntry => ({
  id: newId(),
  table,
  entityId,
  organisationId,
  action,
  at,
  before,
  after,
  changedFields: changedFields(before, after),
});

/** The workspace a record belongs to: the organisation's own id for an organisation. */
export const ownerOf = (table: EntityTable, row: { id: string; organisationId?: unknown }): string =>
  table === 'organisations' ? row.id : typeof row.organisationId === 'string' ? row.organisationId : '';

/** One record to write: what is stored now (null for a new record) and what it becomes. */
export interface RecordWrite {
  before: StoredRow | null;
  /** The new content. Lifecycle fields in it are replaced by the writer unless `stamp` is 'keep'. */
  after: Record<string, unknown>;
}

export interface WriteOptions {
  /**
   * 'now' (default): the writer stamps the change at this moment: createdAt kept from `before`,
   * updatedAt now, revision `before.revision + 1` (1 when new), deletedAt set by remove, cleared by
   * restore and kept by update (unless `after` says otherwise).
   * 'keep': the records carry a lifecycle of their own (a backup, an example): their timestamps are
   * kept; replacing an existing record still moves its revision past the stored one, so a screen
   * open on the old version notices.
   */
  stamp?: 'now' | 'keep';
  /** Message label for a record that does not parse (default: the table's). */
  label?: string;
  /** The change of a linked record this write follows (a link removed when that record is erased). */
  cause?: AuditCause;
}

export interface WrittenRecords<TRow> {
  records: TRow[];
  /** One per record, in the same order. */
  audits: AuditEntry[];
}

/** Gives the lifecycle fields their value for this change. */
const stamped = (
  write: RecordWrite,
  action: AuditAction,
  stamp: 'now' | 'keep',
  at: string,
): Record<string, unknown> => {
  const { before, after } = write;
  if (stamp === 'keep') {
    const incoming = typeof after.revision === 'number' ? after.revision : 1;
    return before ? { ...after, revision: Math.max(before.revision, incoming) + 1 } : after;
  }
  const deletedAt =
    action === 'remove'
      ? at
      : action === 'restore'
        ? null
        : 'deletedAt' in after
          ? after.deletedAt
          : (before?.deletedAt ?? null);
  return {
    ...after,
    id: before?.id ?? (typeof after.id === 'string' ? after.id : newId()),
    createdAt: before?.createdAt ?? (typeof after.createdAt === 'string' ? after.createdAt : at),
    updatedAt: at,
    revision: (before?.revision ?? 0) + 1,
    deletedAt,
  };
};

/**
 * Writes `writes` into `table` with their audit entries, in one transaction: inside the caller's
 * transaction when there is one (it must include `table` and the audit log), in a new one
 * otherwise. Every record is parsed first, so a record that does not fit its schema writes
 * nothing at all. Returns the records as stored and their audit entries.
 */
export const writeRecords = async <TRow extends StoredRow = StoredRow>(
  db: DpoDeskDatabase,
  table: EntityTable,
  writes: readonly RecordWrite[],
  action: AuditAction,
  options: WriteOptions = {},
): Promise<WrittenRecords<TRow>> => {
  // No early return for an empty list: awaiting a promise that is not Dexie's inside the caller's
  // transaction lets IndexedDB commit it too early; the (empty) write below keeps it alive.
  const at = nowIso();
  const schema: z.ZodType = RECORD_SCHEMAS[table];
  const rows = writes.map((w) => {
    const parsed = schema.safeParse(stamped(w, action, options.stamp ?? 'now', at));
    if (!parsed.success) throw new ValidationError(problemsOf(parsed.error), options.label ?? RECORD_LABELS[table]);
    return parsed.data as TRow;
  });
  const audits = rows.map((row, i) => ({
    ...auditEntry(table, action, ownerOf(table, row), row.id, writes[i]?.before ?? null, row, at),
    ...(options.cause ? { cause: options.cause } : {}),
  }));
  await db.transaction('rw', [db.table(table), db.auditLog], async () => {
    await db.table(table).bulkPut(rows);
    await db.auditLog.bulkAdd(audits);
  });
  return { records: rows, audits };
};

/**
 * A history entry on records that did not change themselves but now say something else: a record
 * they link to was deleted or restored (links stay in place while a record is in the Trash, so
 * restoring it brings them back). The revision does not move: a screen open on them keeps working.
 */
export const noteLinkedChange = async (
  db: DpoDeskDatabase,
  table: EntityTable,
  notes: readonly { row: StoredRow; fields: string[] }[],
  cause: AuditCause,
): Promise<AuditEntry[]> => {
  const at = nowIso();
  const audits = notes.map(({ row, fields }) => ({
    ...auditEntry(table, 'update', ownerOf(table, row), row.id, row, row, at),
    changedFields: fields,
    cause,
  }));
  await db.auditLog.bulkAdd(audits);
  return audits;
};
