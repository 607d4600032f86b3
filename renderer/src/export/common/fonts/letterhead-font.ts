import type { LetterheadFont } from '../../../domain/letterhead';
import { type CoverageRanges, fontCoverage, intersectRanges } from './cmap';
import type { PrimaryFont } from './fallback';
import type { FontRegistry } from './pdf-fonts';

/**
 * A letterhead's font for PDFs in pdfmake: its faces go into the virtual file system under a name
 * made from their content (so two letterheads' fonts never clash and a font is added once per
 * process or worker), and a bold or italic face the firm did not supply is drawn with the regular
 * file. Its coverage (what its cmap maps) decides which characters go on the fallback fonts.
 */

const decode = (base64: string): Uint8Array => {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
};

/** FNV-1a over the family and every face's text: a name for the font's files in pdfmake. */
const contentKey = (font: LetterheadFont): string => {
  let hash = 0x811c9dc5;
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0x2f, 0x01000193) >>> 0;
  };
  mix(font.family);
  for (const face of [font.faces.normal, font.faces.bold, font.faces.italics, font.faces.bolditalics])
    mix(face?.base64 ?? '');
  return `${hash.toString(36)}${(font.faces.normal.base64.length % 1296).toString(36)}`;
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
    .map((base64) => fontCoverage(decode(base64)))
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
