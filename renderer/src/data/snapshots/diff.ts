import type { Workspace } from '../../domain';
import { recordTitle, TABLE_LABELS } from '../backup/tables';

/** One field that differs, with the path in words ("Purposes › Pay employees › Legal basis"). */
export interface FieldChange {
  path: string;
  label: string;
  before: unknown;
  after: unknown;
}

export interface RecordChange {
  table: WorkspaceCollection;
  tableLabel: string;
  id: string;
  title: string;
  kind: 'added' | 'removed' | 'changed';
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

const FIELD_LABELS: Record<string, string> = {
  legalBasis: 'Legal basis',
  art9Condition: 'Art. 9 condition',
  dataCategories: 'Categories of data',
  dataSubjectCategories: 'Categories of data subjects',
  recipientIds: 'Recipients',
  processorIds: 'Processors',
  transferIds: 'Transfers',
  securityMeasureIds: 'Security measures',
  parentProcessorId: 'Engaged by processor',
  deletedAt: 'Deleted on',
  dpa: 'Data processing agreement',
  dpia: 'DPIA',
  specialCategory: 'Special category (Art. 9)',
};

/** "legitimateInterest" → "Legitimate interest", unless a better label is known. */
export const fieldLabel = (key: string): string => {
  const known = FIELD_LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (v: unknown[]): v is { id: string }[] =>
  v.length > 0 && v.every((x) => isObject(x) && typeof x.id === 'string');
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Field-level differences; arrays of identified items (purposes, data categories…) are matched by id. */
const diffValues = (before: unknown, after: unknown, path: string, label: string, out: FieldChange[]): void => {
  if (same(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (IGNORED.has(key) || key === 'id') continue;
      diffValues(
        before[key],
        after[key],
        path ? `${path}.${key}` : key,
        label ? `${label} › ${fieldLabel(key)}` : fieldLabel(key),
        out,
      );
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && (hasIds(before) || hasIds(after))) {
    const b = new Map((before as { id: string }[]).map((x) => [x.id, x]));
    const a = new Map((after as { id: string }[]).map((x) => [x.id, x]));
    for (const id of new Set([...b.keys(), ...a.keys()])) {
      const item = a.get(id) ?? b.get(id);
      diffValues(b.get(id), a.get(id), `${path}[${id}]`, `${label} › ${recordTitle(item)}`, out);
    }
    return;
  }
  out.push({ path, label, before, after });
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
      diffValues(record, now, '', '', fields);
      if (fields.length > 0) changes.push({ ...base, id, title: recordTitle(now), kind: 'changed', fields });
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
