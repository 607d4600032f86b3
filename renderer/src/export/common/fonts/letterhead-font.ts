import type { LetterheadFont } from '../../../domain/letterhead';
import { base64ToBytes } from '../base64';
import { cyrb53 } from '../hash';
import { type CoverageRanges, fontCoverage, intersectRanges } from './cmap';
import type { PrimaryFont } from './fallback';
import type { FontRegistry } from './pdf-fonts';

/**
 * A letterhead's font for PDFs in pdfmake: its faces go into the virtual file system under a name
 * made from their content (so two letterheads' fonts never clash and a font is added once per
 * process or worker), and a bold or italic face the firm did not supply is drawn with the regular
 * file. Its coverage (what its cmap maps) decides which characters go on the fallback fonts.
 */

/** A hash of the family and every face's text: a name for the font's files in pdfmake. */
const contentKey = (font: LetterheadFont): string => {
  const { normal, bold, italics, bolditalics } = font.faces;
  return cyrb53([font.family, normal.base64, bold?.base64, italics?.base64, bolditalics?.base64].join('\n'));
};

const registered = new Map<string, PrimaryFont>();

/** Adds the font to pdfmake (once) and returns its pdfmake family and coverage; throws if it cannot be read. */
export const registerLetterheadFont = (registry: FontRegistry, font: LetterheadFont): PrimaryFont => {
  const key = contentKey(font);
  const known = registered.get(key);
  if (known) return known;
  const family = `Letterhead-${key}`;
  const { normal, bold, italics, bolditalics } = font.faces;
  const file = (face: string): string => `${family}-${face}.ttf`;
  const vfs: Record<string, string> = { [file('normal')]: normal.base64 };
  if (bold) vfs[file('bold')] = bold.base64;
  if (italics) vfs[file('italics')] = italics.base64;
  if (bolditalics) vfs[file('bolditalics')] = bolditalics.base64;
  // Read first: a font that cannot be read (a damaged record) throws before pdfmake is given anything.
  const coverage: CoverageRanges = Object.values(vfs)
    .map((base64) => fontCoverage(base64ToBytes(base64)))
    .reduce((all, next) => intersectRanges(all, next));
  registry.addVirtualFileSystem(vfs);
  registry.addFonts({
    [family]: {
      normal: file('normal'),
      bold: bold ? file('bold') : file('normal'),
      italics: italics ? file('italics') : file('normal'),
      // Bold italic falls back on bold, then italic, then regular: the nearest face supplied.
      bolditalics: bolditalics ? file('bolditalics') : bold ? file('bold') : italics ? file('italics') : file('normal'),
    },
  });
  const primary: PrimaryFont = { family, coverage };
  registered.set(key, primary);
  return primary;
};
