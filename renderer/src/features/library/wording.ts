import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain';
import type { LibraryWording } from '../../domain/processor-library';

/** The drafts' wording in the record's language (the organisation's document language). */
export const useLibraryWording = (lang: Language): LibraryWording => {
  const { i18n } = useTranslation('library');
  return useMemo(() => {
    const t = i18n.getFixedT(lang, 'library');
    return {
      lang,
      origin: (id, date) => t('drafts.origin', { id, date }),
      legalEntity: (value) => t('drafts.legalEntity', { value }),
      subProcessorList: (url) => t('drafts.subProcessorList', { url }),
      toCheck: (fact, note) => t('drafts.toCheck', { fact: t(`facts.${fact}`), note }),
      subProcessorOrigin: (processor, date, source) => t('drafts.subProcessorOrigin', { processor, date, source }),
      transferAdequacy: (asOf, decision) => t('drafts.transferAdequacy', { asOf, decision }),
      transferSafeguard: (mechanism, source) =>
        t('drafts.transferSafeguard', { mechanism: t(`mechanism.${mechanism}`), source }),
      safeguardsCopy: (url) => t('drafts.safeguardsCopy', { url }),
    };
  }, [i18n, lang]);
};
