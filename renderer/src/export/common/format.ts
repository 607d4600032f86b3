import type { Address, Language } from '../../domain/common';
import { countryName } from '../../domain/reference';

const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** "25 May 2026" / "25 mai 2026" from YYYY-MM-DD or an ISO date-time; empty stays empty. */
export const formatDate = (iso: string, language: Language): string => {
  if (iso.trim() === '') return '';
  const day = iso.slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
};

/** The calendar day of a Date as YYYY-MM-DD (UTC), for generation stamps. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** "a, b and c" / "a, b et c". */
export const joinList = (items: readonly string[], language: Language): string =>
  new Intl.ListFormat(LOCALE[language], { style: 'long', type: 'conjunction' }).format(items.filter((s) => s !== ''));

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
  const collator = new Intl.Collator(LOCALE[language], { sensitivity: 'base', numeric: true });
  return (a: string, b: string): number => collator.compare(a, b);
};
