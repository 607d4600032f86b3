import { afterEach, describe, expect, it } from 'vitest';
import { migrateData } from '../../renderer/src/data/backup/restore';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/src/data/db';
import { loadWorkspace } from '../../renderer/src/data/repositories/workspace';
import { deleteNamedDatabases, openUpgraded, storedDatabase, uniqueName } from './databases';

afterEach(deleteNamedDatabases);

type Row = Record<string, unknown>;
const ORG = 'org-1';
const meta = (id: string): Row => ({
  id,
  organisationId: ORG,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  revision: 1,
  deletedAt: null,
  translations: {},
});
const transfer = (id: string, recipientName: string): Row => ({
  ...meta(id),
  destinationType: 'country',
  country: 'US',
  internationalOrganisation: '',
  recipientName,
  mechanism: 'scc',
});

/** The rows of a v5 database as shipped: transfers name their recipient as typed, without links. */
const V5_DATA: Record<string, Row[]> = {
  organisations: [{ ...meta(ORG), organisationId: undefined, name: 'Boulangerie Martin', documentLanguages: ['fr'] }],
  processors: [
    { ...meta('p-brevo'), name: 'Brevo' },
    { ...meta('p-old'), name: 'Mailjet', deletedAt: '2026-01-06T10:00:00.000Z' },
  ],
  recipients: [
    { ...meta('r-ubcom'), name: 'Ubcom' },
    { ...meta('r-bank-1'), name: 'Banque Populaire' },
    { ...meta('r-bank-2'), name: 'banque populaire' },
    { ...meta('r-other-org'), organisationId: 'org-2', name: 'Acme' },
  ],
  transfers: [
    transfer('t-brevo', '  brevo '),
    transfer('t-ubcom', 'Ubcom'),
    transfer('t-two', 'Banque Populaire'),
    transfer('t-none', 'Unknown Ltd'),
    transfer('t-deleted', 'Mailjet'),
    transfer('t-other-org', 'Acme'),
  ],
};

const links = (rows: readonly Row[] | undefined) =>
  Object.fromEntries((rows ?? []).map((r) => [r.id, [r.recipientId, r.processorId, r.recipientName]]));

const EXPECTED = {
  't-brevo': [null, 'p-brevo', '  brevo '],
  't-ubcom': ['r-ubcom', null, 'Ubcom'],
  // Two records of that name, none, a deleted one, another organisation's: nothing is guessed.
  't-two': [null, null, 'Banque Populaire'],
  't-none': [null, null, 'Unknown Ltd'],
  't-deleted': [null, null, 'Mailjet'],
  't-other-org': [null, null, 'Acme'],
};

describe('schema v5 → v6: transfers point at recipient and processor records', () => {
  it('links each stored transfer to the one live record of its organisation with its name, and documents then print that record’s name', async () => {
    const name = uniqueName();
    await storedDatabase(name, 5, V5_DATA);

    const opened = await openUpgraded(name, '0.6.0');
    expect(opened.upgradedFrom).toBe(5);
    const db = opened.db;
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(links(await db.transfers.toArray())).toEqual(EXPECTED);

    // Renaming the processor renames the transfer's recipient in what is printed and checked.
    await db.processors.update('p-brevo', { name: 'Brevo SAS' });
    const ws = await loadWorkspace(db, ORG);
    const printed = Object.fromEntries(ws.transfers.map((t) => [t.id, t.recipientName]));
    expect(printed['t-brevo']).toBe('Brevo SAS');
    expect(printed['t-none']).toBe('Unknown Ltd');
    db.close();
  });

  it('links the transfers of an older backup the same way when it is restored', () => {
    const migrated = migrateData(structuredClone(V5_DATA), 5) as Record<string, Row[]>;
    expect(links(migrated.transfers)).toEqual(EXPECTED);
    // From even older backups (schemas 4 and 3) too: the steps run one after the other.
    for (const from of [4, 3]) {
      const older = migrateData(structuredClone(V5_DATA), from) as Record<string, Row[]>;
      expect(links(older.transfers), `schema ${from}`).toEqual(EXPECTED);
    }
  });
});
