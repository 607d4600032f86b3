import type { Address, Language } from '../../domain/common';
import { LANGUAGE_STYLE } from '../../domain/languages';
import { countryName } from '../../domain/reference';

/**
 * Intl formatters are expensive to construct (locale data lookup) and cheap to reuse: a register of
 * 1,000 activities formats tens of thousands of dates and lists, so each one is built once per language.
 */
const perLanguage = <F>(make: (language: Language) => F): ((language: Language) => F) => {
  const cache = new Map<Language, F>();
  return (language) => {
    let value = cache.get(language);
    if (value === undefined) {
      value = make(language);
      cache.set(language, value);
    }
    return value;
  };
};

const dateFormat = perLanguage(
  (language) =>
    new Intl.DateTimeFormat(LANGUAGE_STYLE[language].locale, { ...LANGUAGE_STYLE[language].date, timeZone: 'UTC' }),
);
const listFormat = perLanguage(
  (language) => new Intl.ListFormat(LANGUAGE_STYLE[language].locale, { style: 'long', type: 'conjunction' }),
);
const collator = perLanguage(
  (language) => new Intl.Collator(LANGUAGE_STYLE[language].locale, { sensitivity: 'base', numeric: true }),
);
/** The same day is formatted again and again (review dates, the adequacy list date): remember the text. */
const formattedDays = new Map<string, string>();
const MAX_REMEMBERED_DAYS = 20_000;

/** "25 May 2026" / "25 mai 2026" / "25.5.2026" from YYYY-MM-DD or an ISO date-time; empty stays empty. */
export const formatDate = (iso: string, language: Language): string => {
  if (iso.trim() === '') return '';
  const day = iso.slice(0, 10);
  const key = `${language}:${day}`;
  const known = formattedDays.get(key);
  if (known !== undefined) return known;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // French writes the first day of a month as an ordinal: "1er décembre 2026".
  const formatted = dateFormat(language).format(date);
  const text = language === 'fr' && date.getUTCDate() === 1 ? formatted.replace(/^1(?=\s)/, '1er') : formatted;
  // Days in a record are few; the bound only keeps a long-running worker from growing forever.
  if (formattedDays.size >= MAX_REMEMBERED_DAYS) formattedDays.clear();
  formattedDays.set(key, text);
  return text;
};

/** The calendar day of a Date as YYYY-MM-DD (UTC), for generation stamps. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** "a, b and c" / "a, b et c". */
export const joinList = (items: readonly string[], language: Language): string =>
  listFormat(language).format(items.filter((s) => s !== ''));

/** One-line postal address with the country named in the document language. */
export const formatAddress = (a: Address, language: Language): string => {
  const cityLine = [a.postalCode, a.city].filter((s) => s.trim() !== '').join(' ');
  return [a.street, cityLine, countryName(a.country, language)].filter((s) => s.trim() !== '').join(', ');
};

/** Joins the non-empty parts of a contact (address, e-mail, phone…) with a separator. */
export const joinParts = (parts: readonly string[], separator = ' · '): string =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(separator);

/** Stable, language-aware sort key comparison ("Été" sorts with "E"). */
export const compareText = (language: Language) => {
  const c = collator(language);
  return (a: string, b: string): number => c.compare(a, b);
};
