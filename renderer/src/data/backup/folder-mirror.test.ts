import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import {
  AutoBackupFileReasonSchema,
  parseAutoBackupFileName,
  type AutoBackupFileEntry,
} from '../../../../electron/shared/backup-files';
import { autoBackupReasons, DpoDeskDatabase } from '../db';
import { maybeDailyBackup } from './auto';
import { createBackupFile } from './create';
import { storeAutoBackup } from './auto-store';
import { encryptBackupBytes, mirrorAutoBackups, type BackupFilePort } from './folder-mirror';
import { inspectBackup } from './inspect';
import { setBackupRetentionDays } from './settings';

/** A backup folder in memory, checked like the real ones: only DPO Desk's names. */
const memoryFolder = () => {
  const files = new Map<string, Uint8Array>();
  const port: BackupFilePort = {
    list: async (): Promise<AutoBackupFileEntry[]> =>
      [...files.entries()].flatMap(([name, bytes]) => {
        const parsed = parseAutoBackupFileName(name);
        return parsed ? [{ name, ...parsed, sizeBytes: bytes.byteLength }] : [];
      }),
    write: async (name, bytes) => {
      if (!parseAutoBackupFileName(name)) throw new Error(`bad name ${name}`);
      files.set(name, bytes);
    },
    remove: async (name) => {
      files.delete(name);
    },
  };
  return { files, port };
};

let db: DpoDeskDatabase;
const appVersion = '0.1.0';
beforeEach(async () => {
  db = new DpoDeskDatabase(`mirror-${crypto.randomUUID()}`);
  await buildSampleWorkspace(db);
});
afterEach(async () => {
  await db.delete();
});

describe('automatic backups copied to the backup folder', () => {
  it('writes one file per automatic backup, which restores the same records', async () => {
    const { created } = await maybeDailyBackup(db, '2026-12-01', {
      appVersion,
      now: new Date('2026-12-01T08:00:00.000Z'),
    });
    const folder = memoryFolder();
    const result = await mirrorAutoBackups(db, folder.port, {
      password: null,
      now: new Date('2026-12-01T09:00:00.000Z'),
    });
    expect(result.written).toEqual(['dpo-desk-auto-2026-12-01T08-00-00-000Z-daily.dpodesk-backup.json']);
    const bytes = folder.files.get(result.written[0] ?? '');
    expect(bytes).toBeDefined();
    const inspected = await inspectBackup(bytes ?? new Uint8Array());
    expect(inspected.ok && inspected.plan.counts.organisations).toBe(1);
    expect(created).not.toBeNull();
  });

  it('writes nothing new the second time', async () => {
    await maybeDailyBackup(db, '2026-12-01', { appVersion });
    const folder = memoryFolder();
    await mirrorAutoBackups(db, folder.port, { password: null });
    expect((await mirrorAutoBackups(db, folder.port, { password: null })).written).toEqual([]);
    expect(folder.files.size).toBe(1);
  });

  it('encrypts the file when a backup password is set; the password opens it, nothing else does', async () => {
    await maybeDailyBackup(db, '2026-12-01', { appVersion });
    const folder = memoryFolder();
    const { written } = await mirrorAutoBackups(db, folder.port, { password: 'correct horse battery' });
    expect(written[0]).toMatch(/-daily\.encrypted\.dpodesk-backup\.json$/);
    const bytes = folder.files.get(written[0] ?? '') ?? new Uint8Array();
    expect(new TextDecoder().decode(bytes)).not.toContain('LuxCloud S.A.');
    expect((await inspectBackup(bytes)).ok).toBe(false);
    const opened = await inspectBackup(bytes, { password: 'correct horse battery' });
    expect(opened.ok && opened.plan.counts.organisations).toBe(1);
  });

  it('keeps the same retention as the in-database copies, the newest file always kept', async () => {
    await setBackupRetentionDays(db, 7);
    for (const day of ['2026-10-01', '2026-11-28', '2026-11-30']) {
      const createdAt = `${day}T08:00:00.000Z`;
      await storeAutoBackup(
        db,
        'daily',
        await createBackupFile(db, { kind: 'all' }, { appVersion, createdAt }),
        createdAt,
      );
    }
    const folder = memoryFolder();
    const { pruned } = await mirrorAutoBackups(db, folder.port, {
      password: null,
      now: new Date('2026-12-01T09:00:00.000Z'),
    });
    expect(pruned).toEqual(['dpo-desk-auto-2026-10-01T08-00-00-000Z-daily.dpodesk-backup.json']);
    expect([...folder.files.keys()].sort()).toEqual([
      'dpo-desk-auto-2026-11-28T08-00-00-000Z-daily.dpodesk-backup.json',
      'dpo-desk-auto-2026-11-30T08-00-00-000Z-daily.dpodesk-backup.json',
    ]);
    // After the database was lost, a new empty one must not prune the old files, the only copies left.
    const lonely = memoryFolder();
    await lonely.port.write('dpo-desk-auto-2025-01-01T08-00-00-000Z-daily.dpodesk-backup.json', new Uint8Array([1]));
    await lonely.port.write('dpo-desk-auto-2024-01-01T08-00-00-000Z-daily.dpodesk-backup.json', new Uint8Array([1]));
    const empty = new DpoDeskDatabase(`mirror-empty-${crypto.randomUUID()}`);
    try {
      await setBackupRetentionDays(empty, 7);
      expect((await mirrorAutoBackups(empty, lonely.port, { password: null })).pruned).toEqual([]);
    } finally {
      await empty.delete();
    }
  });

  it('uses the reasons of the in-database automatic backups in its file names', () => {
    expect([...AutoBackupFileReasonSchema.options]).toEqual([...autoBackupReasons]);
  });
});

describe('"Save a copy" of an automatic backup', () => {
  it('keeps the encryption: the copy is encrypted with the backup password and restores the same records', async () => {
    const plain = await createBackupFile(db, { kind: 'all' }, { appVersion });
    const copy = await encryptBackupBytes(plain.bytes, 'correct horse battery');
    const header = JSON.parse(new TextDecoder().decode(copy)) as Record<string, unknown>;
    expect(header.encrypted).toBe(true);
    expect(header.data).toBeUndefined();
    const opened = await inspectBackup(copy, { password: 'correct horse battery' });
    const original = await inspectBackup(plain.bytes);
    expect(opened.ok && original.ok && opened.plan.data).toEqual(original.ok && original.plan.data);
    // Already encrypted: left exactly as it is.
    expect(await encryptBackupBytes(copy, 'another password')).toBe(copy);
  });
});
