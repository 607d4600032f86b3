import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * A German organisation's records made from a template or the processor library must be German
 * throughout (one document, one language): every text written in English and French in the
 * bundled data is written in German too, so the "English meanwhile" fallback never shows.
 */
const textsWithoutGerman = (value: unknown, path: string, found: string[]): string[] => {
  if (Array.isArray(value)) value.forEach((v, i) => textsWithoutGerman(v, `${path}[${i}]`, found));
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const localised = 'en' in o && 'fr' in o && (typeof o.en === 'string' || Array.isArray(o.en));
    if (localised) {
      const en = o.en;
      const written = typeof en === 'string' ? en.trim() !== '' : Array.isArray(en) && en.length > 0;
      const de = o.de;
      const german = typeof de === 'string' ? de.trim() !== '' : Array.isArray(de) && de.length > 0;
      if (written && !german) found.push(path);
    }
    for (const [k, v] of Object.entries(o)) textsWithoutGerman(v, `${path}.${k}`, found);
  }
  return found;
};

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

describe('bundled templates and library in German', () => {
  it.each(['assets/templates/activities.fr.json', 'assets/library/processors.json'])(
    '%s: every English and French text has its German',
    (file) => {
      expect(textsWithoutGerman(read(file), '', [])).toEqual([]);
    },
  );

  it('finds a text left without German', () => {
    const data = {
      templates: [{ name: { en: 'Payroll', fr: 'Paie', de: 'Lohnabrechnung' } }, { tags: { en: ['hr'], fr: ['rh'] } }],
    };
    expect(textsWithoutGerman(data, '', [])).toEqual(['.templates[1].tags']);
  });
});
