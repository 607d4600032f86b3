import type { Language } from '../../domain/common';

/** U+202F NARROW NO-BREAK SPACE: before ; ! ? and inside « » in French. */
export const NARROW_NBSP = '\u202f';
/** U+00A0 NO-BREAK SPACE: before the colon in French. */
export const NBSP = '\u00a0';

const SPACES = '[ \\u00a0\\u202f]';
/** A letter, digit or closing sign may carry the punctuation; "?" in a URL ("/?q=") does not. */
const CARRIER = '[\\p{L}\\p{N})\\]»\'’"%.…]';
/** The punctuation ends a phrase: followed by a space, the end, a closing sign or a newline. */
const END = '(?=$|[\\s)\\]»"\'’,.]|\\u202f)';

const BEFORE_HIGH = new RegExp(`(${CARRIER})(?:${SPACES})?([;!?]+)${END}`, 'gu');
const BEFORE_COLON = new RegExp(`(${CARRIER})(?:${SPACES})?:${END}`, 'gu');
const OPENING_GUILLEMET = new RegExp(`«(?:${SPACES})?`, 'g');
const CLOSING_GUILLEMET = new RegExp(`(?:${SPACES})?»`, 'g');

/**
 * French typography (Imprimerie nationale, Lexique des règles typographiques): a narrow no-break
 * space before ; ! ? and inside « », a no-break space before the colon. Applied to every string a
 * French document prints, generated or entered, so a line never breaks before the sign. A colon
 * inside a time or a URL ("10:30", "https://") is not at the end of a phrase and is left alone.
 */
export const frenchTypography = (s: string): string => {
  if (!/[;:!?«»]/.test(s)) return s;
  return s
    .replace(BEFORE_HIGH, (_m, c: string, signs: string) => `${c}${NARROW_NBSP}${signs}`)
    .replace(BEFORE_COLON, (_m, c: string) => `${c}${NBSP}:`)
    .replace(OPENING_GUILLEMET, `«${NARROW_NBSP}`)
    .replace(CLOSING_GUILLEMET, `${NARROW_NBSP}»`);
};

/** The typography of the document language, for one printed string. */
export const typeset = (s: string, language: Language): string => (language === 'fr' ? frenchTypography(s) : s);

const isPlainObject = (v: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Every string of a view model set in the typography of its language. Identifiers (ids, anchors,
 * keys, fingerprints) carry none of the signs concerned, so they pass unchanged; strings already
 * right keep their identity.
 */
export const typesetDeep = <T>(value: T, language: Language): T => {
  if (language !== 'fr') return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return frenchTypography(v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null && isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item);
      return out;
    }
    return v;
  };
  // The walk keeps every shape and only rewrites strings, so the type is unchanged.
  return walk(value) as T;
};
