import type { EntityTable } from '../domain';
import { recordTitle } from './backup/tables';
import { causeOf, linkFieldsTo, linkingRecords, TRASH_TABLES, withoutLink } from './links';
import type { DpoDeskDatabase } from './db';
import { createRepositories } from './repositories';
import { NotFoundError } from './repositories/errors';
import { ownerOf, RECORD_SCHEMAS, writeRecords, type StoredRow } from './write-records';

/**
 * The Trash: a deleted record (soft delete, `deletedAt` set) stays restorable, with its links, for
 * the retention period; then it is erased for good. Links stay in place while a record is in the
 * Trash (readers skip deleted records), so restoring it brings every link back; erasing it removes
 * the links from the records that still point at it, each with its own history entry.
 */

export { TRASH_TABLES } from './links';

/** Deleted records are kept at least this long (the promise; a setting may lengthen it). */
export const MIN_TRASH_RETENTION_DAYS = 30;
/** Longest retention the setting accepts (ten years): bounded like every input. */
export const MAX_TRASH_RETENTION_DAYS = 3650;
const RETENTION_KEY = 'trashRetentionDays';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Bounds one listing: a Trash of more records than this shows the most recent ones. */
export const MAX_TRASH_ITEMS = 5000;

export interface TrashItem {
  table: EntityTable;
  id: string;
  /** The workspace it belongs to (the organisation itself for an organisation). */
  organisationId: string;
  title: string;
  deletedAt: string;
  revision: number;
}

/** Days deleted records are kept: the setting, never under the minimum. */
export const readTrashRetentionDays = async (db: DpoDeskDatabase): Promise<number> => {
  const row = await db.settings.get(RETENTION_KEY);
  const v = row?.value;
  return typeof v === 'number' && Number.isInteger(v) && v >= MIN_TRASH_RETENTION_DAYS && v <= MAX_TRASH_RETENTION_DAYS
    ? v
    : MIN_TRASH_RETENTION_DAYS;
};

export const setTrashRetentionDays = async (db: DpoDeskDatabase, days: number): Promise<void> => {
  if (!Number.isInteger(days) || days < MIN_TRASH_RETENTION_DAYS || days > MAX_TRASH_RETENTION_DAYS)
    throw new RangeError(
      `Deleted records are kept between ${MIN_TRASH_RETENTION_DAYS} and ${MAX_TRASH_RETENTION_DAYS} days (a whole number); nothing was changed.`,
    );
  await db.settings.put({ key: RETENTION_KEY, value: days });
};

const ENTITY_STORES = (db: DpoDeskDatabase) => [...TRASH_TABLES.map((t) => db.table(t)), db.auditLog];

/** Every deleted record of the database, most recently deleted first. */
export const listTrash = async (db: DpoDeskDatabase): Promise<TrashItem[]> => {
  const items: TrashItem[] = [];
  await db.transaction(
    'r',
    TRASH_TABLES.map((t) => db.table(t)),
    async () => {
      for (const table of TRASH_TABLES) {
        const rows = await db
          .table<StoredRow, string>(table)
          .filter((r) => r.deletedAt !== null)
          .toArray();
        for (const r of rows)
          items.push({
            table,
            id: r.id,
            organisationId: ownerOf(table, r),
            title: recordTitle(r),
            deletedAt: r.deletedAt ?? '',
            revision: r.revision,
          });
      }
    },
  );
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)).slice(0, MAX_TRASH_ITEMS);
};

/** Puts a deleted record back, with its links, and notes it in the history of the records linking to it. */
export const restoreFromTrash = async (
  db: DpoDeskDatabase,
  table: EntityTable,
  id: string,
  expectedRevision?: number,
): Promise<void> => {
  await createRepositories(db)[table].restore(id, expectedRevision);
};

/**
 * Erases deleted records for good: the record, its own history (which holds full copies of it),
 * and every link to it in the records that remain, each such change in their history. All of it
 * in one transaction, or nothing. A live record is never erased; a deleted organisation is erased
 * with every record of its workspace.
 */
export const purgeFromTrash = async (
  db: DpoDeskDatabase,
  targets: readonly { table: EntityTable; id: string }[],
): Promise<number> =>
  db.transaction('rw', ENTITY_STORES(db), async () => {
    let purged = 0;
    for (const { table, id } of targets) {
      const record = await db.table<StoredRow, string>(table).get(id);
      if (!record) throw new NotFoundError('The deleted record', id);
      if (record.deletedAt === null)
        throw new Error(`“${recordTitle(record)}” is not in the Trash; nothing was erased.`);
      const owned =
        table === 'organisations'
          ? await Promise.all(
              TRASH_TABLES.filter((t) => t !== 'organisations').map(async (t) => ({
                t,
                rows: await db.table<StoredRow, string>(t).where('organisationId').equals(id).toArray(),
              })),
            )
          : [];
      // An organisation takes its whole workspace with it: its records went out of sight when it was
      // deleted, and the confirmation (and the Trash's retention) names how many go with it. Refusing
      // would leave a deleted organisation that can never be erased, and block the automatic purge.
      for (const { t, rows } of owned) await db.table(t).bulkDelete(rows.map((r) => r.id));
      for (const linked of await linkingRecords(db, table, record, { inTrashToo: true })) {
        const schema = RECORD_SCHEMAS[linked.table];
        const writes = linked.notes.flatMap(({ row, fields }) => {
          const after: Record<string, unknown> = { ...row };
          for (const f of fields) after[f] = withoutLink(row[f], id);
          // A link the schema cannot do without stays (dangling, as readers already tolerate).
          return schema.safeParse(after).success ? [{ before: row, after }] : [];
        });
        await writeRecords(db, linked.table, writes, 'update', { cause: causeOf(table, record, 'purge') });
      }
      await db.auditLog.where('[table+entityId]').equals([table, id]).delete();
      if (table === 'organisations') await db.auditLog.where('organisationId').equals(id).delete();
      await db.table(table).delete(id);
      purged++;
    }
    return purged;
  });

/** Erases every record deleted longer ago than the retention (at start-up, after the daily backup). */
export const purgeExpiredTrash = async (db: DpoDeskDatabase, now: Date = new Date()): Promise<number> => {
  const days = await readTrashRetentionDays(db);
  return purgeOlderThan(db, days, now);
};

/** Erases every record deleted more than `days` days before `now` (never under the minimum). */
export const purgeOlderThan = async (db: DpoDeskDatabase, days: number, now: Date = new Date()): Promise<number> => {
  const cutoff = new Date(now.getTime() - Math.max(days, MIN_TRASH_RETENTION_DAYS) * DAY_MS).toISOString();
  const expired = (await listTrash(db)).filter((i) => i.deletedAt < cutoff);
  // Records of a deleted organisation go with it: erase the organisation last.
  const ordered = [
    ...expired.filter((i) => i.table !== 'organisations'),
    ...expired.filter((i) => i.table === 'organisations'),
  ];
  return ordered.length === 0 ? 0 : purgeFromTrash(db, ordered);
};

/** Names listed in a preview at most; the rest is counted ("and 12 more"). */
export const MAX_PREVIEW_NAMES = 20;

export interface TrashRecordRef {
  table: EntityTable;
  id: string;
  title: string;
}

/** What restoring (or erasing) one deleted record brings back (or takes away), shown before it is done. */
export interface TrashPreview {
  item: TrashItem;
  /** Live records of its workspace that link to it: they count it again once it is back (at most MAX_PREVIEW_NAMES). */
  linkedFrom: TrashRecordRef[];
  linkedFromCount: number;
  /** Records it links to that are in the Trash as well: they stay there until restored themselves. */
  linksToDeleted: TrashRecordRef[];
  linksToDeletedCount: number;
  /** Its organisation is in the Trash too (its name), so it shows only once the organisation is back. */
  deletedOrganisation: string | null;
  /** An organisation: the records of its workspace, which show again with it (or are erased with it). */
  workspaceRecords: number;
}

const refOf = (table: EntityTable, row: StoredRow): TrashRecordRef => ({ table, id: row.id, title: recordTitle(row) });

/** What restoring or erasing a deleted record touches, read in one transaction; NotFoundError when gone. */
export const previewTrashItem = async (db: DpoDeskDatabase, table: EntityTable, id: string): Promise<TrashPreview> =>
  db.transaction(
    'r',
    TRASH_TABLES.map((t) => db.table(t)),
    async () => {
      const record = await db.table<StoredRow, string>(table).get(id);
      if (!record || record.deletedAt === null) throw new NotFoundError('The deleted record', id);
      const owner = ownerOf(table, record);
      const item: TrashItem = {
        table,
        id,
        organisationId: owner,
        title: recordTitle(record),
        deletedAt: record.deletedAt,
        revision: record.revision,
      };
      const linkedFrom: TrashRecordRef[] = [];
      const linksToDeleted: TrashRecordRef[] = [];
      let workspaceRecords = 0;
      for (const other of TRASH_TABLES) {
        if (other === 'organisations') continue;
        const rows = await db.table<StoredRow, string>(other).where('organisationId').equals(owner).toArray();
        if (table === 'organisations') {
          workspaceRecords += rows.length;
          continue;
        }
        for (const row of rows) {
          if (row.id === id) continue;
          if (row.deletedAt === null && linkFieldsTo(row, id).length > 0) linkedFrom.push(refOf(other, row));
          else if (row.deletedAt !== null && linkFieldsTo(record, row.id).length > 0)
            linksToDeleted.push(refOf(other, row));
        }
      }
      const organisation =
        table === 'organisations' ? undefined : await db.table<StoredRow, string>('organisations').get(owner);
      const byTitle = (a: TrashRecordRef, b: TrashRecordRef) => a.title.localeCompare(b.title);
      return {
        item,
        linkedFrom: linkedFrom.sort(byTitle).slice(0, MAX_PREVIEW_NAMES),
        linkedFromCount: linkedFrom.length,
        linksToDeleted: linksToDeleted.sort(byTitle).slice(0, MAX_PREVIEW_NAMES),
        linksToDeletedCount: linksToDeleted.length,
        deletedOrganisation: organisation && organisation.deletedAt !== null ? recordTitle(organisation) : null,
        workspaceRecords,
      };
    },
  );

/**
 * Empties the Trash: every deleted record listed is erased for good, in one transaction (all or
 * nothing), organisations last so their workspaces go with them. Returns how many were erased.
 */
export const emptyTrash = async (db: DpoDeskDatabase): Promise<number> => {
  const items = await listTrash(db);
  const ordered = [
    ...items.filter((i) => i.table !== 'organisations'),
    ...items.filter((i) => i.table === 'organisations'),
  ];
  return ordered.length === 0 ? 0 : purgeFromTrash(db, ordered);
};
