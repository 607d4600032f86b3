import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBackup } from '../../renderer/src/data/backup/apply';
import { dataChecksum } from '../../renderer/src/data/backup/encoding';
import { inspectBackup } from '../../renderer/src/data/backup/inspect';
import { CURRENT_SCHEMA_VERSION, DpoDeskDatabase } from '../../renderer/src/data/db';
import { deleteNamedDatabases, openUpgraded, storedDatabase, uniqueName } from './databases';

afterEach(deleteNamedDatabases);

type Row = Record<string, unknown>;
const meta = (id: string, organisationId = 'org-1'): Row => ({
  id,
  organisationId,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  revision: 1,
  deletedAt: null,
  translations: {},
});

/**
 * A v6 database as erasing from the Trash left it before erasing emptied single links: records
 * pointing at a recipient, a processor or a contact that no longer exists.
 */
const V6_DATA: Record<string, Row[]> = {
  organisations: [
    { ...meta('org-1'), organisationId: undefined, name: 'Boulangerie Martin' },
    { ...meta('org-2'), organisationId: undefined, name: 'Other SAS' },
  ],
  recipients: [
    { ...meta('r-live'), name: 'Ubcom' },
    { ...meta('r-trash'), name: 'Banque Populaire', deletedAt: '2026-11-21T10:00:00.000Z' },
    { ...meta('r-other', 'org-2'), name: 'Acme' },
  ],
  processors: [
    { ...meta('p-live'), name: 'OVH SAS', parentProcessorId: null },
    { ...meta('p-sub'), name: 'Equinix', parentProcessorId: 'p-live' },
    { ...meta('p-orphan'), name: 'Twilio', parentProcessorId: 'p-erased' },
  ],
  contacts: [{ ...meta('c-live'), role: 'dpo', name: 'Claire Martin' }],
  transfers: [
    { ...meta('t-live'), recipientName: 'Ubcom', recipientId: 'r-live', processorId: null },
    { ...meta('t-trash'), recipientName: 'Banque Populaire', recipientId: 'r-trash', processorId: null },
    { ...meta('t-erased'), recipientName: 'Mailjet', recipientId: null, processorId: 'p-erased' },
    { ...meta('t-other'), recipientName: 'Acme', recipientId: 'r-other', processorId: null },
  ],
  breaches: [
    { ...meta('b-1'), title: 'Lost laptop', processorId: 'p-erased', contactPointId: 'c-live' },
    { ...meta('b-2'), title: 'Misdirected email', processorId: 'p-live', contactPointId: 'c-erased' },
  ],
};

const linksOf = (rows: readonly Row[], fields: readonly string[]) =>
  Object.fromEntries(rows.map((r) => [r.id, fields.map((f) => r[f])]));

describe('schema v6 → v7: single links to no record are emptied', () => {
  it('empties the links to erased or foreign records and keeps the others, those to the Trash included', async () => {
    const name = uniqueName();
    await storedDatabase(name, 6, V6_DATA);

    const { db, upgradedFrom } = await openUpgraded(name, '0.7.0');
    expect(upgradedFrom).toBe(6);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(linksOf(await db.transfers.toArray(), ['recipientId', 'processorId', 'recipientName'])).toEqual({
      't-live': ['r-live', null, 'Ubcom'],
      // In the Trash: restoring the recipient brings the link back.
      't-trash': ['r-trash', null, 'Banque Populaire'],
      // The typed name stays: the document still says where the data goes.
      't-erased': [null, null, 'Mailjet'],
      't-other': [null, null, 'Acme'],
    });
    expect(linksOf(await db.processors.toArray(), ['parentProcessorId'])).toEqual({
      'p-live': [null],
      'p-sub': ['p-live'],
      'p-orphan': [null],
    });
    expect(linksOf(await db.breaches.toArray(), ['processorId', 'contactPointId'])).toEqual({
      'b-1': [null, 'c-live'],
      'b-2': ['p-live', null],
    });
    db.close();
  });

  it('restores a schema-6 backup holding a link to an erased processor, without that link; refuses it in a current file', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/backups/format1-schema6-all.json', 'utf8')) as {
      schemaVersion: number;
      data: Record<string, Row[]>;
      checksum: { algorithm: string; value: string };
    };
    const forged = async (schemaVersion: number) => {
      const data = structuredClone(fixture.data);
      const transfer = data.transfers?.find((t) => typeof t.processorId === 'string');
      if (!transfer) throw new Error('the schema-6 fixture has no transfer to a processor');
      transfer.processorId = crypto.randomUUID();
      const file = {
        ...fixture,
        schemaVersion,
        data,
        checksum: { algorithm: 'SHA-256', value: await dataChecksum(data) },
      };
      return { transfer, bytes: new TextEncoder().encode(JSON.stringify(file)) };
    };

    const old = await forged(6);
    const inspected = await inspectBackup(old.bytes);
    if (!inspected.ok) throw new Error(`${inspected.error.kind}: ${inspected.error.message}`);
    const db = new DpoDeskDatabase(uniqueName());
    const applied = await applyBackup(db, inspected.plan, { onConflict: 'replace', backupFirst: false });
    expect(applied.ok).toBe(true);
    const restored = await db.transfers.get(String(old.transfer.id));
    expect(restored).toMatchObject({ processorId: null, recipientName: old.transfer.recipientName });
    db.close();

    // A file of the current schema cannot hold such a link: it was not written by DPO Desk.
    const current = await inspectBackup((await forged(CURRENT_SCHEMA_VERSION)).bytes);
    expect(current.ok ? 'ok' : current.error.kind).toBe('invalid');
  });
});
