import type { TFunction } from 'i18next';
import type { LimitName } from '../../data/limits';

const BYTE_LIMITS: ReadonlySet<LimitName> = new Set(['file-size', 'unpacked-size']);

/** The bound a file went over, in the UI language, with the bound's value formatted for it. */
export const limitReason = (t: TFunction, language: string, limit: LimitName, max: number): string => {
  const number = new Intl.NumberFormat(language);
  const value = BYTE_LIMITS.has(limit)
    ? t('bounds:units.mb', { value: number.format(Math.round(max / (1024 * 1024))) })
    : number.format(max);
  return t(`bounds:limit.${limit}`, { max: value });
};
