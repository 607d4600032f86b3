/**
 * A stable fingerprint of the record facts a policy section is written from. Overrides store it so
 * the editor can tell when the record changed under a user's text (stale override). Pure JS so it
 * runs the same in the renderer, a worker, tests and the command line; it is a change detector,
 * not a security hash.
 */

/** JSON with object keys sorted, so two equal fact objects always give the same string. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

/** cyrb53: a fast 53-bit string hash with good spread, written out as 14 hexadecimal digits. */
const cyrb53 = (input: string, seed = 0): string => {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
};

/** Versioned so a future change of algorithm is recognisable rather than silently "stale". */
export const FINGERPRINT_PREFIX = 'f1-';

export const factsFingerprint = (facts: unknown): string => `${FINGERPRINT_PREFIX}${cyrb53(canonicalJson(facts))}`;
