import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples';
import { DpoDeskDatabase } from './db';
import { EXAMPLE_SLUGS, installExampleInto, UnknownExampleError } from './examples';
import { loadWorkspace } from './repositories/workspace';

let db: DpoDeskDatabase;
beforeEach(async () => {
  db = new DpoDeskDatabase(`examples-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const copyName = (name: string, copy: number): string => `${name} (example ${copy})`;

describe('installExampleInto', () => {
  it('lists the five seed examples in the seeds order, then the German one', () => {
    expect(EXAMPLE_SLUGS).toEqual(['utixo', 'tixeo', 'infomaniak', 'eximitech', 'luxcloud', 'hetzner']);
  });

  it('installs an example with new ids and all its records', async () => {
    const tixeo = EXAMPLES.find((e) => e.slug === 'tixeo');
    if (!tixeo) throw new Error('no tixeo example');
    const { organisationId: id, name } = await installExampleInto(db, 'tixeo', { copyName });
    expect(name).toBe(tixeo.workspace.organisation.name);
    expect(id).not.toBe(tixeo.workspace.organisation.id);
    const ws = await loadWorkspace(db, id);
    expect(ws.organisation.name).toBe(tixeo.workspace.organisation.name);
    expect(ws.activities).toHaveLength(tixeo.workspace.activities.length);
    expect(ws.processors).toHaveLength(tixeo.workspace.processors.length);
  });

  it('gives a second and a third copy their own name and their own records', async () => {
    const first = (await installExampleInto(db, 'eximitech', { copyName })).organisationId;
    const second = (await installExampleInto(db, 'eximitech', { copyName })).organisationId;
    const third = (await installExampleInto(db, 'eximitech', { copyName })).organisationId;
    expect(new Set([first, second, third]).size).toBe(3);
    const names = await Promise.all(
      [first, second, third].map(async (id) => (await loadWorkspace(db, id)).organisation.name),
    );
    expect(names).toEqual(['EximiTech d.o.o.', 'EximiTech d.o.o. (example 2)', 'EximiTech d.o.o. (example 3)']);
    // Editing one copy leaves the other as it was: no record is shared.
    const a = await loadWorkspace(db, first);
    const b = await loadWorkspace(db, second);
    const idsOf = (ws: typeof a) => ws.securityMeasures.map((m) => m.id);
    expect(idsOf(a).some((x) => idsOf(b).includes(x))).toBe(false);
  });

  it('refuses an unknown example and writes nothing', async () => {
    await expect(installExampleInto(db, 'no-such-example')).rejects.toBeInstanceOf(UnknownExampleError);
    expect(await db.organisations.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});
