import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DpoDeskDatabase } from '../db';
import { createRepositories, type Repositories } from './index';
import { ConflictError, ValidationError } from './errors';
import { DEPARTMENT_READ_SLICE, loadWorkspace, readActivityDepartments } from './workspace';

let db: DpoDeskDatabase;
let repos: Repositories;
beforeEach(async () => {
  db = new DpoDeskDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories(db);
});
afterEach(async () => {
  await db.delete();
});

describe('repositories', () => {
  it('creates an organisation with a UUID, timestamps, revision 1 and an audit entry', async () => {
    const org = await repos.organisations.create({ name: 'Tixeo SAS' });
    expect(org.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(org.revision).toBe(1);
    expect(org.deletedAt).toBeNull();
    expect(org.role).toBe('controller');
    const audit = await db.auditLog.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      table: 'organisations',
      action: 'create',
      entityId: org.id,
      organisationId: org.id,
    });
  });

  it('rejects invalid input with the path of the bad field and writes nothing', async () => {
    await expect(repos.organisations.create({ name: '  ', email: 'not-an-email' })).rejects.toThrow(ValidationError);
    try {
      await repos.organisations.create({ name: '', email: 'nope' });
    } catch (e) {
      const paths = (e as ValidationError).problems.map((p) => p.path);
      expect(paths).toContain('name');
      expect(paths).toContain('email');
    }
    expect(await db.organisations.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('updates with a revision check, records before/after and the changed fields', async () => {
    const org = await repos.organisations.create({ name: 'LuxCloud' });
    const updated = await repos.organisations.update(org.id, { ...org, name: 'LuxCloud S.A.' }, 1);
    expect(updated.revision).toBe(2);
    expect(updated.createdAt).toBe(org.createdAt);
    await expect(repos.organisations.update(org.id, { ...org, name: 'Stale' }, 1)).rejects.toThrow(ConflictError);
    const entries = await db.auditLog.where('[table+entityId]').equals(['organisations', org.id]).sortBy('at');
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]?.changedFields).toEqual(['name']);
    expect((entries[1]?.before as { name: string }).name).toBe('LuxCloud');
  });

  it('keeps the translations when a form without them saves, and replaces them when given', async () => {
    const org = await repos.organisations.create({ name: 'Tixeo SAS' });
    const sm = await repos.securityMeasures.create(
      { category: 'encryption', title: 'Disk encryption', translations: { fr: { title: 'Chiffrement des disques' } } },
      org.id,
    );
    const edited = await repos.securityMeasures.update(
      sm.id,
      { category: 'encryption', title: 'Full-disk encryption' },
      1,
    );
    expect(edited.title).toBe('Full-disk encryption');
    expect(edited.translations).toEqual({ fr: { title: 'Chiffrement des disques' } });
    const cleared = await repos.securityMeasures.update(
      sm.id,
      { category: 'encryption', title: 'Full-disk encryption', translations: {} },
      2,
    );
    expect(cleared.translations).toEqual({});
  });

  it('soft-deletes and restores, hiding deleted rows from list()', async () => {
    const org = await repos.organisations.create({ name: 'Utixo' });
    const dpo = await repos.contacts.create({ role: 'dpo', name: 'Jane Roe' }, org.id);
    await repos.contacts.remove(dpo.id);
    expect(await repos.contacts.list(org.id)).toHaveLength(0);
    expect(await repos.contacts.list(org.id, { includeDeleted: true })).toHaveLength(1);
    await repos.contacts.restore(dpo.id);
    expect(await repos.contacts.list(org.id)).toHaveLength(1);
  });

  it('refuses to delete a record changed since the screen showed it, and to undo over a later change', async () => {
    const org = await repos.organisations.create({ name: 'Utixo' });
    const dpo = await repos.contacts.create({ role: 'dpo', name: 'Jane Roe' }, org.id);
    // Someone else renames the contact (revision 2) while this screen still shows revision 1.
    await repos.contacts.update(dpo.id, { role: 'dpo', name: 'Jane Roe-Martin' }, 1);
    await expect(repos.contacts.remove(dpo.id, 1)).rejects.toThrow(ConflictError);
    expect((await repos.contacts.get(dpo.id))?.deletedAt).toBeNull();
    // Deleting what the screen shows works; the delete wrote revision 3.
    await repos.contacts.remove(dpo.id, 2);
    // Restored elsewhere and edited (revision 5): the first screen's Undo leaves it alone.
    await repos.contacts.restore(dpo.id, 3);
    await repos.contacts.update(dpo.id, { role: 'dpo', name: 'J. Roe-Martin' }, 4);
    await expect(repos.contacts.restore(dpo.id, 3)).rejects.toThrow(ConflictError);
    expect(await repos.contacts.get(dpo.id)).toMatchObject({ name: 'J. Roe-Martin', revision: 5, deletedAt: null });
    // Nothing was written by the refused delete and undo (entries of one millisecond have no order).
    const actions = (await db.auditLog.where('[table+entityId]').equals(['contacts', dpo.id]).toArray()).map(
      (e) => e.action,
    );
    expect(actions.sort()).toEqual(['create', 'remove', 'restore', 'update', 'update']);
  });

  it('rolls back the change when the audit write fails (same transaction)', async () => {
    const org = await repos.organisations.create({ name: 'Infomaniak' });
    // A hook that throws inside the transaction stands in for a failed audit write.
    const failAudit = (): never => {
      throw new Error('disk full');
    };
    db.auditLog.hook('creating', failAudit);
    await expect(repos.organisations.update(org.id, { ...org, name: 'Changed' })).rejects.toThrow('disk full');
    db.auditLog.hook('creating').unsubscribe(failAudit);
    expect((await repos.organisations.get(org.id))?.name).toBe('Infomaniak');
  });

  it('loads a whole workspace for one organisation only', async () => {
    const a = await repos.organisations.create({ name: 'A' });
    const b = await repos.organisations.create({ name: 'B' });
    await repos.recipients.create({ name: 'Sales department', category: 'internal_department' }, a.id);
    await repos.recipients.create({ name: 'Auditors', category: 'third_party' }, b.id);
    await repos.activities.create({ kind: 'controller', name: 'Customer support' }, a.id);
    const ws = await loadWorkspace(db, a.id);
    expect(ws.organisation.name).toBe('A');
    expect(ws.recipients.map((r) => r.name)).toEqual(['Sales department']);
    expect(ws.activities).toHaveLength(1);
  });

  it('reads the departments of live activities across several slices, for one organisation only', async () => {
    const a = await repos.organisations.create({ name: 'A' });
    const b = await repos.organisations.create({ name: 'B' });
    const count = DEPARTMENT_READ_SLICE + 5;
    const created = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        repos.activities.create(
          i % 2 === 0
            ? { kind: 'controller', name: `Activity ${i}`, department: `Dept ${i % 3}` }
            : { kind: 'processor', name: `Activity ${i}`, department: `Dept ${i % 3}`, client: { name: 'Client' } },
          a.id,
        ),
      ),
    );
    await repos.activities.create({ kind: 'controller', name: 'Elsewhere', department: 'Other org' }, b.id);
    await repos.activities.remove(created[0]!.id);
    const found = await readActivityDepartments(db, a.id);
    expect(found).toHaveLength(count - 1);
    expect(new Set(found.map((d) => d.department))).toEqual(new Set(['Dept 0', 'Dept 1', 'Dept 2']));
    expect(found.filter((d) => d.kind === 'processor')).toHaveLength(Math.floor(count / 2));
  });
});
