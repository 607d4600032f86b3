import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSampleLogs } from '../../../../test/fixtures/backups/sample-logs';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import { historyOf, restoreVersion } from '../backup/history';
import { inspectBackup } from '../backup/inspect';
import { exportWorkspaceBackup, purgeWorkspace } from '../backup/workspace';
import { DpoDeskDatabase } from '../db';
import { diffSnapshotWithNow, takeSnapshot } from '../snapshots';
import { ValidationError } from './errors';
import { createRepositories, type Repositories } from './index';
import { loadWorkspace } from './workspace';

let db: DpoDeskDatabase;
let repos: Repositories;
let orgId: string;

beforeEach(async () => {
  db = new DpoDeskDatabase(`logs-${crypto.randomUUID()}`);
  repos = createRepositories(db);
  orgId = await buildSampleWorkspace(db);
});
afterEach(async () => {
  await db.delete();
});

describe('breach register and request log records', () => {
  it('are stamped, versioned and audited like every record, and deletes are soft and undoable', async () => {
    const { breachId } = await addSampleLogs(db, orgId);
    const breach = await repos.breaches.get(breachId);
    expect(breach?.revision).toBe(1);
    expect(breach?.organisationId).toBe(orgId);
    expect(breach?.createdAt).toBe(breach?.updatedAt);

    const updated = await repos.breaches.update(breachId, { ...breach!, status: 'contained' }, 1);
    expect(updated.revision).toBe(2);
    await repos.breaches.remove(breachId);
    expect(await repos.breaches.list(orgId)).toHaveLength(0);
    await repos.breaches.restore(breachId);
    expect((await repos.breaches.list(orgId)).map((b) => b.status)).toEqual(['contained']);
    expect((await historyOf(db, 'breaches', breachId)).map((h) => h.action)).toEqual([
      'restore',
      'remove',
      'update',
      'create',
    ]);
    const [, , update] = await historyOf(db, 'breaches', breachId);
    expect(update?.changedFields).toEqual(['status']);
  });

  it('refuses a breach that does not notify without saying why, naming the field, and writes nothing', async () => {
    const attempt = repos.breaches.create(
      { title: 'Misdirected e-mail', awareAt: '2026-03-02T09:30:00+01:00', notifyDecision: 'do_not_notify' },
      orgId,
    );
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toThrow(/reason for not notifying the authority/);
    expect(await db.breaches.count()).toBe(0);
    expect(await db.auditLog.where({ table: 'breaches' }).count()).toBe(0);
  });

  it('refuses an awareness time without its UTC offset, and a request without any right', async () => {
    await expect(
      repos.breaches.create({ title: 'Laptop stolen', awareAt: '2026-03-02T09:30:00' }, orgId),
    ).rejects.toThrow(/awareAt/);
    await expect(
      repos.requests.create({ receivedOn: '2026-03-31', requesterName: 'Paul Martin', types: [] }, orgId),
    ).rejects.toThrow(/type of request/);
  });

  it('puts an earlier version of a request back from its history', async () => {
    const { requestId } = await addSampleLogs(db, orgId);
    const request = await repos.requests.get(requestId);
    await repos.requests.update(requestId, { ...request!, outcome: 'refused', refusalReasons: 'Excessive' });
    const [, created] = await historyOf(db, 'requests', requestId);
    await restoreVersion(db, created!.id);
    expect((await repos.requests.get(requestId))?.outcome).toBe('pending');
  });
});

describe('logs in the workspace, snapshots and client workspaces', () => {
  it('are part of the workspace and of a snapshot, whose diff names what changed', async () => {
    const { breachId } = await addSampleLogs(db, orgId);
    const ws = await loadWorkspace(db, orgId);
    expect(ws.breaches.map((b) => b.reference)).toEqual(['BR-2026-001']);
    expect(ws.requests.map((r) => r.requesterName)).toEqual(['Paul Martin']);

    const snapshot = await takeSnapshot(db, orgId, 'Sent to the CNIL');
    expect(snapshot.workspace.breaches).toHaveLength(1);
    const breach = await repos.breaches.get(breachId);
    await repos.breaches.update(breachId, { ...breach!, lessonsLearned: 'Check the recipient twice' });
    const diff = await diffSnapshotWithNow(db, snapshot.id);
    expect(diff.changes).toEqual([
      expect.objectContaining({
        table: 'breaches',
        title: 'Payslips e-mailed to the wrong employee',
        kind: 'changed',
        // The field is named by its catalogue label key, shown in the interface language by the screen.
        fields: [
          expect.objectContaining({
            path: 'lessonsLearned',
            after: 'Check the recipient twice',
            segments: [expect.objectContaining({ labelKey: 'breaches:fields.lessonsLearned' })],
          }),
        ],
      }),
    ]);
  });

  it('travel with a workspace backup and are purged with the workspace', async () => {
    await addSampleLogs(db, orgId);
    const otherId = await buildSampleWorkspace(db, 'Utixo SARL');
    await addSampleLogs(db, otherId);
    const backup = await exportWorkspaceBackup(db, orgId, { appVersion: '0.3.0' });
    const inspected = await inspectBackup(backup.bytes);
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.plan.data.breaches.map((b) => b.organisationId)).toEqual([orgId]);
    expect(inspected.plan.data.requests).toHaveLength(1);

    expect((await purgeWorkspace(db, orgId, { backupChecksum: backup.checksum })).ok).toBe(true);
    expect(await db.breaches.where('organisationId').equals(orgId).count()).toBe(0);
    expect(await db.requests.where('organisationId').equals(orgId).count()).toBe(0);
    expect(await db.breaches.where('organisationId').equals(otherId).count()).toBe(1);
  });
});
