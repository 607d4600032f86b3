import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../test/fixtures/backups/sample-workspace';
import { EXAMPLES } from '../examples';
import { applyBackup, createBackup, historyOf as recordHistory, inspectBackup, restoreVersion } from './backup';
import { newestFirst } from './backup/history';
import { DpoDeskDatabase } from './db';
import { applyImport, previewImport, suggestMapping } from './import';
import { installWorkspace } from './install-workspace';
import { createDraftRegisterInto } from './library-install';
import { createRepositories } from './repositories';
import { ValidationError } from './repositories/errors';
import { writeRecords } from './write-records';

let db: DpoDeskDatabase;
beforeEach(async () => {
  db = new DpoDeskDatabase(`writer-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const historyOf = async (entityId: string) =>
  (await db.auditLog.toArray()).filter((e) => e.entityId === entityId).sort((a, b) => newestFirst(b, a));

describe('writeRecords: every writer of records goes through it', () => {
  it('repositories: create, update, remove and restore each move the revision and leave an audit entry', async () => {
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Boulangerie Martin' });
    const recipient = await repos.recipients.create({ name: 'Payroll bureau', category: 'third_party' }, org.id);
    expect(recipient.revision).toBe(1);
    const updated = await repos.recipients.update(recipient.id, { ...recipient, name: 'Payroll bureau SA' }, 1);
    await repos.recipients.remove(recipient.id, 2);
    const restored = await repos.recipients.restore(recipient.id, 3);
    expect([updated.revision, restored.revision, restored.deletedAt]).toEqual([2, 4, null]);
    expect((await historyOf(recipient.id)).map((e) => [e.action, e.organisationId])).toEqual([
      ['create', org.id],
      ['update', org.id],
      ['remove', org.id],
      ['restore', org.id],
    ]);
    expect(restored.createdAt).toBe(recipient.createdAt);
  });

  it('spreadsheet import: each activity is created at revision 1 with its audit entry', async () => {
    const org = await createRepositories(db).organisations.create({ name: 'Boulangerie Martin' });
    const headers = ['Nom du traitement', 'Finalité'];
    const preview = previewImport([['Paie', 'Verser les salaires']], suggestMapping(headers));
    const result = await applyImport(db, org.id, preview);
    if (!result.ok) throw new Error(result.error.message);
    const [activity] = result.created;
    expect(activity?.revision).toBe(1);
    expect((await historyOf(activity!.id)).map((e) => [e.action, e.organisationId, e.before])).toEqual([
      ['create', org.id, null],
    ]);
  });

  it('example install: every record keeps its own dates and gets a create entry', async () => {
    const example = EXAMPLES[0]!.workspace;
    const orgId = await installWorkspace(db, example, { newIds: true });
    const activities = await db.activities.where('organisationId').equals(orgId).toArray();
    expect(activities).toHaveLength(example.activities.length);
    for (const a of activities) expect((await historyOf(a.id)).map((e) => e.action)).toEqual(['create']);
    expect(activities.map((a) => a.createdAt).sort()).toEqual(example.activities.map((a) => a.createdAt).sort());
  });

  it('library install: processors and draft activities are written with their audit entries', async () => {
    const org = await createRepositories(db).organisations.create({ name: 'Boulangerie Martin' });
    const created = await createDraftRegisterInto(db, org.id, {
      processors: [{ entryId: 'payfit', processor: { name: 'PayFit' }, subProcessors: [], transfers: [] }],
    });
    const [processor] = created.processors;
    expect(processor?.revision).toBe(1);
    expect((await historyOf(processor!.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('backup restore: a replaced record moves past the stored revision; the stored version stays in the history', async () => {
    const orgId = await buildSampleWorkspace(db);
    const repos = createRepositories(db);
    const bytes = await createBackup(db, { kind: 'organisation', organisationId: orgId }, { appVersion: 'test' });
    const [activity] = await repos.activities.list(orgId);
    const edited = await repos.activities.update(activity!.id, { ...activity!, name: 'Renamed after the backup' });
    const inspected = await inspectBackup(bytes, { db });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const result = await applyBackup(db, inspected.plan, { onConflict: 'replace', backupFirst: false });
    expect(result.ok && result.counts.replaced).toBe(1);
    const back = await repos.activities.get(activity!.id);
    expect(back?.name).toBe(activity!.name);
    // A screen still open on the edited version (revision 2) must not overwrite the restored one.
    expect(back!.revision).toBeGreaterThan(edited.revision);
    const last = (await historyOf(activity!.id)).at(-1);
    expect(last?.action).toBe('update');
    expect(last?.before).toMatchObject({ name: 'Renamed after the backup' });
  });

  it('history restore: the earlier version comes back as a new revision with its own audit entry', async () => {
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Boulangerie Martin' });
    const contact = await repos.contacts.create({ role: 'dpo', name: 'Alice Martin' }, org.id);
    await repos.contacts.update(contact.id, { ...contact, name: 'Bob Martin' });
    const [created] = await historyOf(contact.id);
    const audit = await restoreVersion(db, created!.id);
    const back = await repos.contacts.get(contact.id);
    expect([back?.name, back?.revision, back?.createdAt]).toEqual(['Alice Martin', 3, contact.createdAt]);
    expect(audit).toMatchObject({ action: 'update', entityId: contact.id, organisationId: org.id });
    expect((await historyOf(contact.id)).map((e) => e.action)).toEqual(['create', 'update', 'update']);
  });

  it('a record’s history keeps the order of two changes made within one millisecond', async () => {
    const repos = createRepositories(db);
    const org = await repos.organisations.create({ name: 'Boulangerie Martin' });
    const contact = await repos.contacts.create({ role: 'dpo', name: 'Alice Martin' }, org.id);
    await repos.contacts.update(contact.id, { ...contact, name: 'Bob Martin' });
    await repos.contacts.update(contact.id, { ...(await repos.contacts.get(contact.id))!, name: 'Carol Martin' });
    // The three changes stamped with one instant, as a fast machine does, and stored under ids
    // that sort newest first (ids are random: the order of the store says nothing).
    const entries = (await db.auditLog.toArray()).filter((e) => e.entityId === contact.id);
    expect(entries).toHaveLength(3);
    await db.auditLog.bulkDelete(entries.map((e) => e.id));
    await db.auditLog.bulkAdd(
      entries
        .sort((a, b) => newestFirst(a, b))
        .map((e, i) => ({ ...e, id: `00000000-0000-4000-8000-00000000000${i + 1}`, at: '2026-12-02T04:25:19.052Z' })),
    );
    const names = (await recordHistory(db, 'contacts', contact.id)).map((e) => (e.after as { name: string }).name);
    expect(names).toEqual(['Carol Martin', 'Bob Martin', 'Alice Martin']);
  });

  it('all or nothing: one record that does not fit its schema writes no record and no audit entry', async () => {
    const org = await createRepositories(db).organisations.create({ name: 'Boulangerie Martin' });
    const auditsBefore = await db.auditLog.count();
    const write = writeRecords(
      db,
      'recipients',
      [
        { before: null, after: { organisationId: org.id, name: 'Payroll bureau', category: 'third_party' } },
        { before: null, after: { organisationId: org.id, name: '', category: 'not-a-category' } },
      ],
      'create',
    );
    await expect(write).rejects.toBeInstanceOf(ValidationError);
    await expect(write).rejects.toThrow(/recipient/i);
    expect(await db.recipients.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(auditsBefore);
  });

  it('all or nothing: a failure later in the caller’s transaction takes the written records back out', async () => {
    const org = await createRepositories(db).organisations.create({ name: 'Boulangerie Martin' });
    const auditsBefore = await db.auditLog.count();
    await expect(
      db.transaction('rw', [db.recipients, db.contacts, db.auditLog], async () => {
        await writeRecords(
          db,
          'recipients',
          [{ before: null, after: { organisationId: org.id, name: 'Payroll bureau', category: 'third_party' } }],
          'create',
        );
        await writeRecords(db, 'contacts', [{ before: null, after: { organisationId: org.id, role: 42 } }], 'create');
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.recipients.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(auditsBefore);
  });
});
