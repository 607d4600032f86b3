import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBackup } from '../../renderer/src/data/backup/apply';
import { createBackupFile } from '../../renderer/src/data/backup/create';
import { inspectBackup } from '../../renderer/src/data/backup/inspect';
import { DpoDeskDatabase } from '../../renderer/src/data/db';

/** Every backup format and schema version ever written must still restore, unchanged. */
const dir = 'test/fixtures/backups';
const FIXTURE_PASSWORD = 'fixture-password';
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

let db: DpoDeskDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('backup fixtures of every version', () => {
  it('has a fixture of each schema version and of an encrypted file', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining([
        'format1-schema1-all.json',
        'format1-schema2-all.json',
        'format1-schema2-workspace-encrypted.json',
        'format1-schema3-all.json',
        'format1-schema4-all.json',
        'format1-schema5-all.json',
        'format1-schema6-all.json',
        'format1-schema7-all.json',
      ]),
    );
  });

  for (const name of fixtures) {
    it(`${name}: import → export gives the same data`, async () => {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const header = JSON.parse(new TextDecoder().decode(bytes)) as {
        encrypted: boolean;
        checksum: { value: string };
        schemaVersion: number;
      };
      const password = header.encrypted ? FIXTURE_PASSWORD : undefined;
      const inspected = await inspectBackup(bytes, password ? { password } : {});
      if (!inspected.ok) throw new Error(`${inspected.error.kind}: ${inspected.error.message}`);
      const { plan } = inspected;
      expect(plan.counts.activities).toBeGreaterThan(0);

      db = new DpoDeskDatabase(`fixture-${crypto.randomUUID()}`);
      const applied = await applyBackup(db, plan, { onConflict: 'replace', backupFirst: false });
      expect(applied.ok).toBe(true);

      const exported = await createBackupFile(db, plan.header.scope, {
        appVersion: 'test',
        ...(password ? { password } : {}),
      });
      const again = await inspectBackup(exported.bytes, password ? { password } : {});
      if (!again.ok) throw new Error(again.error.message);
      // Records and history come back exactly; the restore itself adds one audit entry per record.
      const { auditLog: before = [], ...records } = plan.data;
      const { auditLog: after = [], ...recordsAgain } = again.plan.data;
      expect({
        ...recordsAgain,
        snapshots: recordsAgain.snapshots ?? [],
        letterheads: recordsAgain.letterheads ?? [],
      }).toEqual({
        ...records,
        snapshots: records.snapshots ?? [],
        letterheads: records.letterheads ?? [],
      });
      expect(after.filter((e) => before.some((b) => b.id === e.id))).toEqual(before);
      expect(after.length - before.length).toBe(applied.ok ? applied.counts.auditEntriesWritten : -1);
    });
  }

  it('restores the breach and the request of a schema-3 file, with their links, and older files with empty logs', async () => {
    const read = async (name: string) => {
      const inspected = await inspectBackup(new Uint8Array(readFileSync(join(dir, name))));
      if (!inspected.ok) throw new Error(inspected.error.message);
      return inspected.plan;
    };
    const v3 = await read('format1-schema3-all.json');
    expect(v3.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 3 });
    // Schema 4: the text of a schema-3 file is its default language, nothing translated yet.
    expect(v3.data.organisations?.map((o) => o.documentLanguages)).toEqual(
      v3.data.organisations?.map((o) => [o.defaultLanguage]),
    );
    db = new DpoDeskDatabase(`fixture-${crypto.randomUUID()}`);
    const applied = await applyBackup(db, v3, { onConflict: 'replace', backupFirst: false });
    expect(applied.ok).toBe(true);
    const [breach] = await db.breaches.toArray();
    expect(breach?.title).toBe('Payslips e-mailed to the wrong employee');
    expect(breach?.awareAt).toBe('2026-03-02T09:30:00+01:00');
    expect(breach?.riskAssessments[0]?.result).toBe('risk');
    const payroll = await db.activities.get(breach?.activityIds[0] ?? '');
    expect(payroll?.name).toBe('Gestion de la paie');
    const [request] = await db.requests.toArray();
    expect(request?.receivedOn).toBe('2026-03-31');
    expect(request?.types).toEqual(['access']);

    const v4 = await read('format1-schema4-all.json');
    expect(v4.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 4 });
    expect(v4.data.letterheads ?? []).toEqual([]);
    // Its one transfer names a bank that is no record of the file: it keeps the typed name, unlinked.
    expect(v4.data.transfers?.map((t) => [t.recipientName, t.recipientId, t.processorId])).toEqual([
      ['Banque de Genève', null, null],
    ]);
    expect(v4.data.organisations?.[0]?.documentLanguages).toEqual(['en', 'fr']);
    expect(v4.data.activities?.some((a) => a.translations.fr?.name?.endsWith('(FR)'))).toBe(true);

    // Schema 5: the firm's letterhead for every organisation comes back, header text and logo.
    const v5 = await read('format1-schema5-all.json');
    expect(v5.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 5 });
    await applyBackup(db, v5, { onConflict: 'replace', backupFirst: false });
    const [letterhead] = await db.letterheads.toArray();
    expect(letterhead?.organisationId).toBeNull();
    expect(letterhead?.style.header?.lines[0]).toBe('Northbridge Legal LLP');
    expect(letterhead?.style.logo).not.toBeNull();

    // Schema 6: a transfer points at the record it goes to, here the sub-processor OVH SAS.
    const v6 = await read('format1-schema6-all.json');
    expect(v6.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 6 });
    const ovh = v6.data.processors?.find((p) => p.name === 'OVH SAS');
    expect(ovh?.parentProcessorId).not.toBeNull();
    expect(v6.data.transfers?.map((t) => [t.recipientName, t.recipientId, t.processorId])).toEqual([
      ['Banque de Genève', null, null],
      ['OVH SAS', null, ovh?.id],
    ]);

    const v2 = await read('format1-schema2-all.json');
    expect(v2.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 2 });
    expect(v2.data.breaches).toEqual([]);
    expect(v2.data.requests).toEqual([]);
  });
});
