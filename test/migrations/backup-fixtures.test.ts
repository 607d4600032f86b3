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
      expect({ ...recordsAgain, snapshots: recordsAgain.snapshots ?? [] }).toEqual({
        ...records,
        snapshots: records.snapshots ?? [],
      });
      expect(after.filter((e) => before.some((b) => b.id === e.id))).toEqual(before);
      expect(after.length - before.length).toBe(applied.ok ? applied.counts.auditEntriesWritten : -1);
    });
  }
});
