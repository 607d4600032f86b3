export { TranslationsSection } from './TranslationsSection';
export { translationHref, TRANSLATIONS_PATH } from './links';
