import { afterEach, describe, expect, it } from 'vitest';
import { dumpScope } from '../../renderer/src/data/backup/create';
import { inspectBackup } from '../../renderer/src/data/backup/inspect';
import { DpoDeskDatabase, SCHEMA_VERSIONS } from '../../renderer/src/data/db';
import { V4_TRANSLATED_TABLES } from '../../renderer/src/data/migrations/v4';
import { loadWorkspace } from '../../renderer/src/data/repositories/workspace';
import { workspaceIn } from '../../renderer/src/domain/workspace-in';
import { buildSampleWorkspace } from '../fixtures/backups/sample-workspace';
import { deleteNamedDatabases, openUpgraded, shippedDatabase, uniqueName } from './databases';

afterEach(deleteNamedDatabases);

const V3_TABLES = { ...SCHEMA_VERSIONS[1], ...SCHEMA_VERSIONS[2], ...SCHEMA_VERSIONS[3] };
type Row = Record<string, unknown>;

/** The record as v3 wrote it: without the fields v4 added (nor the transfer links of v6). */
const asV3 = (row: Row): Row => {
  const { translations: _t, documentLanguages: _d, recipientId: _r, processorId: _p, ...rest } = row;
  return rest;
};

/** A v3 database as shipped: versions 1 to 3 declared, filled with a real workspace written in French. */
const seedV3 = async (name: string) => {
  const source = new DpoDeskDatabase(`source-${crypto.randomUUID()}`);
  const orgId = await buildSampleWorkspace(source);
  const data = (await dumpScope(source, { kind: 'all' })) as unknown as Record<string, Row[] | undefined>;
  await source.delete();
  const v3 = shippedDatabase(name, 3);
  await v3.open();
  const v3Data: Record<string, Row[]> = {};
  for (const table of Object.keys(V3_TABLES)) {
    const rows = (data[table] ?? [])
      .map(asV3)
      .map((r) => (table === 'organisations' ? { ...r, defaultLanguage: 'fr' } : r));
    v3Data[table] = rows;
    await v3.table(table).bulkAdd(rows);
  }
  v3.close();
  return { orgId, v3Data };
};

describe('schema v3 → v4', () => {
  it('keeps every value, as the default language, and adds empty translations and the default language as the one published', async () => {
    const name = uniqueName();
    const { orgId, v3Data } = await seedV3(name);
    const opened = await openUpgraded(name, '0.4.0');
    const db = opened.db;
    expect(opened.upgradedFrom).toBe(3);
    expect(db.verno).toBeGreaterThanOrEqual(4); // later versions upgrade on top (v4-to-v5.test.ts)
    const after = (await dumpScope(db, { kind: 'all' })) as unknown as Record<string, Row[]>;
    for (const table of V4_TRANSLATED_TABLES) {
      const rows = after[table] ?? [];
      expect(rows.map(asV3), table).toEqual(v3Data[table]);
      for (const r of rows) expect(r.translations, table).toEqual({});
    }
    expect(after.organisations?.map((o) => o.documentLanguages)).toEqual([['fr']]);
    // The upgraded record reads, and prints the same text in its default language.
    const ws = await loadWorkspace(db, orgId);
    expect(ws.organisation.defaultLanguage).toBe('fr');
    expect(workspaceIn(ws, 'fr').workspace).toBe(ws);
    // In English every printed text is a gap until translated.
    expect(workspaceIn(ws, 'en').gaps.length).toBeGreaterThan(0);
    db.close();
  });

  it('keeps a backup of the v3 data, taken before the upgrade, that restores with the v4 fields', async () => {
    const name = uniqueName();
    const { v3Data } = await seedV3(name);
    const opened = await openUpgraded(name, '0.4.0');
    const backup = (await opened.db.autoBackups.toArray()).find((b) => b.id === opened.preMigrationBackupId);
    expect(backup?.schemaVersion).toBe(3);
    const inspected = await inspectBackup(backup?.bytes ?? new Uint8Array());
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.plan.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 3 });
    const data = inspected.plan.data as unknown as Record<string, Row[]>;
    expect(data.activities?.map(asV3)).toEqual(v3Data.activities);
    expect(data.organisations?.[0]?.documentLanguages).toEqual(['fr']);
    expect(data.activities?.every((a) => JSON.stringify(a.translations) === '{}')).toBe(true);
    opened.db.close();
  });
});
