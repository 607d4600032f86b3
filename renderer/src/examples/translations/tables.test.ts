import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, untranslatedTexts } from '../index';
import { PROPER_NAMES, freeTextOf, otherLanguage } from './free-text';

/**
 * The phrase tables give each bundled example its text in the language its organisation does not
 * write in: one `<slug>.<lang>.json` per example, keyed by the exact text the example stores.
 */
const folder = new URL('./', import.meta.url);
/** A table is read whole at start-up: keep it small (the largest is about 40 KB). */
const MAX_TABLE_BYTES = 200_000;
const MAX_VALUE_CHARS = 5_000;

const tableFiles = readdirSync(folder).filter((f) => f.endsWith('.json'));

const readTable = (file: string): Record<string, unknown> => {
  const parsed: unknown = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error(`${file} is not an object`);
  return parsed as Record<string, unknown>;
};

describe('phrase tables of the bundled examples', () => {
  it('names every table after an example and the language that example does not write in', () => {
    const expected = EXAMPLES.map((e) => `${e.slug}.${otherLanguage(e.workspace.organisation.defaultLanguage)}.json`);
    expect(tableFiles.filter((f) => !expected.includes(f))).toEqual([]);
  });

  it('gives every example its table', () => {
    const expected = EXAMPLES.map((e) => `${e.slug}.${otherLanguage(e.workspace.organisation.defaultLanguage)}.json`);
    expect(expected.filter((f) => !tableFiles.includes(f))).toEqual([]);
  });

  for (const example of EXAMPLES) {
    const lang = otherLanguage(example.workspace.organisation.defaultLanguage);
    const file = `${example.slug}.${lang}.json`;

    describe(file, () => {
      it('is a bounded flat JSON object of non-empty strings', () => {
        expect(statSync(new URL(file, folder)).size).toBeLessThan(MAX_TABLE_BYTES);
        const table = readTable(file);
        for (const [key, value] of Object.entries(table)) {
          expect(typeof value, key).toBe('string');
          expect(String(value).trim(), key).not.toBe('');
          expect(String(value).length, key).toBeLessThanOrEqual(MAX_VALUE_CHARS);
        }
      });

      it('translates every free text of the example and nothing it no longer stores', () => {
        const keys = Object.keys(readTable(file));
        const text = freeTextOf(example.workspace);
        expect(
          keys.filter((k) => !text.includes(k)),
          'stale keys',
        ).toEqual([]);
        expect(
          text.filter((t) => !keys.includes(t)),
          'untranslated text',
        ).toEqual([]);
      });

      it('leaves no text of the example without its translation once the table is applied', () => {
        expect(untranslatedTexts(example.workspace, lang)).toEqual([]);
      });

      it('keeps proper names as they are written', () => {
        const table = readTable(file);
        for (const name of PROPER_NAMES) if (name in table) expect(table[name], name).toBe(name);
      });

      if (lang === 'fr') {
        it('follows French typography: no plain space before ; : ! ? and none inside « »', () => {
          for (const value of Object.values(readTable(file)).map(String)) {
            expect(value, value).not.toMatch(/ [;:!?]/);
            expect(value, value).not.toMatch(/« | »/);
            // A clause-ending ; : ! ? needs its (narrow) no-break space: "données:" is wrong.
            expect(value, value).not.toMatch(/[\p{L})][;:!?](?:\s|$)/u);
          }
        });

        it('uses the GDPR’s French terms, not calques of the English', () => {
          for (const value of Object.values(readTable(file)).map(String)) {
            expect(value, value).not.toMatch(
              /contrôleur de données|processeur de données|données personnelles sensibles/i,
            );
          }
        });
      }
    });
  }
});
