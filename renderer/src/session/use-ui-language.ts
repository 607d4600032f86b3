import { useTranslation } from 'react-i18next';
import type { Language } from '../domain';
import { languageOrEnglish } from '../domain/languages';

/** The interface language as a domain Language (for country names and dates). */
export const useUiLanguage = (): Language => {
  const { i18n } = useTranslation();
  return languageOrEnglish(i18n.language);
};
