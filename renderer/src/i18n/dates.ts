import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/common';
import { LANGUAGE_STYLE, languageOrEnglish } from '../domain/languages';
import { localToday } from '../domain/values';

/**
 * The one way the interface shows a date or a date-time: in the interface language's format
 * ("15 March 2024", "15 mars 2024", "15.3.2024"), never the stored ISO text. A value that is not a
 * date is shown as it was stored, so nothing entered disappears from a screen.
 */
export const formatUiDate = (iso: string, language: Language): string => {
  if (iso.trim() === '') return '';
  const day = iso.slice(0, 10);
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return iso;
  const formatted = new Intl.DateTimeFormat(LANGUAGE_STYLE[language].locale, {
    ...LANGUAGE_STYLE[language].date,
    timeZone: 'UTC',
  }).format(date);
  // French writes the first of a month as an ordinal, as the documents do: "1er décembre 2026".
  return language === 'fr' && date.getUTCDate() === 1 ? formatted.replace(/^1(?=\s)/, '1er') : formatted;
};

/** The calendar day an instant fell on by the user's own clock ("deleted on", "updated on"). */
export const formatUiInstantDay = (iso: string, language: Language): string => {
  const date = new Date(iso);
  if (iso.trim() === '' || Number.isNaN(date.getTime())) return iso;
  return formatUiDate(localToday(date), language);
};

/** An instant as a date and a time of day, on the clock of `timeZone` (the user's own when omitted). */
export const formatUiDateTime = (iso: string, language: Language, timeZone?: string): string => {
  if (iso.trim() === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(LANGUAGE_STYLE[language].locale, { ...options, timeZone }).format(date);
  } catch {
    // An unknown zone name (typed in an old record): the user's own clock rather than nothing.
    return new Intl.DateTimeFormat(LANGUAGE_STYLE[language].locale, options).format(date);
  }
};

/**
 * A wall-clock time already on the right clock ("2026-03-05T09:30", as the breach deadline module
 * gives it): the day and time in the interface language's format, without moving it to another zone.
 */
export const formatUiLocalDateTime = (local: string, language: Language): string => {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  if (!match) return local;
  const date = new Date(`${match[1]}T${match[2]}:00Z`);
  if (Number.isNaN(date.getTime())) return local;
  return new Intl.DateTimeFormat(LANGUAGE_STYLE[language].locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date);
};

/** Both formatters bound to the interface language, for components. */
export const useUiDates = (): {
  date(iso: string): string;
  dateTime(iso: string, timeZone?: string): string;
  instantDay(iso: string): string;
  localDateTime(local: string): string;
} => {
  const { i18n } = useTranslation();
  const language = languageOrEnglish(i18n.language);
  return useMemo(
    () => ({
      date: (iso: string) => formatUiDate(iso, language),
      dateTime: (iso: string, timeZone?: string) => formatUiDateTime(iso, language, timeZone),
      instantDay: (iso: string) => formatUiInstantDay(iso, language),
      localDateTime: (local: string) => formatUiLocalDateTime(local, language),
    }),
    [language],
  );
};
