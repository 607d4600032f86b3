import type { Language } from '../../domain/common';
import { instantToLocal } from '../../domain/deadlines';
import { LANGUAGE_STYLE } from '../../domain/languages';
import { formatDate } from '../common/format';

const numberFormats = new Map<Language, Intl.NumberFormat>();
export const formatNumber = (value: number, language: Language): string => {
  let f = numberFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(LANGUAGE_STYLE[language].locale);
    numberFormats.set(language, f);
  }
  // fr-FR groups digits with a narrow no-break space (U+202F), which the embedded Roboto lacks: a
  // PDF/A file may not show a missing glyph, so use the no-break space Roboto has.
  return f.format(value).replace(/\u202f/g, '\u00a0');
};

const OFFSET = /([+-]\d{2}:\d{2}|Z)$/;

/**
 * A moment as the DPO reads it: "2 March 2026, 09:30 (Europe/Paris)" in the time zone recorded with
 * the entry, or, when none was recorded, the wall-clock time as entered with its UTC offset
 * ("2 March 2026, 09:30 (UTC+01:00)"), so a document never silently converts a time.
 */
export const formatMoment = (iso: string, timeZone: string, language: Language): string => {
  if (iso.trim() === '') return '';
  let local: string;
  let zone: string;
  try {
    if (timeZone !== '') {
      local = instantToLocal(iso, timeZone);
      zone = timeZone;
    } else {
      const offset = OFFSET.exec(iso)?.[1] ?? 'Z';
      local = iso.slice(0, 19);
      zone = offset === 'Z' ? 'UTC' : `UTC${offset}`;
    }
  } catch {
    return iso;
  }
  const time = local.slice(11, 16);
  const day = formatDate(local.slice(0, 10), language);
  if (language === 'fr') return `${day} à ${Number(time.slice(0, 2))} h ${time.slice(3)} (${zone})`;
  if (language === 'de') return `${day}, ${time} Uhr (${zone})`;
  return `${day}, ${time} (${zone})`;
};
