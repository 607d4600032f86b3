import type { Language } from '../../domain/common';
import { instantToLocal } from '../../domain/deadlines';
import { formatDate } from '../common/format';

const numberFormats = new Map<Language, Intl.NumberFormat>();
export const formatNumber = (value: number, language: Language): string => {
  let f = numberFormats.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB');
    numberFormats.set(language, f);
  }
  return f.format(value);
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
  return language === 'fr'
    ? `${formatDate(local.slice(0, 10), language)} à ${Number(time.slice(0, 2))} h ${time.slice(3)} (${zone})`
    : `${formatDate(local.slice(0, 10), language)}, ${time} (${zone})`;
};
