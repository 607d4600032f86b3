import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ART9_CONDITION_ARTICLE,
  LEGAL_BASIS_ARTICLE,
  TRANSFER_MECHANISM_ARTICLE,
  activityStatusSchema,
  transferRecipientName,
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
import type { LinkOption } from '../../components';
import type { SelectOption as Option } from '../../components/form';
import type { LinkedEntity } from './LinkField';
import type { Linkables } from './queries';
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

/**
 * The organisation's records of one kind an activity links to, as its picker (and its read view)
 * names them; undefined while they load. Each picker builds its own kind only.
 */
export const useLinkOptions = (linkables: Linkables | undefined, entity: LinkedEntity): LinkOption[] | undefined => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  return useMemo(() => {
    if (!linkables) return undefined;
    switch (entity) {
      case 'recipient':
        return linkables.recipients.map((r) => ({
          id: r.id,
          label: r.name,
          secondary: [t(`enums.recipientCategory.${r.category}`), o.countryName(r.country)].filter(Boolean).join(' · '),
        }));
      case 'processor': {
        const processorName = new Map(linkables.processors.map((p) => [p.id, p.name]));
        return linkables.processors.map((p) => ({
          id: p.id,
          label: p.name,
          secondary: [
            p.parentProcessorId
              ? t('links.subProcessorOf', { name: processorName.get(p.parentProcessorId) ?? '?' })
              : '',
            p.service,
            p.countries.map(o.countryName).join(', '),
          ]
            .filter(Boolean)
            .join(' · '),
        }));
      }
      case 'transfer':
        return linkables.transfers.map((x) => ({
          id: x.id,
          label: `${transferRecipientName(x, linkables)} → ${x.destinationType === 'country' ? o.countryName(x.country) : x.internationalOrganisation}`,
          secondary: `${t(`enums.mechanism.${x.mechanism}`)} (${TRANSFER_MECHANISM_ARTICLE[x.mechanism]})`,
        }));
      case 'securityMeasure':
        return linkables.securityMeasures.map((m) => ({
          id: m.id,
          label: m.title,
          secondary: t(`enums.securityCategory.${m.category}`),
        }));
    }
  }, [linkables, entity, o, t]);
};
