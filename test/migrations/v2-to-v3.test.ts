import { afterEach, describe, expect, it } from 'vitest';
import { dumpScope } from '../../renderer/src/data/backup/create';
import { inspectBackup } from '../../renderer/src/data/backup/inspect';
import { DpoDeskDatabase, SCHEMA_VERSIONS } from '../../renderer/src/data/db';
import { createRepositories } from '../../renderer/src/data/repositories';
import { loadWorkspace } from '../../renderer/src/data/repositories/workspace';
import { buildSampleWorkspace } from '../fixtures/backups/sample-workspace';
import { deleteNamedDatabases, openUpgraded, shippedDatabase, uniqueName } from './databases';

afterEach(deleteNamedDatabases);

const V2_TABLES = { ...SCHEMA_VERSIONS[1], ...SCHEMA_VERSIONS[2] };
type V2Table = keyof typeof V2_TABLES;

/** A v2 database as shipped: versions 1 and 2 declared, filled with a real workspace. */
const seedV2 = async (name: string) => {
  const source = new DpoDeskDatabase(`source-${crypto.randomUUID()}`);
  const orgId = await buildSampleWorkspace(source);
  const data = await dumpScope(source, { kind: 'all' });
  await source.delete();
  const v2 = shippedDatabase(name, 2);
  await v2.open();
  for (const table of Object.keys(SCHEMA_VERSIONS[1]) as V2Table[])
    await v2.table(table).bulkAdd((data as Record<string, unknown[] | undefined>)[table] ?? []);
  await v2.table('settings').put({ key: 'backupRetentionDays', value: 12 });
  v2.close();
  return { orgId, data };
};

describe('schema v2 → v3', () => {
  it('keeps every v2 record and setting, and adds the empty breach and request tables', async () => {
    const name = uniqueName();
    const { orgId, data } = await seedV2(name);
    const opened = await openUpgraded(name, '0.3.0');
    const db = opened.db;
    expect(opened.upgradedFrom).toBe(2);
    expect(db.verno).toBeGreaterThanOrEqual(3); // later versions upgrade on top (v3-to-v4.test.ts)
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...Object.keys(V2_TABLES), 'breaches', 'requests', ...Object.keys(SCHEMA_VERSIONS[5])].sort(),
    );
    const after = await dumpScope(db, { kind: 'all' });
    for (const table of Object.keys(SCHEMA_VERSIONS[1]) as (keyof typeof after & V2Table)[])
      expect(after[table]).toEqual(data[table]);
    expect(await db.settings.get('backupRetentionDays')).toEqual({ key: 'backupRetentionDays', value: 12 });
    expect(after.breaches).toEqual([]);
    expect(after.requests).toEqual([]);
    // The workspace of the upgraded database reads, with empty logs.
    const ws = await loadWorkspace(db, orgId);
    expect(ws.activities).toHaveLength(2);
    expect(ws.breaches).toEqual([]);
    db.close();
  });

  it('writes and finds breaches and requests through the new indexes after the upgrade', async () => {
    const name = uniqueName();
    const { orgId } = await seedV2(name);
    const opened = await openUpgraded(name, '0.3.0');
    const db = opened.db;
    const repos = createRepositories(db);
    await repos.breaches.create(
      { title: 'Laptop stolen', awareAt: '2026-05-04T08:00:00+02:00', timeZone: 'Europe/Paris' },
      orgId,
    );
    await repos.requests.create({ receivedOn: '2026-05-05', requesterName: 'A. Person', types: ['erasure'] }, orgId);
    expect(await db.breaches.where('organisationId').equals(orgId).count()).toBe(1);
    expect(await db.breaches.where('awareAt').startsWith('2026-05').count()).toBe(1);
    expect(await db.requests.where('receivedOn').between('2026-05-01', '2026-05-31').count()).toBe(1);
    db.close();
  });

  it('keeps a backup of the v2 data, taken before the upgrade, that restores the same records', async () => {
    const name = uniqueName();
    const { data } = await seedV2(name);
    const opened = await openUpgraded(name, '0.3.0');
    const backup = (await opened.db.autoBackups.toArray()).find((b) => b.id === opened.preMigrationBackupId);
    expect(backup?.schemaVersion).toBe(2);
    const inspected = await inspectBackup(backup?.bytes ?? new Uint8Array());
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.plan.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 2 });
    expect(inspected.plan.data.activities).toEqual(data.activities);
    expect(inspected.plan.data.breaches).toEqual([]);
    expect(inspected.plan.data.requests).toEqual([]);
    opened.db.close();
  });
});
