/**
 * Byte-level helpers shared by the backup code. Only WebCrypto (`globalThis.crypto.subtle`) and
 * the encoding APIs are used, so the same code runs in Node 20, Electron and browsers.
 */

/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped. Two backups of
 * the same data therefore have the same checksum, whatever order the database returned keys in.
 */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
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

/** SHA-256 of the canonical JSON of a backup's `data`: the checksum written in every backup header. */
export const dataChecksum = (data: unknown): Promise<string> => sha256Hex(canonicalJson(data));

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
