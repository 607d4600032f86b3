import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { LetterheadFont } from '../../../domain/letterhead';
import { renderPdf } from '../pdf';
import type { ExportWarning } from '../warnings';

const require = createRequire(import.meta.url);
/** The small bundled Hebrew Noto font (it has Latin letters too), as a letterhead stores it. */
const HEBREW: LetterheadFont = {
  family: 'Noto Sans Hebrew',
  faces: {
    normal: {
      fileName: 'NotoSansHebrew-Regular.ttf',
      base64: readFileSync(
        require.resolve('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf'),
      ).toString('base64'),
    },
  },
};
const METADATA = { title: 'Test', author: 'DPO Desk', subject: 'Test', language: 'en' } as const;
const latin1 = (pdf: Uint8Array): string => Buffer.from(pdf).toString('latin1');

describe('a PDF on the letterhead’s font', () => {
  it('prints on it, with the bundled fonts for what it lacks, and still reports characters no font has', async () => {
    const warnings: ExportWarning[] = [];
    const pdf = await renderPdf({ content: ['Record of processing 😀', { text: 'Heading', bold: true }] }, METADATA, {
      pdfFont: HEBREW,
      onWarning: (w) => warnings.push(w),
    });
    const text = latin1(pdf);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHebrew-Regular/);
    // Bold has no face of its own here: the regular file stands in for it, so no Roboto at all.
    expect(text).not.toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto/);
    expect(warnings).toEqual([expect.objectContaining({ kind: 'missingCharacter', codePoint: 'U+1F600' })]);
  });

  it('prints on the bundled fonts, with a warning, when the stored font cannot be read', async () => {
    const warnings: ExportWarning[] = [];
    const pdf = await renderPdf({ content: ['Record of processing'] }, METADATA, {
      pdfFont: { family: 'Damaged Sans', faces: { normal: { fileName: 'damaged.ttf', base64: 'AAAAAAAA' } } },
      onWarning: (w) => warnings.push(w),
    });
    expect(latin1(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Regular/);
    expect(warnings).toEqual([{ kind: 'letterheadFontLeftOut', family: 'Damaged Sans' }]);
  });
});
