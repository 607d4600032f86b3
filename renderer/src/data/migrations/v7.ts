import type { Transaction } from 'dexie';
import { CATALOGUES } from '../../domain/catalogue';

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

/** Owner (organisation id) of every record, by table: what a link may point at. */
type Owners = ReadonlyMap<string, ReadonlyMap<unknown, unknown>>;

const ownersOf = (tables: Readonly<Record<string, readonly Row[] | undefined>>): Owners =>
  new Map(
    [...new Set(SINGLE_LINKS.map((l) => l.target))].map((target) => [
      target,
      new Map<unknown, unknown>((tables[target] ?? []).map((r) => [r.id, r.organisationId])),
    ]),
  );

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
  const rows = (table: string): Row[] | undefined => {
    const value = data[table];
    return Array.isArray(value) ? value.filter((r): r is Row => typeof r === 'object' && r !== null) : undefined;
  };
  const owners = ownersOf(Object.fromEntries(SINGLE_LINKS.map((l) => [l.target, rows(l.target)])));
  const out: Record<string, unknown> = { ...data };
  for (const table of new Set(SINGLE_LINKS.map((l) => l.table))) {
    const stored = rows(table);
    if (stored) out[table] = stored.map((r) => withoutDanglingLinks(table, r, owners));
  }
  return out;
};

/** v6 → v7: single links that point at no record of their organisation are emptied. No index changes. */
export const upgradeToV7 = async (tx: Transaction): Promise<void> => {
  const targets = [...new Set(SINGLE_LINKS.map((l) => l.target))];
  const tables: Record<string, Row[]> = {};
  for (const target of targets) tables[target] = (await tx.table(target).toArray()) as Row[];
  const owners = ownersOf(tables);
  for (const table of new Set(SINGLE_LINKS.map((l) => l.table))) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Row) => {
        Object.assign(row, withoutDanglingLinks(table, row, owners));
      });
  }
};
