/**
 * The German example (Hetzner's Datenschutzhinweise) exported in German: the register, the privacy
 * policy and the two logs hold its facts in German wording, German citation style and German dates,
 * and no English outside the names the record holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../renderer/src/examples';
import { renderLog } from '../../renderer/src/export/logs';
import { buildPolicyViewModel, renderPolicyPdf } from '../../renderer/src/export/policy';
import { buildRegisterViewModel, renderRegisterDocx, renderRegisterPdf } from '../../renderer/src/export/register';
import { docxText, normaliseText, pdfText } from '../support/document-clients';

const SLOW = 240_000;
const example = EXAMPLES.find((e) => e.slug === 'hetzner');
if (!example) throw new Error('The German example is missing');
const ws = example.workspace;
const policyId = ws.documents.find((d) => d.kind === 'privacy_policy')?.id ?? '';

/**
 * English words that carry a sentence and that German never uses: one of them in a German document
 * is an untranslated template. Checked as whole words, case-insensitively.
 */
const ENGLISH_FUNCTION_WORDS = [
  'the',
  'and',
  'of',
  'with',
  'for',
  'is',
  'are',
  'this',
  'that',
  'from',
  'by',
  'not',
  'your',
  'our',
  'you',
  'we',
  'which',
  'has',
  'have',
  'been',
  'recorded',
  'none',
];
/** The record's own text, which a document prints as entered (names, addresses, e-mail addresses). */
const recordStrings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(recordStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(recordStrings);
  return [];
};
const englishWordsIn = (text: string): string[] => {
  let rest = normaliseText(text);
  for (const s of recordStrings(ws).filter((x) => x.length > 3)) rest = rest.split(normaliseText(s)).join(' ');
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => ENGLISH_FUNCTION_WORDS.includes(w)))];
};
const squash = (s: string): string => normaliseText(s).replace(/\s+/g, '');
const expectAll = (text: string, facts: readonly string[]): void => {
  const flat = squash(text);
  for (const f of facts) expect(flat.includes(squash(f)), f).toBe(true);
};

describe('German documents of the German example', () => {
  const texts: Record<string, string> = {};
  beforeAll(async () => {
    const vm = buildRegisterViewModel(ws, { register: 'controller', language: 'de', generatedOn: '2026-12-01' });
    texts['registerPdf'] = await pdfText(await renderRegisterPdf(vm));
    texts['registerDocx'] = (await docxText(await renderRegisterDocx(vm))).text;
    texts['policyPdf'] = await pdfText(
      await renderPolicyPdf(buildPolicyViewModel(ws, policyId, { today: '2026-12-01' })),
    );
    for (const log of ['breaches', 'requests'] as const)
      texts[log] = await pdfText(
        await renderLog(ws, { log, format: 'pdf', language: 'de', generatedOn: '2026-12-01' }),
      );
  }, SLOW);

  it('prints the register in German: its title, the page’s facts, German citations and dates', () => {
    for (const key of ['registerPdf', 'registerDocx']) {
      const text = texts[key] ?? '';
      expectAll(text, [
        'Verzeichnis von Verarbeitungstätigkeiten',
        'Verantwortlicher (Art. 30 Abs. 1 lit. a DSGVO)',
        'Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b DSGVO)',
        'Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)',
        'Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)',
        'Erstellt am 1.12.2026',
        'Hetzner Online GmbH',
        'Industriestr. 25',
        'data-protection@hetzner.com',
        'Kontaktdaten: z. B. Name, E-Mail-Adresse, Telefonnummer, Anschrift',
        'unser berechtigtes Interesse an einer effizienten Kommunikation',
      ]);
      expect(text).not.toContain('Art. 6(1)');
      expect(englishWordsIn(text), key).toEqual([]);
    }
  });

  it('prints the privacy policy in German, with the Art. 6 Abs. 1 citations and no English', () => {
    const text = texts['policyPdf'] ?? '';
    expectAll(text, [
      'Datenschutzhinweise der Hetzner Online GmbH',
      'Verantwortlicher für Ihre personenbezogenen Daten ist Hetzner Online GmbH',
      'Art. 6 Abs. 1 lit. b DSGVO',
      'Unsere berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO)',
      'Ihre Rechte',
      'Auskunftsrecht',
      'Vertragliche oder vorvertragliche Maßnahmen',
    ]);
    expect(englishWordsIn(text)).toEqual([]);
  });

  it('writes the empty breach register and request log in German', () => {
    expectAll(texts['breaches'] ?? '', [
      'Verzeichnis der Verletzungen des Schutzes personenbezogener Daten',
      'Es ist keine Verletzung des Schutzes personenbezogener Daten erfasst.',
    ]);
    expectAll(texts['requests'] ?? '', [
      'Verzeichnis der Anträge betroffener Personen',
      'Es ist kein Antrag einer betroffenen Person erfasst.',
    ]);
    for (const log of ['breaches', 'requests']) expect(englishWordsIn(texts[log] ?? ''), log).toEqual([]);
  });
});
