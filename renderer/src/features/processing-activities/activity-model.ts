import type { z } from 'zod';
import {
  collectionPointSchema,
  controllerActivityContentSchema,
  cookieSchema,
  dataCategorySchema,
  dataSourceSchema,
  dataSubjectCategorySchema,
  jointControllerSchema,
  LEGAL_BASIS_ARTICLE,
  newId,
  processorActivityContentSchema,
  purposeSchema,
  type Activity,
  type ActivityContent,
  type ControllerActivityContent,
} from '../../domain';
import { CATALOGUES, sectionOfPath, searchedTexts } from '../../domain/catalogue';

/**
 * Pure helpers of the activity screens: blank records, copies, the form's sections and the
 * list's rows. No React here, so the rules are unit-tested in node.
 */

export type ActivityKind = ActivityContent['kind'];
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['controller', 'processor'];

/**
 * A blank activity: every default of the schema, the name (and an Art. 30(2) record's client
 * controller's name) left for the user.
 */
export const emptyActivity = (kind: ActivityKind): ActivityContent => {
  if (kind === 'controller') return { ...controllerActivityContentSchema.parse({ kind, name: 'x' }), name: '' };
  const parsed = processorActivityContentSchema.parse({ kind, name: 'x', client: { name: 'x' } });
  return { ...parsed, name: '', client: { ...parsed.client, name: '' } };
};

/** The editable content of a stored activity: its meta fields and owner are the repository's. */
export const contentOf = (activity: Activity): ActivityContent => {
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    revision: _r,
    deletedAt: _d,
    organisationId: _o,
    ...content
  } = activity;
  return content;
};

/**
 * A new item of one of the activity's lists: the schema's defaults with a fresh id, what the schema
 * requires of the user parsed from placeholders and left blank for them (as for a new activity).
 */
const newItem =
  <T extends object>(schema: z.ZodType<T>, placeholders: Partial<T>, blank: Partial<T>) =>
  (): T => ({ ...schema.parse({ id: newId(), ...placeholders }), ...blank });

export const newPurpose = newItem(purposeSchema, { description: '-', legalBasis: 'contract' }, { description: '' });
export const newDataCategory = newItem(dataCategorySchema, { name: '-' }, { name: '' });
export const newDataSubjectCategory = newItem(dataSubjectCategorySchema, { name: '-' }, { name: '' });
export const newSource = newItem(dataSourceSchema, { description: '-' }, { description: '' });
export const newCollectionPoint = newItem(collectionPointSchema, { name: '-' }, { name: '' });
export const newJointController = newItem(jointControllerSchema, { name: '-' }, { name: '' });
export const newCookie = newItem(cookieSchema, { name: '-' }, { name: '' });

/**
 * A copy of an activity under a new name. Nested items get fresh ids and the internal links
 * (collection points → purposes and data categories, sources → data categories) follow them,
 * so the copy never points into the original.
 */
export const duplicateContent = (content: ActivityContent, name: string): ActivityContent => {
  if (content.kind === 'processor') return { ...structuredClone(content), name };
  const copy = structuredClone(content);
  const ids = new Map<string, string>();
  const fresh = <T extends { id: string }>(item: T): T => {
    const id = newId();
    ids.set(item.id, id);
    return { ...item, id };
  };
  const follow = (list: readonly string[]): string[] => list.flatMap((id) => ids.get(id) ?? []);
  const purposes = copy.purposes.map(fresh);
  const dataCategories = copy.dataCategories.map(fresh);
  return {
    ...copy,
    name,
    purposes,
    dataCategories,
    dataSubjectCategories: copy.dataSubjectCategories.map(fresh),
    jointControllers: copy.jointControllers.map(fresh),
    cookies: copy.cookies.map(fresh),
    sources: copy.sources.map((s) => ({ ...fresh(s), dataCategoryIds: follow(s.dataCategoryIds) })),
    collectionPoints: copy.collectionPoints.map((p) => ({
      ...fresh(p),
      dataCategoryIds: follow(p.dataCategoryIds),
      purposeIds: follow(p.purposeIds),
    })),
    // The copy is a new activity: it has not been reviewed yet.
    lastReviewedOn: '',
    status: 'draft',
  };
};

/** Art. 9(1) data anywhere in the activity: purposes then need an Art. 9(2) condition. */
export const hasSpecialCategoryData = (c: Pick<ControllerActivityContent, 'dataCategories'>): boolean =>
  c.dataCategories.some((d) => d.specialCategory !== null);
/** Art. 10 data: purposes then need the authorising law or authority. */
export const hasCriminalOffenceData = (c: Pick<ControllerActivityContent, 'dataCategories'>): boolean =>
  c.dataCategories.some((d) => d.criminalOffence);

// ---------------------------------------------------------------------------------------------
// Sections of the editor, and which one holds a given field (for deep links and errors).

export const CONTROLLER_SECTIONS = [
  'general',
  'purposes',
  'people',
  'sources',
  'collection',
  'recipients',
  'transfers',
  'retention',
  'security',
  'joint',
  'automated',
  'dpia',
  'cookies',
  'review',
] as const;
export const PROCESSOR_SECTIONS = [
  'general',
  'client',
  'categories',
  'processors',
  'transfers',
  'security',
  'review',
] as const;
export type ActivitySection = (typeof CONTROLLER_SECTIONS)[number] | (typeof PROCESSOR_SECTIONS)[number];
export const sectionsOf = (kind: ActivityKind): readonly ActivitySection[] =>
  kind === 'controller' ? CONTROLLER_SECTIONS : PROCESSOR_SECTIONS;

const isSectionOf = (kind: ActivityKind, s: string | undefined): s is ActivitySection =>
  sectionsOf(kind).some((section) => section === s);

/**
 * The section showing a dotted field path (`purposes.1.legitimateInterest`): the editor section its
 * catalogue entry declares (or the nearest catalogued field above it: `dataCategories.2.retention…`
 * opens the retention overview). Everything else opens General.
 */
export const sectionForPath = (kind: ActivityKind, path: string): ActivitySection => {
  const section = sectionOfPath(CATALOGUES.activity.table, path, kind);
  return isSectionOf(kind, section) ? section : 'general';
};

/** Whether an open section shows the field: data categories show their retention inline too. */
export const sectionShowsPath = (kind: ActivityKind, section: ActivitySection, path: string): boolean =>
  sectionForPath(kind, path) === section ||
  (kind === 'controller' && section === 'people' && path.startsWith('dataCategories.'));

/** Paths of all leaves of a react-hook-form errors tree (objects with a `message` are leaves). */
export const errorPaths = (errors: unknown, prefix = ''): string[] => {
  if (errors === null || typeof errors !== 'object') return [];
  // Arrays too: a field array's errors are an array, one entry per item.
  if ('message' in errors && typeof errors.message === 'string' && prefix !== '') return [prefix];
  return Object.entries(errors).flatMap(([key, value]: [string, unknown]) =>
    key === 'ref' || key === 'type' ? [] : errorPaths(value, prefix === '' ? key : `${prefix}.${key}`),
  );
};

// ---------------------------------------------------------------------------------------------
// List rows.

/** A list row: the activity's own fields, and what the list derives from them. */
export type ActivityRow = Activity & {
  /** Art. 6(1) letters, e.g. "6(1)(b), 6(1)(f)"; empty for processor records (no purposes). */
  legalBases: string;
  /** Lower-cased text the quick search looks into, computed once per row. */
  searchText: string;
};

const basisShort = (article: string): string => article.replace(/^Art\. /, '');

export const toRow = (activity: Activity): ActivityRow => {
  const legalBases =
    activity.kind === 'controller'
      ? [...new Set(activity.purposes.map((p) => basisShort(LEGAL_BASIS_ARTICLE[p.legalBasis])))].sort().join(', ')
      : '';
  return {
    ...activity,
    legalBases,
    // The fields the catalogue marks `searched`, in every language the record is translated into,
    // and the legal bases column as the list shows it.
    searchText: [...searchedTexts(CATALOGUES.activity, activity, activity.kind), legalBases].join('\n').toLowerCase(),
  };
};

export interface ActivityFilter {
  search: string;
  status: Activity['status'] | '';
  department: string;
  kind: ActivityKind | '';
}
export const NO_FILTER: ActivityFilter = { search: '', status: '', department: '', kind: '' };

/** Rows matching every filter; the search matches all words, in any order, anywhere in the row. */
export const filterRows = (rows: readonly ActivityRow[], f: ActivityFilter): ActivityRow[] => {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (f.status === '' || r.status === f.status) &&
      (f.kind === '' || r.kind === f.kind) &&
      (f.department === '' || r.department === f.department) &&
      words.every((w) => r.searchText.includes(w)),
  );
};

export const departmentsOf = (rows: readonly ActivityRow[]): string[] =>
  [...new Set(rows.map((r) => r.department).filter((d) => d !== ''))].sort((a, b) => a.localeCompare(b));
