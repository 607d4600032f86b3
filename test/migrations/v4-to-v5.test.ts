import { afterEach, describe, expect, it } from 'vitest';
import { dumpScope } from '../../renderer/src/data/backup/create';
import { DpoDeskDatabase, SCHEMA_VERSIONS } from '../../renderer/src/data/db';
import { houseStyleFor } from '../../renderer/src/data/letterhead/store';
import { loadWorkspace } from '../../renderer/src/data/repositories/workspace';
import { buildSampleWorkspace } from '../fixtures/backups/sample-workspace';
import { deleteNamedDatabases, openUpgraded, shippedDatabase, uniqueName } from './databases';

afterEach(deleteNamedDatabases);

const V4_TABLES = { ...SCHEMA_VERSIONS[1], ...SCHEMA_VERSIONS[2], ...SCHEMA_VERSIONS[3] };

type Row = Record<string, unknown>;

/** The table as v4 wrote it: transfers without the links of v6. */
const asV4 = (table: string, rows: Row[] | undefined): Row[] | undefined =>
  table === 'transfers' ? rows?.map(({ recipientId: _r, processorId: _p, ...rest }) => rest) : rows;

/** A v4 database as shipped: versions 1 to 4 declared, filled with a real workspace. */
const seedV4 = async (name: string) => {
  const source = new DpoDeskDatabase(`source-${crypto.randomUUID()}`);
  const orgId = await buildSampleWorkspace(source);
  const dumped = (await dumpScope(source, { kind: 'all' })) as unknown as Record<string, Row[] | undefined>;
  await source.delete();
  const data = Object.fromEntries(Object.entries(dumped).map(([table, rows]) => [table, asV4(table, rows)]));
  const v4 = shippedDatabase(name, 4);
  await v4.open();
  for (const table of Object.keys(V4_TABLES)) await v4.table(table).bulkAdd(data[table] ?? []);
  v4.close();
  return { orgId, data };
};

describe('schema v4 → v5', () => {
  it('keeps every v4 record and adds an empty letterheads table: documents keep the app’s own layout', async () => {
    const name = uniqueName();
    const { orgId, data } = await seedV4(name);
    const opened = await openUpgraded(name, '0.5.0');
    const db = opened.db;
    expect(opened.upgradedFrom).toBe(4);
    expect(db.verno).toBeGreaterThanOrEqual(5); // later versions upgrade on top (v5-to-v6.test.ts)
    const after = (await dumpScope(db, { kind: 'all' })) as unknown as Record<string, Row[] | undefined>;
    for (const table of Object.keys(SCHEMA_VERSIONS[1])) expect(asV4(table, after[table]), table).toEqual(data[table]);
    expect(after.letterheads).toEqual([]);
    expect(await houseStyleFor(db, orgId)).toBeUndefined();
    expect((await loadWorkspace(db, orgId)).activities).toHaveLength(2);
    // The backup taken before the upgrade is of the v4 data.
    const backup = (await db.autoBackups.toArray()).find((b) => b.id === opened.preMigrationBackupId);
    expect(backup?.schemaVersion).toBe(4);
    db.close();
  });
});
