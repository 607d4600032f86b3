export { TranslationsSection } from './TranslationsSection';
export { TranslationHintsProvider } from './TranslationHints';
