import type { z } from 'zod';
import { workspaceSchema, type DataCategory, type Retention, type Workspace } from '../domain';

/**
 * Helpers shared by the example workspaces. Examples are fixtures that tests, the end-to-end specs
 * and the documents compare against, so every id and timestamp is fixed: the same example always
 * serialises to the same bytes.
 */

/** Creation time of every example record. */
export const EXAMPLE_TIMESTAMP = '2026-01-15T09:00:00.000Z';

/** cyrb128: a small, well-mixed 128-bit string hash (public domain). Not cryptographic; it only needs to be stable. */
const cyrb128 = (input: string): [number, number, number, number] => {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
};

/**
 * A UUID-shaped id derived from a string: the same key always gives the same id. Shaped as an
 * RFC 9562 version 8 ("custom") UUID so it passes anywhere a UUID is expected.
 */
export const stableId = (key: string): string => {
  const hex = cyrb128(key)
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
};

export type WorkspaceInput = z.input<typeof workspaceSchema>;

/** Fixed ids and record meta for one example, all derived from its slug. */
export const exampleBuilder = (slug: string) => {
  const id = (key: string): string => stableId(`${slug}/${key}`);
  const organisationId = id('organisation');
  const base = { createdAt: EXAMPLE_TIMESTAMP, updatedAt: EXAMPLE_TIMESTAMP, revision: 1, deletedAt: null };
  return {
    id,
    organisationId,
    organisationMeta: { id: organisationId, ...base },
    /** Meta of a record the organisation owns, keyed by a name unique within the example. */
    owned: (key: string) => ({ id: id(key), organisationId, ...base }),
    /** Data categories that share one retention rule, as the pages list them per collection point. */
    dataCategories: (prefix: string, names: readonly string[], retention: Partial<Retention>): DataCategory[] =>
      names.map((name) => ({
        id: id(`${prefix}/data/${name}`),
        name,
        description: '',
        specialCategory: null,
        criminalOffence: false,
        nationalIdNumber: false,
        retention: { period: null, unit: 'years', criteria: '', startEvent: '', source: '', ...retention },
      })),
  };
};

/** Parse the example once, so defaults are filled in and a broken fixture fails on import, with the path. */
/**
 * The bundled examples' organisation descriptions are taken from each company's published privacy
 * page, so they are public text: the policies print them (an example may still say otherwise).
 */
export const defineWorkspace = (input: WorkspaceInput): Workspace =>
  workspaceSchema.parse({ ...input, organisation: { descriptionPublic: true, ...input.organisation } });

/** Where a fact lives in a workspace: the collection the app shows it in. */
export type FactLocation =
  | 'organisation'
  | 'contacts'
  | 'activities'
  | 'recipients'
  | 'processors'
  | 'transfers'
  | 'securityMeasures'
  | 'documents';

/**
 * Facts whose text is not verbatim in the page: `reference` comes from DPO Desk's reference data
 * (e.g. the authority's name), `derived` is the page's wording normalised (dpo[at]tixeo.com).
 */
export type FactSource = 'reference' | 'derived';

/**
 * One fact of an example page and the exact text that must be visible for it. `text` is a value
 * (or part of a value) stored in the workspace, and verbatim in the page unless `source` says otherwise.
 */
export interface ExampleFact {
  label: string;
  text: string;
  where: FactLocation;
  source?: FactSource;
}

export const fact = (where: FactLocation, label: string, text: string, source?: FactSource): ExampleFact =>
  source ? { where, label, text, source } : { where, label, text };
