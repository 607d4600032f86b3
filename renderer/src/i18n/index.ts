import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/common';
import { LANGUAGES, languageOrEnglish } from '../domain/languages';

/** Every namespace file under assets/i18n/<lang>/<namespace>.json, bundled for offline use. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../assets/i18n/*/*.json', { eager: true });

/** Every document language is also an interface language (assets/i18n/<lang>/). */
export const SUPPORTED_LANGUAGES = LANGUAGES;
export type UiLanguage = Language;
const LANGUAGE_KEY = 'dpo-desk.language';

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(files)) {
  const m = /i18n\/([a-z]{2})\/([\w-]+)\.json$/.exec(path);
  if (!m?.[1] || !m[2]) continue;
  (resources[m[1]] ??= {})[m[2]] = mod.default;
}
export const NAMESPACES = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];

export const storedLanguage = (): UiLanguage | undefined => {
  const v = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  return LANGUAGES.find((l) => l === v);
};
const systemLanguage = (): UiLanguage => languageOrEnglish(globalThis.navigator?.language);

export const initI18n = async (): Promise<I18n> => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage() ?? systemLanguage(),
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
};

export const setUiLanguage = async (lang: UiLanguage): Promise<void> => {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
};
