import * as fontkit from 'fontkit';
import {
  LETTERHEAD_FONT_MAX_BYTES,
  letterheadFontSchema,
  type LetterheadFont,
  type LetterheadFontFace,
} from '../../domain/letterhead';
import { covers, fontCoverage, FontFileError, fontTables } from '../../export/common/fonts/cmap';
import { toBase64 } from '../backup/encoding';
import { formatBytes } from '../limits';
import { RefusedFileError, refuser } from './refusal';

/**
 * Checks a TrueType file the DPO supplies as the letterhead's font for PDFs, or refuses it whole
 * with a message naming what is wrong. It is opened with fontkit, the font engine pdfmake (pdfkit)
 * itself draws with. Refused: anything over 5 MB, anything that is not a single TrueType font
 * (OpenType with CFF outlines, which PDF/A-1b embedding in pdfkit does not do, collections, WOFF),
 * a damaged or cut-short file, a font without the basic Latin letters and digits, and a font whose
 * licence bits (OS/2 fsType) forbid embedding it, or embedding a subset of it, in a document.
 */

export type LetterheadFontProblem =
  'too-large' | 'not-truetype' | 'cff' | 'collection' | 'damaged' | 'no-latin' | 'no-embedding' | 'not-regular';

export class LetterheadFontRefusedError extends RefusedFileError<LetterheadFontProblem> {
  override name = 'LetterheadFontRefusedError';
}

const refuse = refuser<LetterheadFontProblem>((...a) => new LetterheadFontRefusedError(...a));

/** The tables pdfkit reads to lay out and embed a TrueType font. */
const REQUIRED_TABLES = ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post', 'OS/2'];

/** OS/2 fsType bits (OpenType spec, OS/2 table): restricted-licence embedding, and no subsetting. */
const FS_TYPE_RESTRICTED = 0x0002;
const FS_TYPE_NO_SUBSETTING = 0x0100;

const BASIC_LATIN = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ...'abcdefghijklmnopqrstuvwxyz', ...'0123456789'];

const NOT_TRUETYPE = 'The file is not a TrueType font (.ttf).';

const tagOf = (bytes: Uint8Array): string => String.fromCharCode(...bytes.subarray(0, 4));

/** A font file that passed the checks: its family, which face it is, and its bytes as base64. */
export interface CheckedFontFile {
  family: string;
  face: LetterheadFontFace;
  fileName: string;
  base64: string;
}

interface FontkitFont {
  type?: string;
  familyName?: string;
  getName?(key: string): string | null;
  directory?: { tables: Record<string, unknown> };
  glyphForCodePoint(codePoint: number): { id: number };
  'OS/2'?: { fsSelection?: { bold?: boolean; italic?: boolean } };
}

/** Checks one font file; throws a LetterheadFontRefusedError naming what is wrong. */
export const checkLetterheadFont = (bytes: Uint8Array, fileName: string): CheckedFontFile => {
  const name = fileName.replace(/^.*[\\/]/, '').slice(0, 260) || 'font.ttf';
  if (bytes.byteLength > LETTERHEAD_FONT_MAX_BYTES)
    refuse(
      'too-large',
      `The font file is ${formatBytes(bytes.byteLength)}; a font for PDFs is at most ${formatBytes(LETTERHEAD_FONT_MAX_BYTES)}.`,
      formatBytes(bytes.byteLength),
    );
  if (bytes.byteLength < 12) refuse('damaged', 'The font file is damaged or cut short.');
  const tag = tagOf(bytes);
  if (tag === 'ttcf') refuse('collection', 'The file is a font collection (.ttc): add the single .ttf of the font.');
  if (tag === 'OTTO')
    refuse(
      'cff',
      'The file is an OpenType font with PostScript (CFF) outlines (.otf): add the TrueType (.ttf) version.',
    );
  if (tag === 'wOFF' || tag === 'wOF2') refuse('not-truetype', `${NOT_TRUETYPE} It is a web font (WOFF).`);
  let tables: Map<string, { offset: number; length: number }>;
  try {
    tables = fontTables(bytes);
  } catch (e) {
    if (e instanceof FontFileError && /not a TrueType/.test(e.message)) return refuse('not-truetype', NOT_TRUETYPE);
    return refuse('damaged', 'The font file is damaged or cut short.', e instanceof Error ? e.message : '');
  }
  const missingTables = REQUIRED_TABLES.filter((t) => !tables.has(t));
  if (missingTables.includes('glyf') && tables.has('CFF '))
    refuse(
      'cff',
      'The file is an OpenType font with PostScript (CFF) outlines (.otf): add the TrueType (.ttf) version.',
    );
  if (missingTables.length > 0)
    refuse('damaged', 'The font file lacks parts a PDF needs to embed it.', missingTables.join(', '));
  const os2 = tables.get('OS/2');
  if (!os2 || os2.length < 10) return refuse('damaged', 'The font file is damaged or cut short.', 'OS/2');
  const fsType = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(os2.offset + 8);

  let font: FontkitFont;
  let family: string;
  let missing: string[];
  try {
    font = fontkit.create(bytes) as FontkitFont;
    if (font.type !== 'TTF') return refuse('not-truetype', NOT_TRUETYPE);
    // The typographic family (name ID 16) groups the faces; the legacy one (ID 1) names weights apart.
    family = (font.getName?.('preferredFamily') ?? font.familyName ?? '').trim();
    // What the PDF's font fallback reads (./export/common/fonts/cmap.ts) must agree with fontkit.
    const coverage = fontCoverage(bytes);
    missing = BASIC_LATIN.filter((c) => {
      const point = c.codePointAt(0) ?? 0;
      return font.glyphForCodePoint(point).id === 0 || !covers(coverage, point);
    });
  } catch (e) {
    if (e instanceof LetterheadFontRefusedError) throw e;
    return refuse('damaged', 'The font file is damaged or cut short.', e instanceof Error ? e.message : '');
  }
  if (family === '') refuse('damaged', 'The font file does not name its family.');
  if (missing.length > 0)
    refuse(
      'no-latin',
      `The font has no glyphs for some basic Latin letters or digits (${missing.slice(0, 12).join(' ')}${missing.length > 12 ? ' …' : ''}).`,
      missing.slice(0, 12).join(' '),
    );
  if ((fsType & FS_TYPE_RESTRICTED) !== 0 || (fsType & FS_TYPE_NO_SUBSETTING) !== 0)
    refuse(
      'no-embedding',
      `The licence of the font “${family}” forbids embedding it in documents (OS/2 fsType ${fsType}).`,
      family,
    );
  const style = font['OS/2']?.fsSelection;
  const face: LetterheadFontFace =
    style?.bold && style.italic ? 'bolditalics' : style?.bold ? 'bold' : style?.italic ? 'italics' : 'normal';
  return { family: family.slice(0, 200), face, fileName: name, base64: toBase64(bytes) };
};

/**
 * The letterhead's font with a checked file added: a regular face starts (or replaces) the font;
 * a bold or italic face joins the font of the same family, replacing that face. A bold or italic
 * face without the regular one of its family is refused (the regular face is what the text uses).
 */
export const withFontFile = (current: LetterheadFont | undefined, file: CheckedFontFile): LetterheadFont => {
  const entry = { fileName: file.fileName, base64: file.base64 };
  if (file.face === 'normal') {
    const sameFamily = current?.family === file.family;
    return letterheadFontSchema.parse({
      family: file.family,
      faces: { ...(sameFamily ? current.faces : {}), normal: entry },
    });
  }
  if (!current || current.family !== file.family)
    return refuse(
      'not-regular',
      `The file is the ${file.face === 'bold' ? 'bold' : file.face === 'italics' ? 'italic' : 'bold italic'} face of “${file.family}”: add its regular face first.`,
      file.family,
    );
  return letterheadFontSchema.parse({ family: current.family, faces: { ...current.faces, [file.face]: entry } });
};
