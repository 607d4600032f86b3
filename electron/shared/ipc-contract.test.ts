import { describe, expect, it } from 'vitest';
import authorities from '../../assets/reference-data/supervisory-authorities.json';
import { checkExternalUrl, fileTooLargeMessage, formatByteSize, SaveFileRequestSchema } from './ipc-contract';

const reasonOf = (url: string): string => {
  const verdict = checkExternalUrl(url);
  if (verdict.allowed) throw new Error(`${url} was allowed`);
  return verdict.reason;
};

describe('external link allow-list', () => {
  it('allows EUR-Lex, the EDPB and supervisory authorities over https', () => {
    for (const url of [
      'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
      'https://www.edpb.europa.eu/',
      'https://www.cnil.fr/fr/rgpd',
      'https://ico.org.uk/for-organisations/',
    ]) {
      expect(checkExternalUrl(url)).toEqual({ allowed: true, url });
    }
  });

  it("allows every supervisory authority's website listed in the reference data", () => {
    const websites = JSON.stringify(authorities).match(/https:\/\/[^"]+/g) ?? [];
    expect(websites.length).toBeGreaterThan(25);
    for (const website of websites) expect(checkExternalUrl(website).allowed, website).toBe(true);
  });

  it('refuses look-alike hosts, other schemes, credentials and odd ports with a reason', () => {
    expect(reasonOf('https://europa.eu.evil.example/')).toContain('"europa.eu.evil.example" is not on the list');
    expect(reasonOf('https://notcnil.fr/')).toContain('"notcnil.fr"');
    expect(reasonOf('http://eur-lex.europa.eu/')).toContain('Only https links');
    expect(reasonOf('javascript:alert(1)')).toContain('Only https links');
    expect(reasonOf('https://user:pw@www.cnil.fr/')).toContain('user name or password');
    expect(reasonOf('https://www.cnil.fr:8443/')).toContain('non-standard port');
    expect(reasonOf('not a url')).toContain('is not a valid web address');
  });
});

describe('sizes and requests', () => {
  it('writes sizes the way a file manager does', () => {
    expect(formatByteSize(512)).toBe('512 bytes');
    expect(formatByteSize(2048)).toBe('2 KB');
    expect(formatByteSize(50 * 1024 * 1024)).toBe('50 MB');
    expect(fileTooLargeMessage('a.json', 60 * 1024 * 1024, 50 * 1024 * 1024)).toBe(
      '"a.json" is 60 MB, larger than the 50 MB limit for opening a file.',
    );
  });

  it('names a bad filter extension', () => {
    const parsed = SaveFileRequestSchema.safeParse({
      suggestedName: 'a.docx',
      bytes: new Uint8Array(),
      filters: [{ name: 'Word', extensions: ['.docx'] }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['filters', 0, 'extensions', 0]);
  });
});
