import type { Language } from '../../domain/common';
import { citeArticle, LANGUAGE_STYLE, type CitationForm } from '../../domain/languages';

/**
 * Citations in documents. `citeArticle` (domain/languages.ts, where each language's style is one
 * entry) is the one function every builder cites a GDPR article with; this module adds the
 * regulation's name and the official references of EU acts.
 */
export { citeArticle, type CitationForm };

/** "Article 6(1)(a) GDPR" / « article 6.1.a du RGPD » / "Art. 6 Abs. 1 lit. a DSGVO". */
export const citeGdpr = (reference: string, language: Language, form: CitationForm = 'full'): string => {
  const cited = citeArticle(reference, language, form);
  if (LANGUAGE_STYLE[language].lawSuffix !== '') return cited;
  return language === 'fr' ? `${cited} du RGPD` : `${cited} GDPR`;
};

/**
 * Official references of EU acts as the Official Journal writes them in each language:
 * "(EU) 2023/1795", "2002/2/EC", "2010/625/EU" are « (UE) 2023/1795 », « 2002/2/CE »,
 * « 2010/625/UE » in French and "2002/2/EG" in German.
 */
export const actReference = (reference: string, language: Language): string => {
  if (language === 'fr')
    return reference
      .replace(/\(EU\)/g, '(UE)')
      .replace(/\/EC\b/g, '/CE')
      .replace(/\/EU\b/g, '/UE');
  if (language === 'de') return reference.replace(/\/EC\b/g, '/EG');
  return reference;
};
