import type { Table } from 'dexie';
import type { z } from 'zod';
import { problemsOf, type EntityTable, type RecordMeta } from '../../domain';
import type { DpoDeskDatabase } from '../db';
import { noteLinksOf, TRASH_TABLES } from '../links';
import { writeRecords, type StoredRow } from '../write-records';
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

/** An update input without its own `translations` (domain/translatable.ts). */
const keepsTranslations = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && !('translations' in input);

/** The audit log's changed fields and the one record writer live in data/write-records.ts. */
export { changedFields } from '../write-records';

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
 * A resource's reads and writes: it parses the user's input and guards against conflicting edits;
 * the lifecycle (timestamps, revision, soft delete, audit entry in the same transaction) is
 * `writeRecords`', like every other write in the app.
 */
export const createRepository = <TRecord extends StoredRecord, TInput>(
  config: RepositoryConfig<TRecord>,
): Repository<TRecord, TInput> => {
  const { db, table, label, contentSchema, recordSchema, owned } = config;
  const store = (): Table<TRecord, string> => db.table(table);

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
  /** The stored record; with `expectedRevision`, refused when it moved on since the screen read it. */
  const mustGet = async (id: string, expectedRevision?: number): Promise<TRecord> => {
    const existing = await store().get(id);
    if (!existing) throw new NotFoundError(label, id);
    if (expectedRevision !== undefined && existing.revision !== expectedRevision) throw new ConflictError(label);
    return existing;
  };
  const linkStores = () => [...TRASH_TABLES.map((t) => db.table(t)), db.auditLog];
  const write = (before: TRecord, after: object, action: 'update' | 'remove' | 'restore') =>
    writeRecords(db, table, [{ before: before as TRecord & StoredRow, after: { ...after } }], action, { label });

  return {
    table,
    async create(input, organisationId) {
      if (owned && !organisationId) throw new Error(`${label} needs an organisation.`);
      const content = parseContent(input);
      const after = { ...content, ...(owned ? { organisationId } : {}), deletedAt: null };
      const {
        records: [record],
      } = await writeRecords<TRecord & StoredRow>(db, table, [{ before: null, after }], 'create', {
        label,
      });
      return parseRecord(record);
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
        const before = await mustGet(id, expectedRevision);
        const after = {
          ...content,
          // A form that does not edit the translations (most do not) keeps them: only an input that
          // carries `translations` replaces them (the Translations screen, restore, import).
          ...(keepsTranslations(input) && 'translations' in before ? { translations: before.translations } : {}),
          ...(owned ? { organisationId: before.organisationId } : {}),
        };
        return parseRecord((await write(before, after, 'update')).records[0]);
      });
    },
    async remove(id, expectedRevision) {
      // Every table: the records linking to this one get a history entry in the same transaction.
      await db.transaction('rw', linkStores(), async () => {
        const before = await mustGet(id, expectedRevision);
        if (before.deletedAt !== null) return;
        const [removed] = (await write(before, before, 'remove')).records;
        if (removed) await noteLinksOf(db, table, removed, 'remove');
      });
    },
    async restore(id, expectedRevision) {
      return db.transaction('rw', linkStores(), async () => {
        const before = await mustGet(id, expectedRevision);
        const [restored] = (await write(before, before, 'restore')).records;
        if (restored) await noteLinksOf(db, table, restored, 'restore');
        return parseRecord(restored);
      });
    },
  };
};
