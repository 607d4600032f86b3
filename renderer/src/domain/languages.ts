import { languageSchema, type Language } from './common';

/**
 * Everything that differs between document and interface languages besides their wording files
 * (assets/i18n/<lang>/): the locale used by Intl, how a date is written and how a GDPR article is
 * cited. A next language is one entry here (the compiler asks for it) plus its wording files.
 */
export interface LanguageStyle {
  /** BCP 47 tag for Intl formatters and the documents' language property. */
  locale: string;
  /** The language's own name, shown in language pickers whatever the interface language. */
  nativeName: string;
  /** How a calendar day is written: "25 May 2026", "25 mai 2026", "25.5.2026" (DIN 5008 allows the short numeric form). */
  date: Intl.DateTimeFormatOptions;
  /** Separator between items of an inline list written by hand (French puts a space before ";"). */
  listSeparator: string;
  /** The law's short name after a citation ("DSGVO"), or '' when the language cites articles bare. */
  lawSuffix: string;
  /** Citation style for GDPR articles, see citeArticle. */
  citation: 'bracketed' | 'german';
}

export const LANGUAGE_STYLE: Readonly<Record<Language, LanguageStyle>> = {
  en: {
    locale: 'en-GB',
    nativeName: 'English',
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    listSeparator: '; ',
    lawSuffix: '',
    citation: 'bracketed',
  },
  fr: {
    locale: 'fr-FR',
    nativeName: 'Français',
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    listSeparator: ' ; ',
    lawSuffix: '',
    citation: 'bracketed',
  },
  de: {
    locale: 'de-DE',
    nativeName: 'Deutsch',
    date: { day: 'numeric', month: 'numeric', year: 'numeric' },
    listSeparator: '; ',
    lawSuffix: 'DSGVO',
    citation: 'german',
  },
};

/** Every document and interface language, in the order pickers list them. */
export const LANGUAGES: readonly Language[] = languageSchema.options;

/** The supported language a browser or system locale ("de-AT", "fr-CA") stands for, if any. */
export const languageOfLocale = (locale: string | undefined): Language | undefined => {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base);
};

/** Interface languages fall back to English when the locale is none of ours. */
export const languageOrEnglish = (locale: string | undefined): Language => languageOfLocale(locale) ?? 'en';

const ORDINAL_WORDS: Readonly<Record<string, string>> = {
  first: '1',
  second: '2',
  third: '3',
};
const BRACKETED = /^Art\.\s*(\d+)((?:\(\w+\))*)(?:,\s*(first|second|third) subparagraph)?$/i;

const germanOne = (ref: string): string | undefined => {
  const m = BRACKETED.exec(ref.trim());
  if (!m?.[1]) return undefined;
  const parts = [...(m[2] ?? '').matchAll(/\((\w+)\)/g)].map((x) => x[1] ?? '');
  const [paragraph, ...rest] = parts;
  let out = `Art. ${m[1]}`;
  if (paragraph !== undefined) out += ` Abs. ${paragraph}`;
  if (m[3]) out += ` UAbs. ${ORDINAL_WORDS[m[3].toLowerCase()] ?? m[3]}`;
  for (const p of rest) out += /^\d+$/.test(p) ? ` Satz ${p}` : ` lit. ${p}`;
  return out;
};

/**
 * A GDPR article reference ("Art. 6(1)(a)", "Art. 46(2)(b), Art. 47", "Art. 49(1), second
 * subparagraph") in the language's citation style: English and French print the references as the
 * domain holds them; German cites "Art. 6 Abs. 1 lit. a DSGVO", as German courts and authorities do.
 */
export const citeArticle = (ref: string, language: Language): string => {
  const style = LANGUAGE_STYLE[language];
  if (style.citation === 'bracketed' || ref.trim() === '') return ref;
  const parts = ref.split(/,\s*(?=Art\.)/).map(germanOne);
  // A reference the pattern does not know ("Art. 5(2), 24(1)", a recital) is printed as written.
  if (parts.some((p) => p === undefined)) return ref;
  const cited = parts.join(', ');
  return style.lawSuffix !== '' ? `${cited} ${style.lawSuffix}` : cited;
};
