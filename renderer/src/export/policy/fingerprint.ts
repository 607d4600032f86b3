/**
 * A stable fingerprint of the record facts a policy section is written from. Overrides store it so
 * the editor can tell when the record changed under a user's text (stale override). Pure JS so it
 * runs the same in the renderer, a worker, tests and the command line; it is a change detector,
 * not a security hash.
 */

import { cyrb53 } from '../common/hash';
import { isObject } from '../../domain/values';

/** JSON with object keys sorted, so two equal fact objects always give the same string. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (!isObject(value)) return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

/** Versioned so a future change of algorithm is recognisable rather than silently "stale". */
export const FINGERPRINT_PREFIX = 'f1-';

export const factsFingerprint = (facts: unknown): string => `${FINGERPRINT_PREFIX}${cyrb53(canonicalJson(facts))}`;
