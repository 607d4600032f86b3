import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import { DpoDeskDatabase } from '../db';
import { createRepositories, type Repositories } from '../repositories';
import { ValidationError } from '../repositories/errors';
import { listAutoBackups, maybeDailyBackup, pruneAutoBackups, readAutoBackup, restoreAutoBackup } from './auto';
import { historyOf, restoreVersion } from './history';
import { inspectBackup } from './inspect';
import { setBackupRetentionDays } from './settings';
import { dumpEverything } from './database-dump';
import { exportWorkspaceBackup, purgeWorkspace } from './workspace';

let db: DpoDeskDatabase;
let repos: Repositories;
let orgId: string;
const appVersion = '0.1.0';

beforeEach(async () => {
  db = new DpoDeskDatabase(`ws-${crypto.randomUUID()}`);
  repos = createRepositories(db);
  orgId = await buildSampleWorkspace(db);
});
afterEach(async () => {
  await db.delete();
});

describe('record history', () => {
  it('lists changes newest first and puts an earlier version back as a new, audited update', async () => {
    const [activity] = (await repos.activities.list(orgId)).filter((a) => a.name === 'Gestion de la paie');
    await repos.activities.update(activity!.id, { ...activity!, name: 'Paie v3', description: 'Changed by mistake' });
    const history = await historyOf(db, 'activities', activity!.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'update', 'create']);
    const original = history.at(-1)!;

    const audit = await restoreVersion(db, original.id);
    const now = await repos.activities.get(activity!.id);
    expect(now?.name).toBe('Gestion de la paie');
    expect(now?.description).toBe('');
    expect(now?.revision).toBe(4);
    expect(audit.action).toBe('update');
    expect(audit.changedFields).toEqual(['description', 'name']);
    expect((await historyOf(db, 'activities', activity!.id))[0]?.id).toBe(audit.id);
  });

  it('brings back a deleted record from its removal entry', async () => {
    const [contact] = await repos.contacts.list(orgId);
    await repos.contacts.remove(contact!.id);
    const [removal] = await historyOf(db, 'contacts', contact!.id);
    expect(removal?.action).toBe('remove');
    await restoreVersion(db, removal!.id);
    expect((await repos.contacts.get(contact!.id))?.deletedAt).toBeNull();
  });

  it('refuses an old version that today’s rules reject, naming the field, and changes nothing', async () => {
    const [contact] = await repos.contacts.list(orgId);
    const [entry] = await historyOf(db, 'contacts', contact!.id);
    await db.auditLog.update(entry!.id, { after: { ...contact!, email: 'not an e-mail' } });
    const before = await dumpEverything(db);
    await expect(restoreVersion(db, entry!.id)).rejects.toThrow(ValidationError);
    await expect(restoreVersion(db, entry!.id)).rejects.toThrow(/email/);
    expect(await dumpEverything(db)).toBe(before);
  });
});

describe('client workspaces', () => {
  it('purges one workspace only after a matching backup, leaving other clients untouched', async () => {
    const otherId = await buildSampleWorkspace(db, 'Utixo SARL');
    const backup = await exportWorkspaceBackup(db, orgId, { appVersion });
    expect((await inspectBackup(backup.bytes)).ok).toBe(true);

    const wrong = await purgeWorkspace(db, orgId, { backupChecksum: '0'.repeat(64) });
    expect(wrong.ok).toBe(false);
    const otherBackup = await exportWorkspaceBackup(db, otherId, { appVersion });
    expect((await purgeWorkspace(db, orgId, { backupChecksum: otherBackup.checksum })).ok).toBe(false);
    expect(await db.organisations.get(orgId)).toBeDefined();

    // A change after the backup invalidates it as proof.
    const [contact] = await repos.contacts.list(orgId);
    await repos.contacts.update(contact!.id, { ...contact!, phone: '+33 1 23 45 67 89' });
    const stale = await purgeWorkspace(db, orgId, { backupChecksum: backup.checksum });
    expect(stale.ok ? '' : stale.error.kind).toBe('backup-does-not-match');

    const fresh = await exportWorkspaceBackup(db, orgId, { appVersion });
    const purged = await purgeWorkspace(db, orgId, { backupChecksum: fresh.checksum });
    expect(purged.ok).toBe(true);
    for (const table of ['contacts', 'activities', 'processors', 'auditLog', 'snapshots'] as const)
      expect(await db.table(table).where('organisationId').equals(orgId).count()).toBe(0);
    expect(await db.organisations.get(orgId)).toBeUndefined();
    expect(await db.activities.where('organisationId').equals(otherId).count()).toBe(2);
  });
});

describe('automatic backups', () => {
  it('takes one backup per day, prunes after the retention period but always keeps the newest', async () => {
    const day1 = await maybeDailyBackup(db, '2026-01-01', { appVersion, now: new Date('2026-01-01T08:00:00Z') });
    expect(day1.created?.reason).toBe('daily');
    const again = await maybeDailyBackup(db, '2026-01-01', { appVersion, now: new Date('2026-01-01T18:00:00Z') });
    expect(again.created).toBeNull();
    await maybeDailyBackup(db, '2026-01-20', { appVersion, now: new Date('2026-01-20T08:00:00Z') });
    expect((await listAutoBackups(db)).map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-01-20', '2026-01-01']);

    const feb = await maybeDailyBackup(db, '2026-02-05', { appVersion, now: new Date('2026-02-05T08:00:00Z') });
    expect(feb.pruned).toBe(1); // 2026-01-01 is older than 30 days
    await setBackupRetentionDays(db, 7);
    expect(await pruneAutoBackups(db, new Date('2026-12-31T00:00:00Z'))).toBe(1);
    expect((await listAutoBackups(db)).map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-02-05']);
    await expect(setBackupRetentionDays(db, 0)).rejects.toThrow(/at least one day/);
  });

  it('does not back up an empty database', async () => {
    const empty = new DpoDeskDatabase(`empty-${crypto.randomUUID()}`);
    expect((await maybeDailyBackup(empty, '2026-01-01', { appVersion })).created).toBeNull();
    await empty.delete();
  });

  it('restores the database from an automatic backup', async () => {
    const { created } = await maybeDailyBackup(db, '2026-03-01', { appVersion });
    const [activity] = await repos.activities.list(orgId);
    await repos.activities.update(activity!.id, { ...activity!, name: 'Broken by a bad afternoon' });
    const bytes = await readAutoBackup(db, created!.id);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const result = await restoreAutoBackup(db, created!.id, { onConflict: 'replace' });
    expect(result.ok).toBe(true);
    expect((await repos.activities.get(activity!.id))?.name).toBe(activity!.name);
  });
});
