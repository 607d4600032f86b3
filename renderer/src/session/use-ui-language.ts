import { useTranslation } from 'react-i18next';
import type { Language } from '../domain';

/** The interface language as a domain Language (for country names and dates). */
export const useUiLanguage = (): Language => {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('fr') ? 'fr' : 'en';
};
