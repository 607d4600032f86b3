import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/common';
import { LANGUAGE_STYLE, languageOrEnglish } from '../domain/languages';

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
  return new Intl.DateTimeFormat(LANGUAGE_STYLE[language].locale, {
    ...LANGUAGE_STYLE[language].date,
    timeZone: 'UTC',
  }).format(date);
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

/** Both formatters bound to the interface language, for components. */
export const useUiDates = (): { date(iso: string): string; dateTime(iso: string, timeZone?: string): string } => {
  const { i18n } = useTranslation();
  const language = languageOrEnglish(i18n.language);
  return useMemo(
    () => ({
      date: (iso: string) => formatUiDate(iso, language),
      dateTime: (iso: string, timeZone?: string) => formatUiDateTime(iso, language, timeZone),
    }),
    [language],
  );
};
