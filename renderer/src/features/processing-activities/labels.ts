import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ART9_CONDITION_ARTICLE,
  LEGAL_BASIS_ARTICLE,
  TRANSFER_MECHANISM_ARTICLE,
  activityStatusSchema,
  art35_3CaseSchema,
  art9ConditionSchema,
  audienceSchema,
  dpiaResultSchema,
  legalBasisSchema,
  provisionRequirementSchema,
  recipientCategorySchema,
  retentionUnitSchema,
  securityMeasureCategorySchema,
  specialCategorySchema,
  transferMechanismSchema,
  wp248CriterionSchema,
  type Language,
} from '../../domain';
import { COUNTRY_CODES, countryName } from '../../domain/reference';
import type { SelectOption as Option } from '../../components/form';
import { citeArticle, languageOrEnglish } from '../../domain/languages';

/**
 * Option lists for every enum the screens show. Labels come from activities.json; the article
 * numbers come from the domain, so a label always says which paragraph of the GDPR it is.
 */
export const useActivityOptions = () => {
  const { t, i18n } = useTranslation('activities');
  const language: Language = languageOrEnglish(i18n.language);
  return useMemo(() => {
    const list = <V extends string>(values: readonly V[], prefix: string, article?: Record<V, string>): Option<V>[] =>
      values.map((v) => ({
        value: v,
        label: article ? `${t(`${prefix}.${v}`)} — ${citeArticle(article[v], language)}` : t(`${prefix}.${v}`),
      }));
    const countries: Option[] = COUNTRY_CODES.map((c) => ({ value: c, label: countryName(c, language) })).sort((a, b) =>
      a.label.localeCompare(b.label, language),
    );
    return {
      language,
      status: list(activityStatusSchema.options, 'enums.status'),
      legalBasis: list(legalBasisSchema.options, 'enums.legalBasis', LEGAL_BASIS_ARTICLE),
      art9Condition: list(art9ConditionSchema.options, 'enums.art9Condition', ART9_CONDITION_ARTICLE),
      specialCategory: list(specialCategorySchema.options, 'enums.specialCategory'),
      audience: list(audienceSchema.options, 'enums.audience'),
      requirement: list(provisionRequirementSchema.options, 'enums.requirement'),
      retentionUnit: list(retentionUnitSchema.options, 'enums.retentionUnit'),
      dpiaResult: list(dpiaResultSchema.options, 'enums.dpiaResult'),
      wp248: list(wp248CriterionSchema.options, 'enums.wp248'),
      art35_3: list(art35_3CaseSchema.options, 'enums.art35_3'),
      recipientCategory: list(recipientCategorySchema.options, 'enums.recipientCategory'),
      mechanism: list(transferMechanismSchema.options, 'enums.mechanism', TRANSFER_MECHANISM_ARTICLE),
      securityCategory: list(securityMeasureCategorySchema.options, 'enums.securityCategory'),
      countries,
      countryName: (code: string) => countryName(code, language),
    };
  }, [t, language]);
};
export type ActivityOptions = ReturnType<typeof useActivityOptions>;
