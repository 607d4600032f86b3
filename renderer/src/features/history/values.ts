import type { DiffSegment } from '../../data/snapshots';
import { isObject, type AuditEntry } from '../../domain';
import { fieldOf, recordKind } from '../../domain/catalogue';
import { itemTitle } from '../shared/catalogue-values';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "legitimateInterest" → "Legitimate interest": the last resort for a key no catalogue names. */
const humanise = (key: string): string => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Bookkeeping fields: they change on every save and say nothing to a reader. */
const BOOKKEEPING = new Set(['id', 'updatedAt', 'revision', 'createdAt', 'organisationId']);

/** A field's name in the interface language, falling back to words made from its key. */
export const labelOf = (key: string, t: Translate): string => t(`fields.${key}`, { defaultValue: humanise(key) });

/**
 * A stored value as a person reads it: "—" for nothing, Yes/No, lists joined, a nested item by
 * its name, anything else as "field: value" pairs. Long texts are kept whole: the DPO compares them.
 */
export const formatValue = (value: unknown, t: Translate): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((v) => (isObject(v) ? (itemTitle(v) ?? formatValue(v, t)) : formatValue(v, t))).join('; ');
  }
  if (isObject(value)) {
    const pairs = Object.entries(value)
      .filter(([k, v]) => !BOOKKEEPING.has(k) && v !== '' && v !== null && v !== undefined)
      .map(([k, v]) => `${labelOf(k, t)}: ${formatValue(v, t)}`);
    return pairs.length === 0 ? '—' : pairs.join(' · ');
  }
  return String(value);
};

/** Links are stored as ids: say how many records are linked rather than print identifiers. */
export const formatField = (key: string, value: unknown, t: Translate): string => {
  const leaf =
    key
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? key;
  if (/Ids$/.test(leaf) && Array.isArray(value)) return t('linked', { count: value.length });
  if (/Id$/.test(leaf) && typeof value === 'string') return t('linked', { count: 1 });
  return formatValue(value, t);
};

export interface ChangedField {
  key: string;
  before: unknown;
  after: unknown;
}

/** The top-level fields that differ between two versions of a record (bookkeeping left out). */
export const changedFields = (before: unknown, after: unknown): ChangedField[] => {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((key) => ({ key, before: b[key], after: a[key] }));
};

/**
 * A snapshot diff's field in the interface language: each field by its catalogue label, each item
 * of a list by its own title ("Finalités › Payer les salariés › Base légale").
 */
export const pathLabel = (segments: readonly DiffSegment[], t: Translate): string =>
  segments.map((s) => (s.kind === 'item' ? s.title : t(s.labelKey, { defaultValue: humanise(s.key) }))).join(' › ');

export interface DisplayedChange {
  key: string;
  /** The record's table: its catalogue says how the field is named and how its value reads. */
  table: string;
  /** The record's kind (an activity's controller or processor): the fields of that kind name the change. */
  kind?: string;
  /** A ready-made label (snapshot diffs name nested fields: "Purposes › Pay employees › Legal basis"). */
  label?: string;
  before: unknown;
  after: unknown;
}

/** The changes of one history entry: its record's top-level fields that differ, with the record's table and kind. */
export const entryChanges = (entry: Pick<AuditEntry, 'table' | 'before' | 'after'>): DisplayedChange[] => {
  const kind = recordKind(entry.after ?? entry.before);
  return changedFields(entry.before, entry.after).map((f) => ({ ...f, table: entry.table, kind }));
};

/** A change's field in the interface language: its ready-made label, else the catalogue's for the record's kind. */
export const changeLabel = (c: DisplayedChange, t: Translate): string => {
  const spec = fieldOf(c.table, c.key, c.kind);
  return c.label ?? (spec ? t(spec.label) : labelOf(c.key, t));
};
