import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpScope } from '../../renderer/src/data/backup/create';
import { inspectBackup } from '../../renderer/src/data/backup/inspect';
import { CURRENT_SCHEMA_VERSION, DpoDeskDatabase, SCHEMA_VERSIONS } from '../../renderer/src/data/db';
import { openDatabaseSafely } from '../../renderer/src/data/migrations/open';
import { buildSampleWorkspace } from '../fixtures/backups/sample-workspace';
import { deleteNamedDatabases, openUpgraded, shippedDatabase, uniqueName } from './databases';

afterEach(deleteNamedDatabases);

/** A v1 database as shipped: only version(1) declared, filled with a real workspace. */
const seedV1 = async (name: string) => {
  const source = new DpoDeskDatabase(`source-${crypto.randomUUID()}`);
  const orgId = await buildSampleWorkspace(source);
  const data = await dumpScope(source, { kind: 'all' });
  await source.delete();
  const v1 = shippedDatabase(name, 1);
  await v1.open();
  for (const table of Object.keys(SCHEMA_VERSIONS[1]) as (keyof (typeof SCHEMA_VERSIONS)[1])[])
    await v1.table(table).bulkAdd(data[table] ?? []);
  v1.close();
  return { orgId, data };
};

describe('schema v1 → v2', () => {
  it('keeps every v1 record, adds the new tables and the default settings', async () => {
    const name = uniqueName();
    const { orgId, data } = await seedV1(name);
    const opened = await openDatabaseSafely({ name, appVersion: '0.2.0' });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const db = opened.db;
    expect(opened.upgradedFrom).toBe(1);
    // Opening goes all the way to the current version; v2's tables are among the result.
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([...Object.keys(SCHEMA_VERSIONS[1]), 'snapshots', 'settings', 'autoBackups']),
    );
    const after = await dumpScope(db, { kind: 'all' });
    for (const table of Object.keys(SCHEMA_VERSIONS[1]) as (keyof (typeof SCHEMA_VERSIONS)[1])[])
      expect(after[table]).toEqual(data[table]);
    expect((await db.organisations.get(orgId))?.name).toBe('Tixeo SAS');
    expect(await db.settings.get('backupRetentionDays')).toEqual({ key: 'backupRetentionDays', value: 30 });
    // The new indexes work.
    expect(await db.snapshots.where('organisationId').equals(orgId).count()).toBe(0);
    db.close();
  });

  it('takes a backup of the v1 data before upgrading, and it restores the same records', async () => {
    const name = uniqueName();
    const { data } = await seedV1(name);
    const opened = await openUpgraded(name, '0.2.0');
    const backups = await opened.db.autoBackups.toArray();
    expect(backups).toHaveLength(1);
    expect(backups[0]?.id).toBe(opened.preMigrationBackupId);
    expect(backups[0]?.reason).toBe('before-migration');
    expect(backups[0]?.schemaVersion).toBe(1);
    const inspected = await inspectBackup(backups[0]?.bytes ?? new Uint8Array());
    expect(inspected.ok).toBe(true);
    if (inspected.ok) {
      expect(inspected.plan.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 1 });
      expect(inspected.plan.data.activities).toEqual(data.activities);
      expect(inspected.plan.data.auditLog).toEqual(data.auditLog);
    }
    opened.db.close();
  });

  it('opens a fresh database at the current version without a pre-migration backup', async () => {
    const opened = await openDatabaseSafely({ name: uniqueName(), appVersion: '0.2.0' });
    expect(opened.ok && opened.upgradedFrom === null && opened.preMigrationBackupId === null).toBe(true);
    if (opened.ok) {
      expect(await opened.db.autoBackups.count()).toBe(0);
      opened.db.close();
    }
  });

  it('refuses a database written by a newer DPO Desk and leaves it untouched', async () => {
    const name = uniqueName();
    const future = new Dexie(name);
    future
      .version(CURRENT_SCHEMA_VERSION + 1)
      .stores({ ...SCHEMA_VERSIONS[1], ...SCHEMA_VERSIONS[2], ...SCHEMA_VERSIONS[3], futureTable: 'id' });
    await future.open();
    await future.table('futureTable').add({ id: 'x', note: 'written by DPO Desk 9' });
    future.close();

    const opened = await openDatabaseSafely({ name, appVersion: '0.2.0' });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.kind).toBe('newer-database');
    expect(opened.error.message).toMatch(/newer version of DPO Desk/);
    expect(opened.error.message).toMatch(/backup/);

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(await again.table('futureTable').get('x')).toEqual({ id: 'x', note: 'written by DPO Desk 9' });
    again.close();
  });
});
