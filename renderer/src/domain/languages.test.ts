import { describe, expect, it } from 'vitest';
import { languageSchema } from './common';
import { citeArticle, LANGUAGE_STYLE, languageOfLocale, languageOrEnglish, LANGUAGES } from './languages';
import { ART9_CONDITION_ARTICLE, LEGAL_BASIS_ARTICLE, TRANSFER_MECHANISM_ARTICLE } from './legal';

describe('document and interface languages', () => {
  it('lists every language of the schema, each with its own style', () => {
    expect(LANGUAGES).toEqual(languageSchema.options);
    for (const l of LANGUAGES) expect(LANGUAGE_STYLE[l].locale).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
  });

  it('recognises a browser locale by its language, and falls back to English for others', () => {
    expect(languageOfLocale('de-AT')).toBe('de');
    expect(languageOfLocale('fr_CA')).toBe('fr');
    expect(languageOfLocale('nl-NL')).toBeUndefined();
    expect(languageOrEnglish('nl-NL')).toBe('en');
    expect(languageOrEnglish(undefined)).toBe('en');
  });
});

describe('citeArticle', () => {
  it('cites in the German style: paragraph as Abs., point as lit., the law as DSGVO', () => {
    expect(citeArticle('Art. 6(1)(a)', 'de')).toBe('Art. 6 Abs. 1 lit. a DSGVO');
    expect(citeArticle('Art. 30(1)', 'de')).toBe('Art. 30 Abs. 1 DSGVO');
    expect(citeArticle('Art. 45', 'de')).toBe('Art. 45 DSGVO');
    expect(citeArticle('Art. 46(2)(b), Art. 47', 'de')).toBe('Art. 46 Abs. 2 lit. b, Art. 47 DSGVO');
    expect(citeArticle('Art. 49(1), second subparagraph', 'de')).toBe('Art. 49 Abs. 1 UAbs. 2 DSGVO');
  });

  it('prints a reference it cannot read as written, rather than half converted', () => {
    expect(citeArticle('Art. 5(2), 24(1)', 'de')).toBe('Art. 5(2), 24(1)');
  });

  it('leaves English citations as the domain holds them, and French in its own dotted style', () => {
    expect(citeArticle('Art. 6(1)(a)', 'en')).toBe('Art. 6(1)(a)');
    expect(citeArticle('Art. 6(1)(a)', 'fr')).toBe('art. 6.1.a');
  });

  it('converts every article reference of the domain, leaving no bracket behind', () => {
    const refs = [
      ...Object.values(LEGAL_BASIS_ARTICLE),
      ...Object.values(ART9_CONDITION_ARTICLE),
      ...Object.values(TRANSFER_MECHANISM_ARTICLE),
    ];
    for (const ref of refs) {
      const cited = citeArticle(ref, 'de');
      expect(cited, ref).toMatch(/^Art\. \d+.* DSGVO$/);
      expect(cited, ref).not.toMatch(/[()]|subparagraph/);
    }
  });
});
