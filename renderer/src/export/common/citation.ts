import type { Language } from '../../domain/common';

/**
 * The one citation style of each document language, for article references that come from the
 * domain (legal bases, Art. 9 conditions, transfer tools), whose constants are written in the
 * English form "Art. 6(1)(a)". French legal writing numbers paragraphs and points with dots
 * ("art. 6.1.a", the style the French wording files use too); a subparagraph is an "alinéa".
 * The wording files follow the same style, and the document tests check that no other appears.
 */
const ENGLISH_ARTICLE = /\bArt\. (\d+)((?:\(\w+\))*)/g;

/**
 * `short` ("Art. 6(1)(a)", « art. 6.1.a ») is the registers' form, `full` ("Article 6(1)(a)",
 * « article 6.1.a ») the policies', written for the public: the numbering is the same in both.
 */
export type CitationForm = 'short' | 'full';

export const citeArticle = (reference: string, language: Language, form: CitationForm = 'short'): string => {
  if (language === 'en') return form === 'short' ? reference : reference.replace(/\bArt\. /g, 'Article ');
  const word = form === 'short' ? 'art.' : 'article';
  return reference
    .replace(ENGLISH_ARTICLE, (_m, article: string, parts: string) => {
      const points = [...parts.matchAll(/\((\w+)\)/g)].map((p) => p[1]);
      return [`${word} ${article}`, ...points].join('.');
    })
    .replace(/, second subparagraph/g, ', second alinéa')
    .replace(/, first subparagraph/g, ', premier alinéa');
};

/** "Article 6(1)(a) GDPR" / « article 6.1.a du RGPD »: a reference followed by the regulation's name. */
export const citeGdpr = (reference: string, language: Language, form: CitationForm = 'full'): string =>
  language === 'en'
    ? `${citeArticle(reference, language, form)} GDPR`
    : `${citeArticle(reference, language, form)} du RGPD`;

/**
 * Official references of EU acts as the Official Journal writes them in each language:
 * "(EU) 2023/1795", "2002/2/EC", "2010/625/EU" are "(UE) 2023/1795", "2002/2/CE", "2010/625/UE".
 */
export const actReference = (reference: string, language: Language): string =>
  language === 'en'
    ? reference
    : reference
        .replace(/\(EU\)/g, '(UE)')
        .replace(/\/EC\b/g, '/CE')
        .replace(/\/EU\b/g, '/UE');
