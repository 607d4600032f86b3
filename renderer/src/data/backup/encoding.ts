/**
 * Byte-level helpers shared by the backup code. Only WebCrypto (`globalThis.crypto.subtle`) and
 * the encoding APIs are used, so the same code runs in Node 20, Electron and browsers.
 */
import { isObject } from '../../domain/values';

/**
 * Canonical JSON as RFC 8785 (JSON Canonicalization Scheme, JCS), what the checksum of every backup
 * is computed over (docs/BACKUP-FORMAT.md says it for other tools):
 * - no whitespace; `null`, `true`, `false` as such;
 * - numbers as ECMAScript's Number.prototype.toString writes them (RFC 8785 §3.2.2.3: `1`, `0.5`,
 *   `1e+21`, `-0` as `0`); NaN and infinities are refused (JSON cannot carry them);
 * - strings with the minimal escaping of §3.2.2.2: `\"` and `\\`, `\b \f \n \r \t`, other
 *   characters below U+0020 as `\u00xx` (lowercase hex), everything else as itself. A lone
 *   surrogate (user text may carry one; RFC 8785 expects I-JSON, which has none) is written as
 *   `\udxxx`, as ECMAScript's JSON.stringify does;
 * - object members sorted by their names compared as arrays of UTF-16 code units (§3.2.3), members
 *   whose value is `undefined` left out; array elements in order, `undefined` as `null`.
 * The text is then encoded as UTF-8.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Canonical JSON cannot hold NaN or an infinite number.');
      // ECMAScript Number::toString, which JSON.stringify uses and RFC 8785 adopts verbatim.
      return JSON.stringify(value);
    case 'string':
      // JSON.stringify's string escaping is exactly RFC 8785's (ES2019 well-formed JSON.stringify).
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v: unknown) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const record = value as Record<string, unknown>;
      // Array.prototype.sort without a comparator compares UTF-16 code units, as §3.2.3 requires.
      const members = Object.keys(record)
        .sort()
        .filter((k) => record[k] !== undefined)
        .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`Canonical JSON cannot hold a ${typeof value}.`);
  }
};

/**
 * The canonical form of backups written before RFC 8785 was adopted: `JSON.stringify` over a copy
 * with sorted keys. It equals RFC 8785 except for objects with integer-like member names ("1",
 * "10"), which JavaScript always enumerates first, in numeric order. Kept to verify those files.
 */
export const legacyCanonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (isObject(value) && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = value[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
};

export const utf8Encode = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** Strict UTF-8 decoding: invalid bytes mean a damaged file, not text to guess at. */
export const utf8DecodeStrict = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

export const toHex = (bytes: ArrayBuffer | Uint8Array): string =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export const sha256Hex = async (text: string): Promise<string> =>
  toHex(await globalThis.crypto.subtle.digest('SHA-256', utf8Encode(text)));

/** SHA-256 of the canonical JSON (RFC 8785) of a backup's `data`: the checksum written in every backup header. */
export const dataChecksum = (data: unknown): Promise<string> => sha256Hex(canonicalJson(data));

/**
 * Whether `data` matches a backup's checksum: over RFC 8785, or over the legacy canonical form
 * where the two differ (files written before RFC 8785 whose data has integer-like member names).
 */
export const dataChecksumMatches = async (data: unknown, expected: string): Promise<boolean> => {
  if ((await dataChecksum(data)) === expected) return true;
  const legacy = legacyCanonicalJson(data);
  return legacy !== canonicalJson(data) && (await sha256Hex(legacy)) === expected;
};

const CHUNK = 0x8000;
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
};

/** Returns null for text that is not valid base64 (a damaged or edited file). */
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> | null => {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
};
