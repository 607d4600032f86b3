import type { AuditCause, EntityTable } from '../domain';
import { recordTitle } from './backup/tables';
import type { DpoDeskDatabase } from './db';
import { noteLinkedChange, ownerOf, type StoredRow } from './write-records';

/**
 * Links between records, found by value: a record links to another when one of its fields (a list
 * of ids, a single id, an id inside a nested item) holds that record's id. Ids are UUIDs, so a
 * match is a link, whatever the field is called: a new kind of link needs no list to be kept.
 */

/** Every kind of record, in the order the Trash lists them. */
export const TRASH_TABLES = [
  'organisations',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'contacts',
  'securityMeasures',
  'documents',
  'breaches',
  'requests',
] as const satisfies readonly EntityTable[];

/** Top-level fields of `row` whose value holds `id` (a link), its own id and owner aside. */
export const linkFieldsTo = (row: Record<string, unknown>, id: string): string[] => {
  const holds = (v: unknown): boolean =>
    v === id ||
    (Array.isArray(v) ? v.some(holds) : v !== null && typeof v === 'object' && Object.values(v).some(holds));
  return Object.keys(row).filter((k) => k !== 'id' && k !== 'organisationId' && holds(row[k]));
};

/** The same value with every link to `id` taken out (from lists) or emptied (a single link, top-level or nested). */
export const withoutLink = (v: unknown, id: string): unknown => {
  if (v === id) return null;
  if (Array.isArray(v)) return v.filter((x) => x !== id).map((x) => withoutLink(x, id));
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withoutLink(x, id)]));
  return v;
};

/**
 * Records of the same workspace that link to the record, per table, with the fields that do: the
 * live ones, and those in the Trash too when asked (erasing a record empties their links as well).
 */
export const linkingRecords = async (
  db: DpoDeskDatabase,
  table: EntityTable,
  record: StoredRow,
  { inTrashToo = false }: { inTrashToo?: boolean } = {},
) => {
  if (table === 'organisations') return [];
  const owner = ownerOf(table, record);
  const out: { table: EntityTable; notes: { row: StoredRow; fields: string[] }[] }[] = [];
  for (const other of TRASH_TABLES) {
    if (other === 'organisations') continue;
    const rows = await db.table<StoredRow, string>(other).where('organisationId').equals(owner).toArray();
    const notes = rows
      .filter((r) => (inTrashToo || r.deletedAt === null) && r.id !== record.id)
      .map((row) => ({ row, fields: linkFieldsTo(row, record.id) }))
      .filter((n) => n.fields.length > 0);
    if (notes.length > 0) out.push({ table: other, notes });
  }
  return out;
};

export const causeOf = (table: EntityTable, record: StoredRow, action: AuditCause['action']): AuditCause => ({
  table,
  entityId: record.id,
  action,
  title: recordTitle(record).slice(0, 300),
});

/**
 * After a record was deleted or restored: one history entry on every live record that links to it,
 * so the activity whose recipient went to the Trash says so. Called inside the delete's transaction.
 */
export const noteLinksOf = async (
  db: DpoDeskDatabase,
  table: EntityTable,
  record: StoredRow,
  action: 'remove' | 'restore',
): Promise<number> => {
  let noted = 0;
  for (const linked of await linkingRecords(db, table, record))
    noted += (await noteLinkedChange(db, linked.table, linked.notes, causeOf(table, record, action))).length;
  return noted;
};
