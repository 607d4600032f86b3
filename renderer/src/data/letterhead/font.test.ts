import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTERHEAD_FONT_MAX_BYTES } from '../../domain/letterhead';
import { fontTables } from '../../export/common/fonts/cmap';
import { checkLetterheadFont, LetterheadFontRefusedError, withFontFile, type LetterheadFontProblem } from './font';

const require = createRequire(import.meta.url);
const file = (path: string): Uint8Array => new Uint8Array(readFileSync(require.resolve(path)));
/** The small bundled fallback font (48 KB): it has basic Latin letters and digits besides Hebrew. */
const HEBREW = file('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf');
const HEBREW_BOLD = file('@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf');
const ROBOTO_ITALIC = file('pdfmake/build/fonts/Roboto/Roboto-Italic.ttf');
/** An icon font (Playwright's codicons): a TrueType font with no letters at all. */
const ICONS = (() => {
  const assets = join(dirname(require.resolve('playwright-core/package.json')), 'lib/vite/recorder/assets');
  const name = readdirSync(assets).find((f) => f.startsWith('codicon') && f.endsWith('.ttf'));
  if (!name) throw new Error('Playwright’s icon font was not found.');
  return new Uint8Array(readFileSync(join(assets, name)));
})();

/** A copy of the font with its OS/2 fsType set to `fsType`. */
const withFsType = (bytes: Uint8Array, fsType: number): Uint8Array => {
  const copy = bytes.slice();
  const os2 = fontTables(copy).get('OS/2');
  if (!os2) throw new Error('No OS/2 table.');
  new DataView(copy.buffer).setUint16(os2.offset + 8, fsType);
  return copy;
};

/** A file that starts as OpenType-CFF (.otf) or a collection (.ttc) does. */
const withTag = (bytes: Uint8Array, tag: string): Uint8Array => {
  const copy = bytes.slice();
  copy.set([...tag].map((c) => c.charCodeAt(0)));
  return copy;
};

const problemOf = (run: () => unknown): { problem: LetterheadFontProblem; message: string } => {
  try {
    run();
  } catch (e) {
    if (e instanceof LetterheadFontRefusedError) return { problem: e.problem, message: e.message };
    throw e;
  }
  throw new Error('The font was not refused.');
};

describe('the letterhead’s font for PDFs', () => {
  it('takes a TrueType font, naming its family and face', () => {
    const regular = checkLetterheadFont(HEBREW, 'C:\\Fonts\\NotoSansHebrew-Regular.ttf');
    expect(regular).toMatchObject({
      family: 'Noto Sans Hebrew',
      face: 'normal',
      fileName: 'NotoSansHebrew-Regular.ttf',
    });
    expect(atob(regular.base64).length).toBe(HEBREW.byteLength);
    expect(checkLetterheadFont(HEBREW_BOLD, 'b.ttf').face).toBe('bold');
    // Roboto's faces share the typographic family name.
    expect(checkLetterheadFont(ROBOTO_ITALIC, 'i.ttf')).toMatchObject({ family: 'Roboto', face: 'italics' });
  });

  it('refuses what it cannot embed, each with its reason', () => {
    expect(problemOf(() => checkLetterheadFont(HEBREW.subarray(0, 20_000), 'cut.ttf'))).toMatchObject({
      problem: 'damaged',
      message: expect.stringMatching(/damaged or cut short\. Nothing was changed\.$/),
    });
    expect(problemOf(() => checkLetterheadFont(HEBREW.subarray(0, 8), 'tiny.ttf')).problem).toBe('damaged');
    expect(problemOf(() => checkLetterheadFont(withTag(HEBREW, 'OTTO'), 'font.otf'))).toMatchObject({
      problem: 'cff',
      message: expect.stringContaining('CFF'),
    });
    expect(problemOf(() => checkLetterheadFont(withTag(HEBREW, 'ttcf'), 'fonts.ttc')).problem).toBe('collection');
    expect(problemOf(() => checkLetterheadFont(withTag(HEBREW, 'wOFF'), 'font.woff')).problem).toBe('not-truetype');
    expect(
      problemOf(() => checkLetterheadFont(new TextEncoder().encode('<html>not a font</html>'), 'x.ttf')).problem,
    ).toBe('not-truetype');
    const icons = problemOf(() => checkLetterheadFont(ICONS, 'codicon.ttf'));
    expect(icons.problem).toBe('no-latin');
    expect(icons.message).toContain('A B C');
    const restricted = problemOf(() => checkLetterheadFont(withFsType(HEBREW, 0x0002), 'restricted.ttf'));
    expect(restricted).toMatchObject({ problem: 'no-embedding', message: expect.stringContaining('Noto Sans Hebrew') });
    expect(problemOf(() => checkLetterheadFont(withFsType(HEBREW, 0x0100), 'whole.ttf')).problem).toBe('no-embedding');
    // Editable and print-and-preview embedding are allowed.
    expect(checkLetterheadFont(withFsType(HEBREW, 0x0008), 'editable.ttf').family).toBe('Noto Sans Hebrew');
    expect(checkLetterheadFont(withFsType(HEBREW, 0x0004), 'preview.ttf').family).toBe('Noto Sans Hebrew');
    const big = new Uint8Array(LETTERHEAD_FONT_MAX_BYTES + 1);
    big.set(HEBREW);
    expect(problemOf(() => checkLetterheadFont(big, 'big.ttf')).problem).toBe('too-large');
  });

  it('a bold or italic face joins its regular one; a new regular face starts over', () => {
    const regular = checkLetterheadFont(HEBREW, 'r.ttf');
    const bold = checkLetterheadFont(HEBREW_BOLD, 'b.ttf');
    expect(problemOf(() => withFontFile(undefined, bold)).problem).toBe('not-regular');
    const font = withFontFile(withFontFile(undefined, regular), bold);
    expect(font.family).toBe('Noto Sans Hebrew');
    expect(Object.keys(font.faces).sort()).toEqual(['bold', 'normal']);
    // The same family's regular face again keeps its bold; another family's replaces all.
    expect(Object.keys(withFontFile(font, regular).faces).sort()).toEqual(['bold', 'normal']);
    const roboto = withFontFile(
      font,
      checkLetterheadFont(file('pdfmake/build/fonts/Roboto/Roboto-Regular.ttf'), 'R.ttf'),
    );
    expect(roboto.family).toBe('Roboto');
    expect(Object.keys(roboto.faces)).toEqual(['normal']);
    expect(problemOf(() => withFontFile(roboto, bold)).problem).toBe('not-regular');
  });
});
