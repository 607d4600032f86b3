import { isObject, type Workspace } from '../../domain';
import { fieldOf, recordKind } from '../../domain/catalogue';
import { recordTitle, TABLE_LABELS } from '../backup/tables';

/**
 * One step of a changed field's path, as a reader names it: a field by its catalogue label key
 * (translated by the screen into the interface language), an item of a list by its own title.
 */
export type DiffSegment = { kind: 'field'; key: string; labelKey: string } | { kind: 'item'; title: string };

/** One field that differs: its path ("purposes[p-1].legalBasis") and its steps in words. */
export interface FieldChange {
  path: string;
  segments: DiffSegment[];
  before: unknown;
  after: unknown;
}

export interface RecordChange {
  table: WorkspaceCollection;
  tableLabel: string;
  id: string;
  title: string;
  kind: 'added' | 'removed' | 'changed';
  /** The record's own kind (an activity's controller or processor), whose catalogue entries name its fields. */
  recordKind?: string;
  /** For 'changed': each field that differs. */
  fields: FieldChange[];
}

export interface WorkspaceDiff {
  changes: RecordChange[];
  summary: { added: number; removed: number; changed: number };
}

export type WorkspaceCollection = Exclude<keyof Workspace, 'organisation'> | 'organisations';

/** Bookkeeping fields: they change on every save and say nothing to a reader. */
const IGNORED = new Set(['updatedAt', 'revision', 'createdAt']);

/**
 * A field's label key from the catalogue of its table, for the record's kind; nested keys not
 * catalogued fall back to history's.
 */
const fieldSegment = (table: string, kind: string | undefined, path: string, key: string): DiffSegment => ({
  kind: 'field',
  key,
  labelKey: fieldOf(table, path, kind)?.label ?? `history:fields.${key}`,
});

const hasIds = (v: unknown[]): v is { id: string }[] =>
  v.length > 0 && v.every((x) => isObject(x) && typeof x.id === 'string');
const idOf = (item: unknown): unknown => (isObject(item) ? item.id : undefined);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Field-level differences; arrays of identified items (purposes, data categories…) are matched by id. */
const diffValues = (
  table: string,
  kind: string | undefined,
  before: unknown,
  after: unknown,
  path: string,
  segments: DiffSegment[],
  out: FieldChange[],
): void => {
  if (same(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (IGNORED.has(key) || key === 'id') continue;
      const child = path ? `${path}.${key}` : key;
      diffValues(
        table,
        kind,
        before[key],
        after[key],
        child,
        [...segments, fieldSegment(table, kind, child, key)],
        out,
      );
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && (hasIds(before) || hasIds(after))) {
    const b = new Map(before.map((x: unknown) => [idOf(x), x]));
    const a = new Map(after.map((x: unknown) => [idOf(x), x]));
    for (const id of new Set([...b.keys(), ...a.keys()])) {
      const item = a.get(id) ?? b.get(id);
      diffValues(
        table,
        kind,
        b.get(id),
        a.get(id),
        `${path}[${id}]`,
        [...segments, { kind: 'item', title: recordTitle(item) }],
        out,
      );
    }
    return;
  }
  out.push({ path, segments, before, after });
};

/** What changed from workspace `a` (e.g. a snapshot) to workspace `b` (e.g. now). */
export const diffWorkspaces = (a: Workspace, b: Workspace): WorkspaceDiff => {
  const changes: RecordChange[] = [];
  const collections: [WorkspaceCollection, { id: string }[], { id: string }[]][] = [
    ['organisations', [a.organisation], [b.organisation]],
    ['contacts', a.contacts, b.contacts],
    ['activities', a.activities, b.activities],
    ['recipients', a.recipients, b.recipients],
    ['processors', a.processors, b.processors],
    ['transfers', a.transfers, b.transfers],
    ['securityMeasures', a.securityMeasures, b.securityMeasures],
    ['documents', a.documents, b.documents],
    ['breaches', a.breaches, b.breaches],
    ['requests', a.requests, b.requests],
  ];
  for (const [table, before, after] of collections) {
    const beforeById = new Map(before.map((r) => [r.id, r]));
    const afterById = new Map(after.map((r) => [r.id, r]));
    const base = { table, tableLabel: TABLE_LABELS[table] };
    for (const [id, record] of afterById)
      if (!beforeById.has(id)) changes.push({ ...base, id, title: recordTitle(record), kind: 'added', fields: [] });
    for (const [id, record] of beforeById) {
      const now = afterById.get(id);
      if (!now) {
        changes.push({ ...base, id, title: recordTitle(record), kind: 'removed', fields: [] });
        continue;
      }
      const fields: FieldChange[] = [];
      const kind = recordKind(now);
      diffValues(table, kind, record, now, '', [], fields);
      if (fields.length > 0)
        changes.push({ ...base, id, title: recordTitle(now), kind: 'changed', recordKind: kind, fields });
    }
  }
  return {
    changes,
    summary: {
      added: changes.filter((c) => c.kind === 'added').length,
      removed: changes.filter((c) => c.kind === 'removed').length,
      changed: changes.filter((c) => c.kind === 'changed').length,
    },
  };
};
