import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../../../cli/font-files';
import { covers, fontCoverage, FontFileError } from './cmap';
import coverage from './coverage.json';
import { applyFontFallback, splitByFont } from './fallback';
import { FALLBACK_FONT_FAMILIES, type FallbackFontFamily } from './families';
import { mirrorRightToLeftWords } from './rtl';

const fresh = () => ({
  families: new Set<FallbackFontFamily>(),
  missing: new Map(),
  available: FALLBACK_FONT_FAMILIES,
});

describe('bundled font coverage', () => {
  it('is what the fonts’ character maps say (rewrite with `npx tsx scripts/font-coverage.ts`)', async () => {
    expect(coverage).toEqual(await computeCoverage());
  });

  it('has Latin, Greek and Cyrillic in Roboto, and each fallback script in its Noto font', () => {
    const ranges = coverage as Record<string, number[]>;
    for (const c of ['é', 'Ω', 'Ж']) expect(covers(ranges.Roboto ?? [], c.codePointAt(0) ?? 0), c).toBe(true);
    expect(covers(ranges.NotoSansArabic ?? [], 'ب'.codePointAt(0) ?? 0)).toBe(true);
    expect(covers(ranges.NotoSansHebrew ?? [], 'א'.codePointAt(0) ?? 0)).toBe(true);
    expect(covers(ranges.NotoSansThai ?? [], 'ก'.codePointAt(0) ?? 0)).toBe(true);
    expect(covers(ranges.NotoSansSC ?? [], '数'.codePointAt(0) ?? 0)).toBe(true);
    for (const family of Object.keys(ranges)) expect(covers(ranges[family] ?? [], 0x1f600), family).toBe(false);
  });

  it('refuses a file that is not a font, naming why', () => {
    expect(() => fontCoverage(new TextEncoder().encode('PK\u0003\u0004 not a font at all'))).toThrow(FontFileError);
    expect(() => fontCoverage(new Uint8Array(4))).toThrow('too short');
  });
});

describe('font fallback', () => {
  it('leaves text Roboto covers untouched and loads nothing', () => {
    const definition = { content: ['Registre des activités — Ελλάδα, Россия'] };
    const result = applyFontFallback(definition);
    expect(result.definition.content).toEqual(definition.content);
    expect(result.families.size).toBe(0);
  });

  it('cuts runs by script, keeping spaces and punctuation with the run they are in', () => {
    const result = fresh();
    expect(splitByFont('Name: 数据 保护, حماية البيانات.', result)).toEqual([
      { text: 'Name: ' },
      { text: '数据 保护, ', font: 'NotoSansSC' },
      { text: 'حماية البيانات.', font: 'NotoSansArabic' },
    ]);
    expect([...result.families]).toEqual(['NotoSansSC', 'NotoSansArabic']);
  });

  it('prints a character no font has as its code point and reports it once, with its text', () => {
    const result = fresh();
    const runs = splitByFont('Smile 😀 and again 😀\u{FE0F}', result);
    expect(runs.map((r) => r.text).join('')).toBe('Smile [U+1F600] and again [U+1F600]');
    expect([...result.missing.values()]).toEqual([
      { character: '😀', codePoint: 'U+1F600', context: 'Smile 😀 and again 😀\u{FE0F}' },
    ]);
  });

  it('puts a letterhead’s font first, then Roboto for what it lacks, then the Noto fonts', () => {
    // A letterhead font with the space and the ASCII letters only.
    const primary = { family: 'Letterhead-test', coverage: [0x20, 0x20, 0x41, 0x5a, 0x61, 0x7a] };
    const result = applyFontFallback({ content: ['Dumont & Co 数据 😀'] }, undefined, primary);
    expect(result.definition.content).toEqual([
      {
        text: [
          { text: 'Dumont ' },
          { text: '& ', font: 'Roboto' },
          { text: 'Co ' },
          { text: '数据 ', font: 'NotoSansSC' },
          { text: '[U+1F600]' },
        ],
      },
    ]);
    // Roboto is always loaded: only the Noto family is to load.
    expect([...result.families]).toEqual(['NotoSansSC']);
    expect([...result.missing.keys()]).toEqual([0x1f600]);
  });

  it('reaches text in tables, lists, columns and running headers, keeping bookmarks as plain text', () => {
    const result = applyFontFallback({
      content: [{ table: { body: [['数据', { text: 'שלום' }]] } }, { ul: ['ไทย'] }, { text: '数据', outline: true }],
      header: () => ({ text: 'العربية' }),
    });
    expect([...result.families].sort()).toEqual(['NotoSansArabic', 'NotoSansHebrew', 'NotoSansSC', 'NotoSansThai']);
    const content = result.definition.content as { outlineText?: string }[];
    expect(content[2]?.outlineText).toBe('数据');
  });
});

describe('right-to-left words on a line', () => {
  it('mirrors a run of Arabic words within its span and leaves Latin words in place', () => {
    const words = [
      { text: 'Name: ', x: 0, width: 30 },
      { text: 'حماية ', x: 30, width: 20 },
      { text: 'البيانات ', x: 50, width: 30 },
      { text: 'الشخصية', x: 80, width: 25 },
      { text: ' Ltd', x: 105, width: 15 },
    ];
    mirrorRightToLeftWords(words);
    expect(words.map((w) => w.x)).toEqual([0, 85, 55, 30, 105]);
  });

  it('keeps the space between the mirrored words and the next Latin word (the trailing spaces pdfmake cuts)', () => {
    const words = [
      { text: 'Name: ', x: 0, width: 30, trailingCut: 4 },
      { text: 'حماية ', x: 30, width: 20, trailingCut: 4 },
      { text: 'الشخصية ', x: 50, width: 29, trailingCut: 4 },
      { text: '— ', x: 79, width: 10, trailingCut: 4 },
    ];
    mirrorRightToLeftWords(words);
    // Ink of "حماية" at 59–75 (drawn from 55, its space first), of "الشخصية" at 30–55: 4 apart, and 4 before "—" at 79.
    expect(words.map((w) => w.x)).toEqual([0, 55, 26, 79]);
  });
});
