import { languageSchema, type Language } from './common';

/**
 * Everything that differs between document and interface languages besides their wording files
 * (assets/i18n/<lang>/): the locale used by Intl, how a date is written and how a GDPR article is
 * cited. A next language is one entry here (the compiler asks for it) plus its wording files.
 */
export interface LanguageStyle {
  /** BCP 47 tag for Intl formatters and the documents' language property. */
  locale: string;
  /** The dayjs locale the date pickers type and show dates in (15/03/2024, 15.03.2024). */
  pickerLocale: 'en-gb' | 'fr' | 'de';
  /** The language's own name, shown in language pickers whatever the interface language. */
  nativeName: string;
  /** How a calendar day is written: "25 May 2026", "25 mai 2026", "25.5.2026" (DIN 5008 allows the short numeric form). */
  date: Intl.DateTimeFormatOptions;
  /** Separator between items of an inline list written by hand (French puts a space before ";"). */
  listSeparator: string;
  /** The law's short name after a citation ("DSGVO"), or '' when the language cites articles bare. */
  lawSuffix: string;
  /** Citation style for GDPR articles, see citeArticle ("Art. 6(1)(a)", « art. 6.1.a », "Art. 6 Abs. 1 lit. a"). */
  citation: 'bracketed' | 'dotted' | 'german';
}

export const LANGUAGE_STYLE: Readonly<Record<Language, LanguageStyle>> = {
  en: {
    locale: 'en-GB',
    pickerLocale: 'en-gb',
    nativeName: 'English',
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    listSeparator: '; ',
    lawSuffix: '',
    citation: 'bracketed',
  },
  fr: {
    locale: 'fr-FR',
    pickerLocale: 'fr',
    nativeName: 'Français',
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    listSeparator: ' ; ',
    lawSuffix: '',
    citation: 'dotted',
  },
  de: {
    locale: 'de-DE',
    pickerLocale: 'de',
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
 * `short` ("Art. 6(1)(a)", « art. 6.1.a ») is the registers' and screens' form, `full` ("Article
 * 6(1)(a)", « article 6.1.a ») the policies', written for the public: the numbering is the same.
 */
export type CitationForm = 'short' | 'full';

const ENGLISH_ARTICLE = /\bArt\. (\d+)((?:\(\w+\))*)/g;

/** French legal writing numbers paragraphs and points with dots; a subparagraph is an "alinéa". */
const dotted = (ref: string, form: CitationForm): string =>
  ref
    .replace(ENGLISH_ARTICLE, (_m, article: string, parts: string) =>
      [
        `${form === 'short' ? 'art.' : 'article'} ${article}`,
        ...[...parts.matchAll(/\((\w+)\)/g)].map((p) => p[1]),
      ].join('.'),
    )
    .replace(/, first subparagraph/g, ', premier alinéa')
    .replace(/, second subparagraph/g, ', second alinéa');

/**
 * The one citation style of each language, for a GDPR article reference as the domain holds it
 * ("Art. 6(1)(a)", "Art. 46(2)(b), Art. 47", "Art. 49(1), second subparagraph"): English keeps it
 * ("Article 6(1)(a)" in full), French writes « art. 6.1.a » (the style of its wording files too),
 * German "Art. 6 Abs. 1 lit. a DSGVO", as German courts and authorities do. Documents reach it
 * through export/common/citation.ts; their tests check that no other style appears.
 */
export const citeArticle = (ref: string, language: Language, form: CitationForm = 'short'): string => {
  const style = LANGUAGE_STYLE[language];
  if (ref.trim() === '') return ref;
  if (style.citation === 'bracketed') return form === 'short' ? ref : ref.replace(/\bArt\. /g, 'Article ');
  if (style.citation === 'dotted') return dotted(ref, form);
  const parts = ref.split(/,\s*(?=Art\.)/).map(germanOne);
  // A reference the pattern does not know ("Art. 5(2), 24(1)", a recital) is printed as written.
  if (parts.some((p) => p === undefined)) return ref;
  const cited = parts.join(', ');
  return style.lawSuffix !== '' && /^Art\./.test(cited) ? `${cited} ${style.lawSuffix}` : cited;
};
