import type { Table } from 'dexie';
import type { z } from 'zod';
import { newId, problemsOf, type AuditEntry, type EntityTable, type RecordMeta } from '../../domain';
import type { DpoDeskDatabase } from '../db';
import { ConflictError, NotFoundError, ValidationError } from './errors';

type StoredRecord = RecordMeta & { organisationId?: string };

export interface ListOptions {
  includeDeleted?: boolean;
}

export interface Repository<TRecord extends StoredRecord, TInput> {
  readonly table: EntityTable;
  create(input: TInput, organisationId?: string): Promise<TRecord>;
  get(id: string): Promise<TRecord | undefined>;
  list(organisationId?: string, options?: ListOptions): Promise<TRecord[]>;
  /** Replace the content of a record; `expectedRevision` guards against overwriting a concurrent edit. */
  update(id: string, input: TInput, expectedRevision?: number): Promise<TRecord>;
  /**
   * Soft delete. With `expectedRevision` (the revision the screen shows), a record changed
   * elsewhere meanwhile is not deleted: ConflictError, so nobody deletes an edit they never saw.
   */
  remove(id: string, expectedRevision?: number): Promise<void>;
  /**
   * Undo a soft delete. With `expectedRevision` (the revision the delete wrote), a record restored
   * or changed elsewhere since is left alone: ConflictError.
   */
  restore(id: string, expectedRevision?: number): Promise<TRecord>;
}

const nowIso = (): string => new Date().toISOString();

/** An update input without its own `translations` (domain/translatable.ts). */
const keepsTranslations = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && !('translations' in input);

/** Top-level fields whose JSON differs: what the audit log reports as changed. */
export const changedFields = (before: object | null, after: object | null): string[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const ignore = new Set(['updatedAt', 'revision']);
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...keys].filter((k) => !ignore.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k])).sort();
};

export const auditEntry = (
  table: EntityTable,
  action: AuditEntry['action'],
  organisationId: string,
  entityId: string,
  before: object | null,
  after: object | null,
): AuditEntry => ({
  id: newId(),
  table,
  entityId,
  organisationId,
  action,
  at: nowIso(),
  before,
  after,
  changedFields: changedFields(before, after),
});

interface RepositoryConfig<TRecord extends StoredRecord> {
  db: DpoDeskDatabase;
  table: EntityTable;
  /** Human name for messages ("The processing activity"). */
  label: string;
  /** Parses the user's input (content only, no meta fields). */
  contentSchema: z.ZodType<object>;
  /** Parses the whole stored record, as a last guard before writing. */
  recordSchema: z.ZodType<TRecord>;
  /** False for organisations, which own themselves. */
  owned: boolean;
}

/**
 * The one place where records are written: validation, timestamps, revision counter, soft
 * delete and the audit entry all happen here, the audit entry in the same transaction.
 */
export const createRepository = <TRecord extends StoredRecord, TInput>(
  config: RepositoryConfig<TRecord>,
): Repository<TRecord, TInput> => {
  const { db, table, label, contentSchema, recordSchema, owned } = config;
  const store = (): Table<TRecord, string> => db.table(table);
  const orgOf = (r: StoredRecord): string => (owned ? (r.organisationId ?? '') : r.id);

  const parseContent = (input: TInput) => {
    const parsed = contentSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(problemsOf(parsed.error), label);
    return parsed.data;
  };
  const parseRecord = (candidate: unknown): TRecord => {
    const parsed = recordSchema.safeParse(candidate);
    if (!parsed.success) throw new ValidationError(problemsOf(parsed.error), label);
    return parsed.data;
  };
  const mustGet = async (id: string): Promise<TRecord> => {
    const existing = await store().get(id);
    if (!existing) throw new NotFoundError(label, id);
    return existing;
  };

  return {
    table,
    async create(input, organisationId) {
      if (owned && !organisationId) throw new Error(`${label} needs an organisation.`);
      const content = parseContent(input);
      const at = nowIso();
      const record = parseRecord({
        ...content,
        ...(owned ? { organisationId } : {}),
        id: newId(),
        createdAt: at,
        updatedAt: at,
        revision: 1,
        deletedAt: null,
      });
      await db.transaction('rw', [store(), db.auditLog], async () => {
        await store().add(record);
        await db.auditLog.add(auditEntry(table, 'create', orgOf(record), record.id, null, record));
      });
      return record;
    },
    async get(id) {
      return store().get(id);
    },
    async list(organisationId, options = {}) {
      const rows =
        owned && organisationId !== undefined
          ? await store().where('organisationId').equals(organisationId).toArray()
          : await store().toArray();
      return options.includeDeleted ? rows : rows.filter((r) => r.deletedAt === null);
    },
    async update(id, input, expectedRevision) {
      const content = parseContent(input);
      return db.transaction('rw', [store(), db.auditLog], async () => {
        const before = await mustGet(id);
        if (expectedRevision !== undefined && before.revision !== expectedRevision) throw new ConflictError(label);
        const after = parseRecord({
          ...content,
          // A form that does not edit the translations (most do not) keeps them: only an input that
          // carries `translations` replaces them (the Translations screen, restore, import).
          ...(keepsTranslations(input) && 'translations' in before ? { translations: before.translations } : {}),
          ...(owned ? { organisationId: before.organisationId } : {}),
          id,
          createdAt: before.createdAt,
          updatedAt: nowIso(),
          revision: before.revision + 1,
          deletedAt: before.deletedAt,
        });
        await store().put(after);
        await db.auditLog.add(auditEntry(table, 'update', orgOf(after), id, before, after));
        return after;
      });
    },
    async remove(id, expectedRevision) {
      await db.transaction('rw', [store(), db.auditLog], async () => {
        const before = await mustGet(id);
        if (expectedRevision !== undefined && before.revision !== expectedRevision) throw new ConflictError(label);
        if (before.deletedAt !== null) return;
        const after = { ...before, deletedAt: nowIso(), updatedAt: nowIso(), revision: before.revision + 1 };
        await store().put(after);
        await db.auditLog.add(auditEntry(table, 'remove', orgOf(after), id, before, after));
      });
    },
    async restore(id, expectedRevision) {
      return db.transaction('rw', [store(), db.auditLog], async () => {
        const before = await mustGet(id);
        if (expectedRevision !== undefined && before.revision !== expectedRevision) throw new ConflictError(label);
        const after = { ...before, deletedAt: null, updatedAt: nowIso(), revision: before.revision + 1 };
        await store().put(after);
        await db.auditLog.add(auditEntry(table, 'restore', orgOf(after), id, before, after));
        return after;
      });
    },
  };
};
