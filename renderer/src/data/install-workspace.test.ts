import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../domain';
import { EXAMPLES } from '../examples';
import { DpoDeskDatabase } from './db';
import {
  installWorkspace,
  rekeyWorkspace,
  WorkspaceAlreadyInstalledError,
  WorkspaceInstallError,
} from './install-workspace';
import { untranslatedTexts } from '../examples/phrase-tables';
import { ValidationError } from './repositories/errors';
import { loadWorkspace } from './repositories/workspace';

let db: DpoDeskDatabase;
beforeEach(async () => {
  db = new DpoDeskDatabase(`install-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const COLLECTIONS = [
  'contacts',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'securityMeasures',
  'documents',
] as const;
const recordCount = (ws: Workspace): number => 1 + COLLECTIONS.reduce((n, c) => n + ws[c].length, 0);

/** Same workspace whatever order the database returns rows in. */
const sortedById = (ws: Workspace): Workspace => {
  const out = { ...ws };
  for (const c of COLLECTIONS)
    (out as Record<string, unknown>)[c] = [...ws[c]].sort((a, b) => a.id.localeCompare(b.id));
  return out;
};

/** A link to another record: `…Id` (organisationId, parentProcessorId, a transfer's processorId…) or `…Ids`. */
const isLinkKey = (key: string): boolean => /Ids?$/.test(key);
/** Replaces every id by a placeholder (to sort records by content alone). */
const withoutIds = (v: unknown, key = ''): unknown => {
  if (typeof v === 'string') return key === 'id' || isLinkKey(key) ? '#' : v;
  if (Array.isArray(v)) return v.map((x) => withoutIds(x, /Ids$/.test(key) ? key : ''));
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withoutIds(x, k)]));
  return v;
};
/**
 * Renames ids to #1, #2… in order of appearance, after sorting records by content: two workspaces
 * that differ only in their ids (with links rewritten consistently) become equal.
 */
const canonical = (ws: Workspace): unknown => {
  const sorted: Record<string, unknown> = { organisation: ws.organisation };
  for (const c of COLLECTIONS)
    sorted[c] = [...ws[c]].sort((a, b) => JSON.stringify(withoutIds(a)).localeCompare(JSON.stringify(withoutIds(b))));
  const names = new Map<string, string>();
  const collect = (v: unknown, key = ''): void => {
    if (typeof v === 'string' && key === 'id' && !names.has(v)) names.set(v, `#${names.size + 1}`);
    else if (Array.isArray(v)) v.forEach((x) => collect(x));
    else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([k, x]) => collect(x, k));
  };
  collect(sorted);
  const rename = (v: unknown, key = ''): unknown => {
    if (typeof v === 'string') return key === 'id' || isLinkKey(key) ? (names.get(v) ?? `dangling:${v}`) : v;
    if (Array.isArray(v)) return v.map((x) => rename(x, /Ids$/.test(key) ? key : ''));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(
        // A translation path names list items by id ("purposes.<id>.description"): rename those too.
        Object.entries(v).map(([k, x]) => [
          k
            .split('.')
            .map((segment) => names.get(segment) ?? segment)
            .join('.'),
          rename(x, k),
        ]),
      );
    return v;
  };
  return rename(sorted);
};
const allIds = (ws: Workspace): Set<string> => {
  const ids = new Set<string>();
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string' && key === 'id') ids.add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
  };
  walk(ws);
  return ids;
};

const tixeo = EXAMPLES.find((e) => e.slug === 'tixeo')!.workspace;

describe('installWorkspace', () => {
  describe.each(EXAMPLES)('$slug', ({ workspace }) => {
    it('installs the whole example; loading it gives back the same workspace, with one audit entry per record', async () => {
      const id = await installWorkspace(db, workspace);
      expect(id).toBe(workspace.organisation.id);
      expect(sortedById(await loadWorkspace(db, id))).toEqual(sortedById(workspace));
      const audit = await db.auditLog.toArray();
      expect(audit).toHaveLength(recordCount(workspace));
      expect(audit.every((a) => a.action === 'create' && a.organisationId === id && a.before === null)).toBe(true);
      expect(new Set(audit.map((a) => a.entityId)).size).toBe(recordCount(workspace));
    });

    it('installs it twice with new ids: two independent copies, links rewritten consistently', async () => {
      const first = await installWorkspace(db, workspace, { newIds: true });
      const second = await installWorkspace(db, workspace, { newIds: true });
      expect(new Set([first, second, workspace.organisation.id]).size).toBe(3);
      const copies = [await loadWorkspace(db, first), await loadWorkspace(db, second)];
      const originalIds = allIds(workspace);
      for (const copy of copies) {
        expect(canonical(copy)).toEqual(canonical(workspace));
        expect([...allIds(copy)].filter((id) => originalIds.has(id))).toEqual([]);
      }
      expect([...allIds(copies[0]!)].filter((id) => allIds(copies[1]!).has(id))).toEqual([]);
      expect(await db.organisations.count()).toBe(2);
      expect(await db.auditLog.count()).toBe(2 * recordCount(workspace));
    });
  });

  it('refuses to install the same workspace twice under the same ids, and changes nothing', async () => {
    await installWorkspace(db, tixeo);
    const before = await db.auditLog.count();
    await expect(installWorkspace(db, tixeo)).rejects.toThrow(WorkspaceAlreadyInstalledError);
    await expect(installWorkspace(db, tixeo)).rejects.toThrow(/already in the database.*new identifiers/s);
    expect(await db.auditLog.count()).toBe(before);
    expect(await db.organisations.count()).toBe(1);
  });

  it('writes nothing at all when the database fails part-way through', async () => {
    // Documents are written last: by then the organisation, activities and the rest are in the transaction.
    db.documents.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(installWorkspace(db, tixeo)).rejects.toThrow(WorkspaceInstallError);
    await expect(installWorkspace(db, tixeo)).rejects.toThrow(/nothing was changed: .*disk full/);
    for (const table of [db.organisations, db.contacts, db.activities, db.securityMeasures, db.auditLog])
      expect(await table.count()).toBe(0);
  });

  it('rejects an invalid workspace with the path of the bad field, and writes nothing', async () => {
    const broken = { ...tixeo, organisation: { ...tixeo.organisation, name: '  ' } };
    const error = await installWorkspace(db, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.path)).toContain('organisation.name');
    expect(await db.organisations.count()).toBe(0);
  });

  it('rejects a workspace that uses one id for two records, and writes nothing', async () => {
    const [a, b] = tixeo.securityMeasures;
    const broken = { ...tixeo, securityMeasures: [a!, { ...b!, id: a!.id }] };
    await expect(installWorkspace(db, broken)).rejects.toThrow(/used by more than one record/);
    expect(await db.organisations.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe('an example installed with new ids', () => {
  it('keeps every translation: list items are re-keyed in the translation paths too', () => {
    const luxcloud = EXAMPLES.find((e) => e.slug === 'luxcloud');
    if (!luxcloud) throw new Error('no luxcloud example');
    expect(untranslatedTexts(luxcloud.workspace, 'fr')).toEqual([]);
    const rekeyed = rekeyWorkspace(luxcloud.workspace);
    expect(rekeyed.activities[0]?.id).not.toBe(luxcloud.workspace.activities[0]?.id);
    expect(untranslatedTexts(rekeyed, 'fr')).toEqual([]);
  });
});
