import type { Transaction } from 'dexie';
import { CATALOGUES } from '../../domain/catalogue';
import { isObject } from '../../domain/values';

type Row = Record<string, unknown>;

/**
 * The single links records declare at their top level (a transfer's `recipientId`, a breach's
 * `processorId`, a sub-processor's `parentProcessorId`, …), from the field catalogues: a link
 * declared later is cleaned too.
 */
export const SINGLE_LINKS: readonly { table: string; field: string; target: string }[] = Object.values(CATALOGUES)
  .flatMap((c) =>
    c.fields
      .filter((f) => f.display === 'link' && f.link !== undefined && !f.path.includes('.'))
      .map((f) => ({ table: c.table, field: f.path, target: f.link ?? '' })),
  )
  .filter((l, i, all) => all.findIndex((o) => o.table === l.table && o.field === l.field) === i);

/** The tables that hold single links, and those they point at. */
const LINKING_TABLES = [...new Set(SINGLE_LINKS.map((l) => l.table))];
const LINKED_TABLES = [...new Set(SINGLE_LINKS.map((l) => l.target))];

/** Owner (organisation id) of every record, by table: what a link may point at. */
type Owners = ReadonlyMap<string, ReadonlyMap<unknown, unknown>>;

const ownersOf = (rowsOf: (table: string) => readonly Row[]): Owners =>
  new Map(LINKED_TABLES.map((t) => [t, new Map<unknown, unknown>(rowsOf(t).map((r) => [r.id, r.organisationId]))]));

/**
 * The record with each single link that points at no record of its organisation emptied. Before
 * erasing from the Trash emptied single links, an erased recipient or processor left transfers,
 * breaches and sub-processors pointing at nothing; readers skip such a link, but a backup holding
 * one was refused on restore. A link to a record in the Trash stays (restoring it brings it back).
 */
export const withoutDanglingLinks = (table: string, row: Row, owners: Owners): Row => {
  let out = row;
  for (const link of SINGLE_LINKS) {
    const id = row[link.field];
    if (link.table !== table || typeof id !== 'string') continue;
    if (owners.get(link.target)?.get(id) !== row.organisationId) out = { ...out, [link.field]: null };
  }
  return out;
};

/** Every table of a backup's data with its dangling single links emptied (data/backup/restore.ts). */
export const dataWithoutDanglingLinks = (data: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const rows = (table: string): Row[] => {
    const value = data[table];
    return Array.isArray(value) ? value.filter(isObject) : [];
  };
  const owners = ownersOf(rows);
  const out: Record<string, unknown> = { ...data };
  for (const table of LINKING_TABLES)
    if (Array.isArray(data[table])) out[table] = rows(table).map((r) => withoutDanglingLinks(table, r, owners));
  return out;
};

/** v6 → v7: single links that point at no record of their organisation are emptied. No index changes. */
export const upgradeToV7 = async (tx: Transaction): Promise<void> => {
  const stored = new Map<string, Row[]>();
  for (const table of LINKED_TABLES) stored.set(table, await tx.table<Row>(table).toArray());
  const owners = ownersOf((table) => stored.get(table) ?? []);
  for (const table of LINKING_TABLES) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Row) => {
        Object.assign(row, withoutDanglingLinks(table, row, owners));
      });
  }
};
