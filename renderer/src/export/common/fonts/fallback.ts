import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import coverageJson from './coverage.json';
import { type CoverageRanges, covers } from './cmap';
import { FALLBACK_FONT_FAMILIES, type FallbackFontFamily, PRIMARY_FONT } from './families';
import { isObject } from '../../../domain/values';

/**
 * pdfmake draws each text run with one font and does no font fallback: a character the font lacks
 * prints as an empty box. Before rendering, every string of the definition is cut into runs by the
 * font that has its characters (the document's font first, then the Noto fallbacks in order), and
 * each fallback run gets its `font`. A string the primary font covers entirely is left as it is
 * (the common Latin case costs one scan). A character no bundled font has is printed as its code
 * point, "[U+1F600]", and reported, never silently dropped.
 */

const COVERAGE: Record<string, CoverageRanges> = coverageJson;
const coverageOf = (family: string): CoverageRanges => COVERAGE[family] ?? [];
const PRIMARY = coverageOf(PRIMARY_FONT);

/** A character no bundled font has, with the text it was found in (for the export's warnings). */
export interface MissingCharacter {
  character: string;
  /** "U+1F600". */
  codePoint: string;
  /** The start of the text it appears in, so the DPO can find it in the record. */
  context: string;
}

/**
 * The document's own font when it is not Roboto (a letterhead's font for PDFs): its pdfmake family
 * and coverage. Roboto then comes first among the fallbacks (it is always loaded).
 */
export interface PrimaryFont {
  family: string;
  coverage: CoverageRanges;
}

/** A family a run can be put on: Roboto (as a fallback for a letterhead's font) or a Noto fallback. */
export type FallbackFamily = FallbackFontFamily | typeof PRIMARY_FONT;

/** What the definition needs: the fallback families it uses and the characters nothing has. */
export interface FontFallbackResult {
  definition: TDocumentDefinitions;
  /** The Noto families to load (Roboto is always there). */
  families: Set<FallbackFontFamily>;
  missing: Map<number, MissingCharacter>;
  /** The fallbacks that may be used (those that could be loaded), in order. */
  available: readonly FallbackFamily[];
  /** The coverage of the document's font (Roboto's, unless a letterhead brings its own). */
  primary: CoverageRanges;
  /** Whether printable ASCII and Latin-1 are known to be in the document's font (Roboto). */
  latinCovered: boolean;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
/** Invisible format characters (joiners, variation selectors, BOM): dropped when no font draws them. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

const CONTEXT_LENGTH = 60;
const contextOf = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > CONTEXT_LENGTH ? `${flat.slice(0, CONTEXT_LENGTH - 1)}…` : flat;
};

export const codePointLabel = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether every character of `text` is in the primary font (a quick scan of char codes first). */
const primaryCovers = (text: string, result: Pick<FontFallbackResult, 'primary' | 'latinCovered'>): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) continue;
    // Printable ASCII and Latin-1 are always in Roboto: the common case never searches.
    if (result.latinCovered && ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0x17f))) continue;
    const point = text.codePointAt(i) ?? code;
    if (!covers(result.primary, point)) return false;
    if (point > 0xffff) i++;
  }
  return true;
};

const NEWLINE = 0x0a;

/** The family for one character: `undefined` for the primary font, `null` when no font has it. */
const fontFor = (
  point: number,
  current: FallbackFamily | undefined,
  result: Pick<FontFallbackResult, 'available'> & { primary?: CoverageRanges },
): FallbackFamily | undefined | null => {
  const char = String.fromCodePoint(point);
  const primary = result.primary ?? PRIMARY;
  const currentCoverage = current === undefined ? primary : coverageOf(current);
  // Marks stay on their base letter's font, and spaces, digits and punctuation on the run's font,
  // so words are not cut into pieces (and Arabic letters keep their joining context).
  if (point === NEWLINE || ((MARK.test(char) || !LETTER.test(char)) && covers(currentCoverage, point))) return current;
  if (covers(primary, point)) return undefined;
  for (const family of result.available) if (covers(coverageOf(family), point)) return family;
  return null;
};

interface Run {
  text: string;
  font?: string;
}

/** Cuts one string into runs by font, noting the families used and the characters nothing has. */
export const splitByFont = (
  text: string,
  result: Pick<FontFallbackResult, 'families' | 'missing' | 'available'> & { primary?: CoverageRanges },
): Run[] => {
  const runs: Run[] = [];
  let current: FallbackFamily | undefined;
  let buffer = '';
  const flush = (): void => {
    if (buffer !== '') runs.push(current === undefined ? { text: buffer } : { text: buffer, font: current });
    buffer = '';
  };
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    const font = fontFor(point, current, result);
    if (font === null) {
      if (IGNORABLE.test(char)) continue;
      if (!result.missing.has(point))
        result.missing.set(point, { character: char, codePoint: codePointLabel(point), context: contextOf(text) });
      // Printed in the primary font, so the reader sees where something could not be drawn.
      if (current !== undefined) {
        flush();
        current = undefined;
      }
      buffer += `[${codePointLabel(point)}]`;
      continue;
    }
    if (font !== current) {
      flush();
      current = font;
      if (font !== undefined && font !== PRIMARY_FONT) result.families.add(font);
    }
    buffer += char;
  }
  flush();
  return runs;
};

const transformInline = (text: unknown, result: FontFallbackResult): unknown => {
  if (typeof text === 'string') {
    if (primaryCovers(text, result)) return text;
    const runs = splitByFont(text, result);
    const [only] = runs;
    return runs.length === 1 && only && only.font === undefined ? only.text : runs;
  }
  if (Array.isArray(text)) {
    return text.flatMap((item: unknown) => {
      if (typeof item === 'string') {
        const out = transformInline(item, result);
        return Array.isArray(out) ? out : [out];
      }
      return [isObject(item) ? transformObject(item, result) : item];
    });
  }
  return text;
};

const CONTAINERS = ['stack', 'columns', 'ul', 'ol'] as const;

const transformObject = (node: Record<string, unknown>, result: FontFallbackResult): Record<string, unknown> => {
  if ('text' in node) {
    const text = transformInline(node.text, result);
    if (text === node.text) return node;
    // Bookmarks take plain strings; keep the original one for the outline.
    const outline = node.outline && typeof node.text === 'string' && node.outlineText === undefined;
    return { ...node, text, ...(outline ? { outlineText: node.text } : {}) };
  }
  let out = node;
  for (const key of CONTAINERS) {
    const value = node[key];
    if (Array.isArray(value)) {
      const mapped = value.map((child: unknown) => transformContent(child, result));
      if (mapped.some((m, i) => m !== value[i])) out = { ...out, [key]: mapped };
    }
  }
  const table = node.table;
  if (isObject(table) && Array.isArray(table.body)) {
    out = {
      ...out,
      table: {
        ...table,
        body: table.body.map((row: unknown) =>
          Array.isArray(row) ? row.map((cell: unknown) => transformContent(cell, result)) : row,
        ),
      },
    };
  }
  const toc = node.toc;
  if (isObject(toc) && toc.title !== undefined)
    out = { ...out, toc: { ...toc, title: transformContent(toc.title, result) } };
  return out;
};

const transformContent = (node: unknown, result: FontFallbackResult): unknown => {
  if (typeof node === 'string') {
    const text = transformInline(node, result);
    return text === node ? node : { text };
  }
  if (Array.isArray(node)) return node.map((child: unknown) => transformContent(child, result));
  if (isObject(node)) return transformObject(node, result);
  return node;
};

/** A running header, footer or background is a function of the page: split what it returns too. */
const wrapDynamic = <T>(value: T, result: FontFallbackResult): T =>
  (typeof value === 'function'
    ? (...args: unknown[]) => transformContent(Reflect.apply(value, undefined, args), result)
    : transformContent(value, result)) as T;

/**
 * The definition with every run on a font that has its characters. The families and missing
 * characters of the running header and footer are known only once they are drawn; the result's
 * sets fill in then (read them after rendering).
 */
export const applyFontFallback = (
  definition: TDocumentDefinitions,
  available: readonly FallbackFontFamily[] = FALLBACK_FONT_FAMILIES,
  primary?: PrimaryFont,
): FontFallbackResult => {
  const result: FontFallbackResult = {
    definition,
    families: new Set(),
    missing: new Map(),
    available: primary ? [PRIMARY_FONT, ...available] : available,
    primary: primary?.coverage ?? PRIMARY,
    latinCovered: primary === undefined,
  };
  result.definition = {
    ...definition,
    content: transformContent(definition.content, result) as Content,
    ...(definition.header !== undefined ? { header: wrapDynamic(definition.header, result) } : {}),
    ...(definition.footer !== undefined ? { footer: wrapDynamic(definition.footer, result) } : {}),
    ...(definition.background !== undefined ? { background: wrapDynamic(definition.background, result) } : {}),
  };
  probeDynamic(result.definition);
  return result;
};

/** A portrait A4 page, as pdfmake passes it to a running header or footer. */
const PROBE_PAGE = { width: 595.28, height: 841.89, orientation: 'portrait' };

/**
 * The running header and footer are drawn after the fonts are set up, so they are called once
 * here (as on a second page of two) to learn which fallbacks their text needs.
 */
const probeDynamic = (definition: TDocumentDefinitions): void => {
  for (const part of [definition.header, definition.footer, definition.background]) {
    if (typeof part === 'function') Reflect.apply(part, undefined, [2, 2, PROBE_PAGE]);
  }
};
