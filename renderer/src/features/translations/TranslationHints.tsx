import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TranslationHintsContext, type TranslationHintsValue } from '../../components/form';
import { languageSchema, type Language } from '../../domain/common';
import { isOneOf } from '../../domain/values';
import type { Organisation } from '../../domain/organisation';
import type { Translations } from '../../domain/translatable';
import { recordTranslationIndex } from '../../domain/translation-hints';
import { translationLanguages } from '../../domain/workspace-in';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { translationHref } from './links';

interface HintedRecord {
  id: string;
  translations?: Translations;
  kind?: unknown;
  /** An organisation's own languages (its editor follows what is stored, not the current organisation). */
  defaultLanguage?: Language;
  documentLanguages?: readonly Language[];
}

/**
 * Provides the other languages of a stored record to its editor's inputs inside
 * (components/form/translation-hints): the organisation's published languages besides its default
 * one, each printed field's translations, and links to the field on the Translations screen. Null
 * (nothing changes) for a new record or an organisation that publishes in one language.
 */
export const TranslationHintsProvider = ({
  table,
  record,
  form: { control, getValues },
  children,
}: {
  table: string;
  record: HintedRecord | undefined;
  /** The editor's form: its control (which fields are its own) and its current values. */
  form: { control: object; getValues(): unknown };
  children: ReactNode;
}) => {
  const { t } = useTranslation('translation-hints');
  const { current } = useCurrentOrganisation();
  // An organisation's own editor follows its stored languages; every other record, its organisation's.
  const org: Pick<Organisation, 'defaultLanguage' | 'documentLanguages'> | undefined =
    table === 'organisations' && record?.defaultLanguage !== undefined
      ? { defaultLanguage: record.defaultLanguage, documentLanguages: [...(record.documentLanguages ?? [])] }
      : current;
  const languagesKey = org ? translationLanguages(org).join(',') : '';
  const value = useMemo((): TranslationHintsValue | null => {
    if (!record || languagesKey === '') return null;
    const languages = languagesKey.split(',').filter((l) => isOneOf(languageSchema.options, l));
    // Not null when the record has no printed text yet: the inputs keep one shape for the editor's life.
    const index = recordTranslationIndex(table, record, languages);
    return {
      control,
      index,
      languages,
      getValues,
      hrefOf: (path) => translationHref(record.id, path),
      labels: {
        language: (lang) => t(`language.${lang}`),
        missing: (lang) => t(`missing.${lang}`),
        translate: t('translate'),
        translateField: (lang, field) => t('translateField', { missing: t(`missing.${lang}`), field }),
        listMissing: (lang, missing, count) =>
          t('listMissing', { missing: t(`missing.${lang}`), count: missing, total: count }),
      },
    };
  }, [table, record, languagesKey, control, getValues, t]);
  return <TranslationHintsContext.Provider value={value}>{children}</TranslationHintsContext.Provider>;
};
