import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import { DpoDeskDatabase } from '../db';
import { createRepositories, type Repositories } from '../repositories';
import { diffSnapshotWithNow, getSnapshot, listSnapshots, takeSnapshot } from './index';

let db: DpoDeskDatabase;
let repos: Repositories;
let orgId: string;

beforeEach(async () => {
  db = new DpoDeskDatabase(`snap-${crypto.randomUUID()}`);
  repos = createRepositories(db);
  orgId = await buildSampleWorkspace(db);
});
afterEach(async () => {
  await db.delete();
});

describe('snapshots', () => {
  it('freezes the workspace under a label and shows what changed since, field by field', async () => {
    const label = 'version sent to the authority on 2026-11-22';
    const snap = await takeSnapshot(db, orgId, label);
    expect((await listSnapshots(db, orgId)).map((s) => s.label)).toEqual([label]);

    const [payroll] = (await repos.activities.list(orgId)).filter((a) => a.name === 'Gestion de la paie');
    if (payroll?.kind !== 'controller') throw new Error('fixture');
    await repos.activities.update(payroll.id, {
      ...payroll,
      purposes: [{ ...payroll.purposes[0]!, legalBasis: 'contract' }],
    });
    const [contact] = await repos.contacts.list(orgId);
    await repos.contacts.remove(contact!.id);
    await repos.recipients.create({ name: 'Auditors', category: 'third_party' }, orgId);

    const diff = await diffSnapshotWithNow(db, snap.id);
    expect(diff.summary).toEqual({ added: 1, removed: 0, changed: 2 });
    const activityChange = diff.changes.find((c) => c.table === 'activities');
    expect(activityChange).toMatchObject({
      kind: 'changed',
      title: 'Gestion de la paie',
      tableLabel: 'Processing activity',
    });
    expect(activityChange?.fields).toEqual([
      {
        path: 'purposes[p-1].legalBasis',
        // Label keys from the activity catalogue (the screen shows them in the interface language).
        segments: [
          { kind: 'field', key: 'purposes', labelKey: 'activities:fields.purposes' },
          { kind: 'item', title: 'Pay employees' },
          { kind: 'field', key: 'legalBasis', labelKey: 'history:fields.legalBasis' },
        ],
        before: 'legal_obligation',
        after: 'contract',
      },
    ]);
    expect(diff.changes.find((c) => c.table === 'contacts')?.fields.map((f) => f.segments)).toEqual([
      [{ kind: 'field', key: 'deletedAt', labelKey: 'history:fields.deletedAt' }],
    ]);
    expect(diff.changes.find((c) => c.kind === 'added')).toMatchObject({ table: 'recipients', title: 'Auditors' });

    // The snapshot itself did not move.
    expect((await getSnapshot(db, snap.id)).workspace.activities.find((a) => a.id === payroll.id)).toEqual(payroll);
  });

  it("names a changed field as the record's kind has it", async () => {
    const snap = await takeSnapshot(db, orgId, 'before the processors changed');
    for (const activity of await repos.activities.list(orgId))
      await repos.activities.update(activity.id, { ...activity, processorIds: [] });
    const diff = await diffSnapshotWithNow(db, snap.id);
    const labels = (name: string) =>
      diff.changes
        .find((c) => c.title === name)
        ?.fields.map((f) => f.segments.map((s) => s.kind === 'field' && s.labelKey));
    // A processor activity's processors are the sub-processors it engages for its client.
    expect(labels('Hosting for clients')).toEqual([['activities:fields.subProcessors']]);
    expect(labels('Gestion de la paie')).toEqual([['history:fields.processorIds']]);
    expect(diff.changes.find((c) => c.title === 'Hosting for clients')?.recordKind).toBe('processor');
  });

  it('refuses an empty label', async () => {
    await expect(takeSnapshot(db, orgId, '  ')).rejects.toThrow(/label/);
    expect(await db.snapshots.count()).toBe(0);
  });
});
