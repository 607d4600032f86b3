import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../test/fixtures/backups/sample-workspace';
import type { Activity, AuditEntry } from '../domain';
import { DpoDeskDatabase } from './db';
import { createRepositories, type Repositories } from './repositories';
import {
  emptyTrash,
  listTrash,
  previewTrashItem,
  MIN_TRASH_RETENTION_DAYS,
  purgeExpiredTrash,
  purgeFromTrash,
  readTrashRetentionDays,
  restoreFromTrash,
  setTrashRetentionDays,
} from './trash';

let db: DpoDeskDatabase;
let repos: Repositories;
let orgId: string;
let activity: Activity;
let payrollId: string;
beforeEach(async () => {
  db = new DpoDeskDatabase(`trash-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories(db);
  orgId = await buildSampleWorkspace(db);
  const linked = (await repos.activities.list(orgId)).find((a) => a.kind === 'controller' && a.recipientIds.length > 0);
  activity = linked!;
  payrollId = activity.kind === 'controller' ? activity.recipientIds[0]! : '';
});
afterEach(async () => {
  await db.delete();
});

const historyOf = async (id: string): Promise<AuditEntry[]> =>
  (await db.auditLog.toArray()).filter((e) => e.entityId === id).sort((a, b) => a.at.localeCompare(b.at));
const recipientIdsOf = async (id: string): Promise<string[]> => {
  const a = await repos.activities.get(id);
  return a?.kind === 'controller' ? a.recipientIds : [];
};
const DAY = 24 * 60 * 60 * 1000;

describe('Trash', () => {
  it('lists deleted records of every kind, breaches and requests included, most recent first', async () => {
    const breach = await repos.breaches.create({ title: 'Laptop stolen', awareAt: '2026-11-30T09:00:00.000Z' }, orgId);
    const request = await repos.requests.create(
      { receivedOn: '2026-11-30', requesterName: 'Jeanne Dupont', types: ['access'] },
      orgId,
    );
    await repos.recipients.remove(payrollId);
    await repos.breaches.remove(breach.id);
    await repos.requests.remove(request.id);
    await repos.activities.remove(activity.id);
    const trash = await listTrash(db);
    expect(trash.map((i) => i.table).sort()).toEqual(['activities', 'breaches', 'recipients', 'requests']);
    expect(trash.every((i) => i.organisationId === orgId)).toBe(true);
    expect(trash.map((i) => i.deletedAt)).toEqual(
      trash
        .map((i) => i.deletedAt)
        .sort()
        .reverse(),
    );
    expect(trash.find((i) => i.table === 'breaches')?.title).toBe('Laptop stolen');
  });

  it('a recipient restored from the Trash is back in the activity that linked it; both steps are in its history', async () => {
    await repos.recipients.remove(payrollId);
    // The link stays while the recipient is in the Trash: the register no longer counts it, restore brings it back.
    const afterRemove = (await historyOf(activity.id)).at(-1);
    expect(afterRemove?.cause).toMatchObject({ table: 'recipients', entityId: payrollId, action: 'remove' });
    expect(afterRemove?.changedFields).toEqual(['recipientIds']);
    expect((await repos.activities.get(activity.id))?.revision).toBe(activity.revision);

    await restoreFromTrash(db, 'recipients', payrollId);
    expect((await repos.recipients.get(payrollId))?.deletedAt).toBeNull();
    expect(await recipientIdsOf(activity.id)).toContain(payrollId);
    expect((await historyOf(activity.id)).at(-1)?.cause?.action).toBe('restore');
    expect(await listTrash(db)).toEqual([]);
  });

  it('an activity restored from the Trash keeps its recipients', async () => {
    await repos.activities.remove(activity.id);
    await restoreFromTrash(db, 'activities', activity.id);
    expect(await recipientIdsOf(activity.id)).toEqual(activity.kind === 'controller' ? activity.recipientIds : []);
  });

  it('erasing a record removes it, its history and the links to it, each link removal in the linking record’s history', async () => {
    await repos.recipients.remove(payrollId);
    expect(await purgeFromTrash(db, [{ table: 'recipients', id: payrollId }])).toBe(1);
    expect(await repos.recipients.get(payrollId)).toBeUndefined();
    expect(await historyOf(payrollId)).toEqual([]);
    expect(await recipientIdsOf(activity.id)).not.toContain(payrollId);
    const last = (await historyOf(activity.id)).at(-1);
    expect([last?.action, last?.cause?.action, last?.changedFields]).toEqual(['update', 'purge', ['recipientIds']]);
  });

  it('erasing a recipient or a processor empties the transfers that went to it, in the Trash or not', async () => {
    const [transfer] = await repos.transfers.list(orgId);
    await repos.transfers.update(transfer!.id, { ...transfer!, recipientId: payrollId });
    const [processor] = await repos.processors.list(orgId);
    const deleted = await repos.transfers.create(
      { country: 'US', recipientName: processor!.name, mechanism: 'scc', processorId: processor!.id },
      orgId,
    );
    await repos.transfers.remove(deleted.id);
    await repos.recipients.remove(payrollId);
    await repos.processors.remove(processor!.id);
    await purgeFromTrash(db, [
      { table: 'recipients', id: payrollId },
      { table: 'processors', id: processor!.id },
    ]);
    const after = await db.transfers.bulkGet([transfer!.id, deleted.id]);
    expect(after.map((t) => [t?.recipientId, t?.processorId, t?.recipientName])).toEqual([
      [null, null, transfer!.recipientName],
      [null, null, processor!.name],
    ]);
    expect(after[1]?.deletedAt).not.toBeNull();
    expect((await historyOf(transfer!.id)).at(-1)?.cause?.action).toBe('purge');
  });

  it('never erases a live record, and then erases nothing at all', async () => {
    await repos.activities.remove(activity.id);
    const before = await db.activities.count();
    await expect(
      purgeFromTrash(db, [
        { table: 'activities', id: activity.id },
        { table: 'recipients', id: payrollId },
      ]),
    ).rejects.toThrow(/not in the Trash/);
    expect(await db.activities.count()).toBe(before);
    expect((await listTrash(db)).map((i) => i.id)).toEqual([activity.id]);
  });

  it('erases automatically only what was deleted longer ago than the retention (default 30 days, never less)', async () => {
    expect(await readTrashRetentionDays(db)).toBe(MIN_TRASH_RETENTION_DAYS);
    await expect(setTrashRetentionDays(db, 7)).rejects.toThrow(/between 30 and/);
    await repos.recipients.remove(payrollId);
    await repos.activities.remove(activity.id);
    const deletedAt = new Date((await repos.activities.get(activity.id))!.deletedAt!);
    expect(await purgeExpiredTrash(db, new Date(deletedAt.getTime() + 29 * DAY))).toBe(0);
    expect(await purgeExpiredTrash(db, new Date(deletedAt.getTime() + 31 * DAY))).toBe(2);
    expect(await listTrash(db)).toEqual([]);

    await setTrashRetentionDays(db, 90);
    const [other] = await repos.activities.list(orgId);
    await repos.activities.remove(other!.id);
    const at = new Date((await repos.activities.get(other!.id))!.deletedAt!);
    expect(await purgeExpiredTrash(db, new Date(at.getTime() + 60 * DAY))).toBe(0);
    expect(await purgeExpiredTrash(db, new Date(at.getTime() + 91 * DAY))).toBe(1);
  });

  it('before a restore, names the records that link to it again and those it links to that stay in the Trash', async () => {
    const other = (await repos.activities.list(orgId)).find(
      (a) => a.id !== activity.id && a.kind === 'controller' && a.recipientIds.includes(payrollId),
    );
    await repos.recipients.remove(payrollId);
    const preview = await previewTrashItem(db, 'recipients', payrollId);
    expect(preview.item.title).toBe((await repos.recipients.get(payrollId))?.name);
    expect(preview.linkedFrom.map((r) => r.id)).toContain(activity.id);
    if (other) expect(preview.linkedFrom.map((r) => r.id)).toContain(other.id);
    expect(preview.linkedFromCount).toBe(preview.linkedFrom.length);
    expect(preview.deletedOrganisation).toBeNull();

    // The activity links to the recipient: deleted after it, its preview says the recipient stays behind.
    await repos.activities.remove(activity.id);
    const ofActivity = await previewTrashItem(db, 'activities', activity.id);
    expect(ofActivity.linksToDeleted.map((r) => [r.table, r.id])).toEqual([['recipients', payrollId]]);
    expect((await previewTrashItem(db, 'recipients', payrollId)).linkedFrom.map((r) => r.id)).not.toContain(
      activity.id,
    );
    await expect(previewTrashItem(db, 'activities', (await repos.activities.list(orgId))[0]!.id)).rejects.toThrow();
  });

  it('a deleted organisation is erased with its whole workspace, and never blocks the automatic purge', async () => {
    const records = (await repos.activities.list(orgId)).length;
    await repos.organisations.remove(orgId);
    const preview = await previewTrashItem(db, 'organisations', orgId);
    expect(preview.workspaceRecords).toBeGreaterThanOrEqual(records);
    const deletedAt = new Date((await repos.organisations.get(orgId))!.deletedAt!);
    expect(await purgeExpiredTrash(db, new Date(deletedAt.getTime() + 31 * DAY))).toBe(1);
    expect(await repos.organisations.get(orgId)).toBeUndefined();
    expect(await db.activities.where('organisationId').equals(orgId).count()).toBe(0);
    expect(await db.auditLog.where('organisationId').equals(orgId).count()).toBe(0);
  });

  it('emptying the Trash erases every deleted record and nothing live', async () => {
    const live = (await repos.activities.list(orgId)).length - 1;
    await repos.recipients.remove(payrollId);
    await repos.activities.remove(activity.id);
    expect(await emptyTrash(db)).toBe(2);
    expect(await listTrash(db)).toEqual([]);
    expect(await repos.activities.list(orgId)).toHaveLength(live);
    expect(await emptyTrash(db)).toBe(0);
  });
});
