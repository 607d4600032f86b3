import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../session/use-ui-language';
import { isObject, type Language } from '../../domain';
import type { FieldSpec } from '../../domain/catalogue';
import { countryName } from '../../domain/reference';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const TITLE_KEYS = ['name', 'title', 'label', 'description'] as const;

/** A nested item by its own name ("Pay employees"), or undefined when it has none. */
export const itemTitle = (v: Record<string, unknown>): string | undefined => {
  for (const key of TITLE_KEYS) {
    const s = v[key];
    if (typeof s === 'string' && s.trim() !== '') return s.trim();
  }
  return undefined;
};

/**
 * A stored value as a person reads it, the way its catalogue entry says: enum codes by their label
 * in the interface language, countries by name, yes/no, links by count (never ids), lists joined,
 * groups as "field: value" pairs. '' when there is nothing (the card says "Not set").
 */
export const formatCatalogueValue = (
  spec: Pick<FieldSpec, 'display' | 'values'> | undefined,
  value: unknown,
  t: Translate,
  language: Language,
): string => {
  if (value === null || value === undefined || value === '') return '';
  const code = (v: unknown): string =>
    spec?.values && typeof v === 'string' ? t(`${spec.values}.${v}`, { defaultValue: v }) : String(v);
  switch (spec?.display) {
    case 'boolean':
      return t(value === true ? 'common:detail.yes' : 'common:detail.no');
    case 'enum':
      return code(value);
    case 'enums':
      return Array.isArray(value) ? value.map(code).join(', ') : code(value);
    case 'country':
      return typeof value === 'string' ? countryName(value, language) : '';
    case 'countries':
      return Array.isArray(value)
        ? value.map((c) => (typeof c === 'string' ? countryName(c, language) : '')).join(', ')
        : '';
    case 'links':
      return Array.isArray(value) ? (value.length === 0 ? '' : t('history:linked', { count: value.length })) : '';
    case 'link':
      return t('history:linked', { count: 1 });
    default:
      break;
  }
  if (typeof value === 'boolean') return t(value ? 'common:detail.yes' : 'common:detail.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value
      .map((v) => (isObject(v) ? (itemTitle(v) ?? formatCatalogueValue(undefined, v, t, language)) : String(v)))
      .filter((s) => s !== '')
      .join('; ');
  if (isObject(value))
    return Object.entries(value)
      .filter(([k, v]) => k !== 'id' && v !== '' && v !== null && v !== undefined && v !== false)
      .map(([, v]) => formatCatalogueValue(undefined, v, t, language))
      .filter((s) => s !== '')
      .join(', ');
  return '';
};

/** `formatCatalogueValue` in the interface language. */
export const useCatalogueValue = () => {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return useCallback(
    (spec: FieldSpec | undefined, value: unknown) => formatCatalogueValue(spec, value, t, language),
    [t, language],
  );
};
