import { fieldLabel } from '../../data/snapshots';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Bookkeeping fields: they change on every save and say nothing to a reader. */
export const BOOKKEEPING = new Set(['id', 'updatedAt', 'revision', 'createdAt', 'organisationId']);

/** A field's name in the interface language, falling back to words made from its key. */
export const labelOf = (key: string, t: Translate): string => t(`fields.${key}`, { defaultValue: fieldLabel(key) });

const titleOf = (v: Record<string, unknown>): string | undefined => {
  for (const key of ['name', 'title', 'label', 'description']) {
    const s = v[key];
    if (typeof s === 'string' && s.trim() !== '') return s.trim();
  }
  return undefined;
};

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
    return value.map((v) => (isObject(v) ? (titleOf(v) ?? formatValue(v, t)) : formatValue(v, t))).join('; ');
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
 * A snapshot diff names a nested field by its path ("purposes[p-1].legalBasis") and by English
 * words ("Purposes › Pay employees › Legal basis"). The keys are put into the interface language;
 * the item names (the record's own words) are kept.
 */
export const pathLabel = (path: string, englishLabel: string, t: Translate): string => {
  const words = englishLabel.split(' › ');
  const segments = [...path.matchAll(/([^.[\]]+)|\[([^\]]+)\]/g)];
  if (segments.length !== words.length) return englishLabel;
  return segments.map((m, i) => (m[1] !== undefined ? labelOf(m[1], t) : (words[i] ?? ''))).join(' › ');
};
