export { TranslationsSection } from './TranslationsSection';
export { translationHref, TRANSLATIONS_PATH } from './links';
export { TranslationHintsProvider, useTranslationHints } from './TranslationHints';
