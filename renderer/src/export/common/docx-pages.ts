/**
 * A fast page layout of the Word documents DPO Desk writes, for the page numbers of their contents
 * when the document is too long for docx's own estimator (`MAX_ESTIMATED_PARAGRAPHS` in ./docx.ts).
 *
 * docx's estimator (`docx/layout`) lays out any document as Word does, in about 1.2 ms a paragraph;
 * a register of 1,000 activities has ~84,000. This one reads the finished `word/document.xml` once
 * and lays out only what DPO Desk writes — paragraphs of Calibri text in the document's styles,
 * bullets, inline pictures, tables on fixed grids with header rows and rows kept whole, page breaks
 * and sections — with docx's metrics and the rules its layout follows for them:
 *
 * - a character is as wide as docx's width tables make it in Calibri (the tables below, measured
 *   with `layoutDocument` of docx 9.15, thousandths of an em), and one outside them as an average
 *   lowercase letter, as there;
 * - a line of Calibri is 1.2207 times its size (docx's `lineHeight` of Calibri), the tallest run
 *   of the line setting it, a picture standing on the baseline;
 * - lines break after spaces and hyphens, a word longer than the line at any character;
 * - between two paragraphs is the larger of the one's spacing after and the next one's before; the
 *   spacing before a paragraph at the top of a page is dropped, but on the document's first page;
 * - a line that does not fit goes to the next page, with widow and orphan control (two lines at
 *   least on each page); a paragraph kept with the next goes with the next one's first lines, and
 *   one kept together (headings) moves whole;
 * - a table row is as tall as its tallest cell with its top border, the last with the table's
 *   bottom border too, which is also drawn below a row the table breaks after; a row breaks between
 *   its cells' lines when each cell has a line on the page, unless it is kept whole, and moves to
 *   the next page otherwise; the header rows repeat on each page and go with the first row.
 *
 * It gives up (undefined) on anything else — another font, a floating drawing, a table in a table,
 * columns, line spacing other than a multiple, characters of scripts whose fonts it does not know,
 * a header or footer taller than its margin — and the numbers are then left to Word, as before.
 * word-contents-pages.test.ts checks that it puts the headings on the pages docx's estimator does,
 * for registers and policies both can lay out.
 */

/** Calibri's widths, thousandths of an em, from U+0020 to U+007E, regular then bold. */
const ASCII_REGULAR = [
  226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507, 507, 507, 507, 507,
  507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855,
  646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386, 307, 498, 498, 291, 479, 525, 423, 525,
  498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314,
  460, 314, 498,
];
const ASCII_BOLD = [
  226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507, 507, 507, 507, 507, 507,
  507, 507, 507, 276, 276, 498, 498, 498, 463, 898, 606, 561, 529, 630, 488, 459, 637, 631, 267, 331, 547, 423, 874,
  659, 676, 532, 686, 563, 473, 495, 653, 591, 906, 551, 520, 478, 325, 430, 325, 498, 498, 300, 494, 537, 418, 537,
  503, 316, 474, 537, 246, 255, 480, 246, 813, 537, 538, 537, 537, 355, 399, 347, 537, 473, 745, 459, 474, 397, 344,
  475, 344, 498,
];
/** From U+00A0 to U+017F (Latin-1 and Latin Extended-A), regular then bold. */
const LATIN_REGULAR = [
  226, 326, 498, 507, 498, 507, 498, 498, 393, 834, 402, 512, 498, 306, 507, 394, 339, 498, 336, 334, 292, 550, 586,
  252, 307, 246, 422, 512, 636, 671, 675, 463, 579, 579, 579, 579, 579, 579, 763, 533, 488, 488, 488, 488, 252, 252,
  252, 252, 625, 646, 662, 662, 662, 662, 662, 498, 664, 642, 642, 642, 642, 487, 517, 527, 479, 479, 479, 479, 479,
  479, 773, 423, 498, 498, 498, 498, 229, 229, 229, 229, 525, 525, 527, 527, 527, 527, 527, 498, 529, 525, 525, 525,
  525, 453, 525, 453, 579, 479, 579, 479, 579, 479, 533, 423, 533, 423, 533, 423, 533, 423, 615, 568, 625, 552, 488,
  498, 488, 498, 488, 498, 488, 498, 488, 498, 631, 471, 631, 471, 631, 471, 631, 471, 623, 525, 656, 533, 252, 229,
  252, 229, 252, 229, 252, 229, 252, 229, 571, 469, 319, 239, 520, 455, 455, 420, 229, 420, 229, 423, 264, 546, 374,
  430, 248, 646, 525, 646, 525, 646, 525, 579, 628, 525, 662, 527, 662, 527, 662, 527, 867, 850, 543, 349, 543, 349,
  543, 349, 459, 391, 459, 391, 459, 391, 459, 391, 487, 335, 487, 346, 487, 342, 642, 525, 642, 525, 642, 525, 642,
  525, 642, 525, 642, 525, 890, 715, 487, 453, 487, 468, 395, 468, 395, 468, 395, 243,
];
const LATIN_BOLD = [
  226, 326, 498, 507, 498, 507, 498, 498, 415, 834, 416, 539, 498, 306, 507, 390, 342, 498, 338, 336, 301, 563, 598,
  268, 303, 252, 435, 539, 658, 691, 702, 463, 606, 606, 606, 606, 606, 606, 775, 529, 488, 488, 488, 488, 267, 267,
  267, 267, 639, 659, 676, 676, 676, 676, 676, 498, 681, 653, 653, 653, 653, 520, 532, 555, 494, 494, 494, 494, 494,
  494, 775, 418, 503, 503, 503, 503, 246, 246, 246, 246, 537, 537, 538, 538, 538, 538, 538, 498, 544, 537, 537, 537,
  537, 474, 537, 474, 606, 494, 606, 494, 606, 494, 529, 418, 529, 418, 529, 418, 529, 418, 630, 597, 639, 569, 488,
  503, 488, 503, 488, 503, 488, 503, 488, 503, 637, 474, 637, 474, 637, 474, 637, 474, 631, 537, 658, 547, 267, 246,
  267, 246, 267, 246, 267, 246, 267, 246, 598, 501, 331, 255, 547, 480, 480, 423, 246, 423, 246, 430, 306, 562, 422,
  433, 264, 659, 537, 659, 537, 659, 537, 622, 641, 537, 676, 538, 676, 538, 676, 538, 874, 843, 563, 355, 563, 355,
  563, 355, 473, 399, 473, 399, 473, 399, 473, 399, 495, 347, 495, 363, 495, 354, 653, 537, 653, 537, 653, 537, 653,
  537, 653, 537, 653, 537, 906, 745, 520, 474, 520, 478, 397, 478, 397, 478, 397, 258,
];
/** Punctuation and signs past them: – — ‘ ’ “ ” • … € ● → −, the same in bold but for the quotes and the ellipsis. */
const MORE: readonly (readonly [number, number, number])[] = [
  [0x2013, 498, 498],
  [0x2014, 905, 905],
  [0x2018, 250, 258],
  [0x2019, 250, 258],
  [0x201c, 418, 435],
  [0x201d, 418, 435],
  [0x2022, 498, 498],
  [0x2026, 690, 711],
  [0x20ac, 507, 507],
  [0x25cf, 604, 604],
  [0x2192, 905, 905],
  [0x2212, 498, 498],
];

const average = (widths: readonly number[]): number => {
  const letters = widths.slice(0x61 - 0x20, 0x7b - 0x20);
  return letters.reduce((a, w) => a + w, 0) / letters.length;
};

const faceWidths = (ascii: readonly number[], latin: readonly number[]): Float64Array => {
  const table = new Float64Array(0x180).fill(average(ascii));
  ascii.forEach((w, i) => (table[0x20 + i] = w));
  latin.forEach((w, i) => (table[0xa0 + i] = w));
  return table;
};

const REGULAR = faceWidths(ASCII_REGULAR, LATIN_REGULAR);
const BOLD = faceWidths(ASCII_BOLD, LATIN_BOLD);
const MORE_REGULAR = new Map(MORE.map(([c, r]) => [c, r]));
const MORE_BOLD = new Map(MORE.map(([c, , b]) => [c, b]));
const AVERAGE_REGULAR = average(ASCII_REGULAR);
const AVERAGE_BOLD = average(ASCII_BOLD);

/** Calibri's line, and the part of it below the baseline, per em (docx's `lineHeight` and `descent`). */
const LINE_PER_EM = 1.220703125;
const DESCENT_PER_EM = 0.2685546875;

/** The font the estimate knows; any other, and it gives up. */
const FONT = 'Calibri';

/** Thousandths of an em of a character, or undefined for one of a script whose font and lines it does not know. */
const charWidth = (code: number, bold: boolean): number | undefined => {
  if (code < 0x180) return code < 0x20 ? 0 : (bold ? BOLD : REGULAR)[code];
  const more = (bold ? MORE_BOLD : MORE_REGULAR).get(code);
  if (more !== undefined) return more;
  // Greek, Cyrillic and the general punctuation draw in Calibri itself, about an average letter wide.
  if (code < 0x530 || (code >= 0x2000 && code < 0x2070)) return bold ? AVERAGE_BOLD : AVERAGE_REGULAR;
  // Combining marks take no room.
  if (code >= 0x300 && code < 0x370) return 0;
  return undefined;
};

class Unsupported extends Error {}
const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

/** Twips of `text` at `halfPoints`. */
const textTwips = (text: string, halfPoints: number, bold: boolean): number => {
  let thousandths = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const w = charWidth(code, bold);
    if (w === undefined) return unsupported(`a character U+${code.toString(16)}`);
    thousandths += w;
  }
  // thousandths of an em × points (half-points / 2) × 20 twips a point
  return (thousandths * halfPoints) / 100;
};

const lineTwips = (halfPoints: number): number => halfPoints * 10 * LINE_PER_EM;

const unescapeXml = (s: string): string =>
  s.includes('&')
    ? s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
        .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
        .replace(/&amp;/g, '&')
    : s;

const patterns = new Map<string, RegExp>();
const pattern = (source: string): RegExp => {
  let known = patterns.get(source);
  if (!known) {
    known = new RegExp(source);
    patterns.set(source, known);
  }
  return known;
};

const attr = (xml: string, element: string, name: string): string | undefined => {
  const at = xml.indexOf(`<w:${element} `);
  if (at < 0) return undefined;
  const end = xml.indexOf('>', at);
  return pattern(`w:${name}="([^"]*)"`).exec(xml.slice(at, end))?.[1];
};
const numberAttr = (xml: string, element: string, name: string): number | undefined => {
  const v = attr(xml, element, name);
  return v === undefined ? undefined : Number(v);
};
/** An on/off property (`<w:b/>`, `<w:keepNext w:val="false"/>`), undefined when absent. */
const toggle = (xml: string, element: string): boolean | undefined => {
  if (!xml.includes(`<w:${element}`)) return undefined;
  const m = pattern(`<w:${element}(?: w:val="([^"]*)")?/>`).exec(xml);
  if (!m) return undefined;
  return m[1] === undefined || !['false', '0', 'off'].includes(m[1]);
};

interface ParagraphProps {
  before?: number;
  after?: number;
  line?: number;
  left?: number;
  right?: number;
  hanging?: number;
  firstLine?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
}
interface RunProps {
  size?: number;
  bold?: boolean;
  font?: string;
}

const paragraphProps = (pPr: string): ParagraphProps => {
  const props: ParagraphProps = {};
  const spacing = /<w:spacing [^>]*>/.exec(pPr)?.[0] ?? '';
  const before = numberAttr(spacing, 'spacing', 'before');
  const after = numberAttr(spacing, 'spacing', 'after');
  const line = numberAttr(spacing, 'spacing', 'line');
  if (before !== undefined) props.before = before;
  if (after !== undefined) props.after = after;
  if (line !== undefined) {
    const rule = attr(spacing, 'spacing', 'lineRule');
    if (rule !== undefined && rule !== 'auto') unsupported('a line spacing rule');
    props.line = line / 240;
  }
  if (/w:(before|after)Autospacing="(1|true)"/.test(spacing) || pPr.includes('<w:contextualSpacing'))
    unsupported('automatic or contextual spacing');
  const ind = /<w:ind [^>]*>/.exec(pPr)?.[0] ?? '';
  const indent = (...names: string[]): number | undefined =>
    names.map((name) => numberAttr(ind, 'ind', name)).find((v) => v !== undefined);
  const left = indent('start', 'left');
  const right = indent('end', 'right');
  const hanging = indent('hanging');
  const firstLine = indent('firstLine');
  if (left !== undefined) props.left = left;
  if (right !== undefined) props.right = right;
  if (hanging !== undefined) props.hanging = hanging;
  if (firstLine !== undefined) props.firstLine = firstLine;
  const keeps: ('keepNext' | 'keepLines' | 'pageBreakBefore')[] = ['keepNext', 'keepLines', 'pageBreakBefore'];
  for (const key of keeps) {
    const v = toggle(pPr, key);
    if (v !== undefined) props[key] = v;
  }
  if (pPr.includes('<w:framePr')) unsupported('a frame');
  return props;
};

const runProps = (rPr: string): RunProps => {
  const props: RunProps = {};
  const size = numberAttr(rPr, 'sz', 'val');
  if (size !== undefined) props.size = size;
  const bold = toggle(rPr, 'b');
  if (bold !== undefined) props.bold = bold;
  const font = attr(rPr, 'rFonts', 'ascii');
  if (font !== undefined) props.font = font;
  if (
    rPr.includes('w:asciiTheme') ||
    rPr.includes('<w:spacing ') ||
    rPr.includes('<w:w ') ||
    rPr.includes('<w:position')
  )
    unsupported('a run format the estimate does not follow');
  return props;
};

interface Style {
  paragraph: ParagraphProps;
  run: RunProps;
}

/** The paragraph styles of word/styles.xml, each with what it inherits, and the document's defaults. */
const readStyles = (stylesXml: string): { styles: Map<string, Style>; defaults: Style; normal: string } => {
  const rPrDefault = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/s.exec(stylesXml)?.[1] ?? '';
  const pPrDefault = /<w:pPrDefault>(.*?)<\/w:pPrDefault>/s.exec(stylesXml)?.[1] ?? '';
  const defaults: Style = {
    paragraph: paragraphProps(pPrDefault),
    run: { size: 20, font: FONT, ...runProps(rPrDefault) },
  };
  const raw = new Map<string, { basedOn?: string; own: Style }>();
  let normal = 'Normal';
  for (const m of stylesXml.matchAll(/<w:style ([^>]*)>(.*?)<\/w:style>/gs)) {
    const head = m[1] ?? '';
    const body = m[2] ?? '';
    if (!head.includes('w:type="paragraph"')) continue;
    const id = /w:styleId="([^"]*)"/.exec(head)?.[1];
    if (!id) continue;
    if (/w:default="(1|true)"/.test(head)) normal = id;
    const pPr = /<w:pPr>(.*?)<\/w:pPr>/s.exec(body)?.[1] ?? '';
    const rPr = /<w:rPr>(.*?)<\/w:rPr>/s.exec(body)?.[1] ?? '';
    const basedOn = /<w:basedOn w:val="([^"]*)"\/>/.exec(body)?.[1];
    raw.set(id, { ...(basedOn ? { basedOn } : {}), own: { paragraph: paragraphProps(pPr), run: runProps(rPr) } });
  }
  const styles = new Map<string, Style>();
  const resolve = (id: string, depth = 0): Style => {
    const known = styles.get(id);
    if (known) return known;
    const style = raw.get(id);
    if (!style || depth > 20) return defaults;
    const parent = style.basedOn ? resolve(style.basedOn, depth + 1) : defaults;
    const merged = {
      paragraph: { ...parent.paragraph, ...style.own.paragraph },
      run: { ...parent.run, ...style.own.run },
    };
    styles.set(id, merged);
    return merged;
  };
  for (const id of raw.keys()) resolve(id);
  return { styles, defaults, normal };
};

/** A piece of a paragraph's text: a word with the spaces after it, a tab, a line break or a picture. */
type Piece =
  | { kind: 'text'; text: string; size: number; bold: boolean }
  | { kind: 'tab' }
  | { kind: 'break' }
  | { kind: 'page' }
  | { kind: 'picture'; width: number; height: number };

interface Paragraph {
  kind: 'paragraph';
  props: Required<Omit<ParagraphProps, 'line'>> & { line: number };
  /** Half-points of the paragraph mark, the height of an empty paragraph. */
  markSize: number;
  pieces: Piece[];
  bookmarks: string[];
  /** The right tab stop of a contents entry, where its page number ends. */
  rightTab?: number;
  /** A contents entry's page reference, whose number the layout writes. */
  pageReference?: string;
  numbered: boolean;
  /** The section this paragraph ends, when it ends one. */
  section?: Section;
}

interface Cell {
  width: number;
  paragraphs: Paragraph[];
}
interface Row {
  header: boolean;
  whole: boolean;
  cells: Cell[];
}
interface Table {
  kind: 'table';
  rows: Row[];
  /** Twips of the borders above, between and below the rows. */
  top: number;
  inside: number;
  bottom: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

interface Section {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Where the header starts below the page's top, and the footer ends above its bottom. */
  header: number;
  footer: number;
  start?: number;
}

type Block = Paragraph | Table;

const readSection = (sectPr: string): Section => {
  if (/<w:cols [^>]*w:num="([2-9]|\d\d)"/.test(sectPr)) unsupported('columns');
  const type = attr(sectPr, 'type', 'val');
  if (type !== undefined && type !== 'nextPage') unsupported(`a section break of type ${type}`);
  const start = numberAttr(sectPr, 'pgNumType', 'start');
  return {
    width: numberAttr(sectPr, 'pgSz', 'w') ?? 11906,
    height: numberAttr(sectPr, 'pgSz', 'h') ?? 16838,
    top: Math.abs(numberAttr(sectPr, 'pgMar', 'top') ?? 1440),
    bottom: Math.abs(numberAttr(sectPr, 'pgMar', 'bottom') ?? 1440),
    left: numberAttr(sectPr, 'pgMar', 'left') ?? 1440,
    right: numberAttr(sectPr, 'pgMar', 'right') ?? 1440,
    header: numberAttr(sectPr, 'pgMar', 'header') ?? 720,
    footer: numberAttr(sectPr, 'pgMar', 'footer') ?? 720,
    ...(start !== undefined ? { start } : {}),
  };
};

interface Context {
  styles: Map<string, Style>;
  defaults: Style;
  normal: string;
  /**
   * The paragraphs read, by their markup: a register repeats the same labels and values thousands of times, and
   * the same paragraph is read, and its lines laid out, once.
   */
  read: Map<string, Paragraph>;
}

/** Words with the spaces after them; a hyphen ends a word too, as Word breaks after it. */
const WORDS = /[^ \-\u00ad]*(?:[-\u00ad]+|[ ]+|$)/g;

const readParagraph = (xml: string, ctx: Context): Paragraph => {
  const known = ctx.read.get(xml);
  if (known) return known;
  const p = readNewParagraph(xml, ctx);
  ctx.read.set(xml, p);
  return p;
};

const readNewParagraph = (xml: string, ctx: Context): Paragraph => {
  const pPr = xml.startsWith('<w:p><w:pPr>') ? xml.slice(12, xml.indexOf('</w:pPr>')) : '';
  const styleId = /<w:pStyle w:val="([^"]*)"\/>/.exec(pPr)?.[1] ?? ctx.normal;
  const style = ctx.styles.get(styleId) ?? ctx.styles.get(ctx.normal) ?? ctx.defaults;
  const numbered = pPr.includes('<w:numPr>');
  const level = Number(/<w:ilvl w:val="(\d+)"\/>/.exec(pPr)?.[1] ?? 0);
  // DPO Desk's bullets are docx's: 720 twips a level, the bullet hanging 360 before the text.
  const numbering: ParagraphProps = numbered ? { left: 720 * (level + 1), hanging: 360 } : {};
  const ownPPr = pPr.replace(/<w:rPr>.*?<\/w:rPr>/s, '').replace(/<w:sectPr.*?<\/w:sectPr>/s, '');
  const own = paragraphProps(ownPPr);
  const merged = { ...style.paragraph, ...numbering, ...own };
  const props = {
    before: merged.before ?? 0,
    after: merged.after ?? 0,
    line: merged.line ?? 1,
    left: merged.left ?? 0,
    right: merged.right ?? 0,
    hanging: merged.hanging ?? 0,
    firstLine: merged.firstLine ?? 0,
    keepNext: merged.keepNext ?? false,
    keepLines: merged.keepLines ?? false,
    pageBreakBefore: merged.pageBreakBefore ?? false,
  };
  const markRPr = /<w:rPr>(.*?)<\/w:rPr>/s.exec(pPr)?.[1];
  const markSize = (markRPr ? runProps(markRPr).size : undefined) ?? style.run.size ?? 20;
  const pieces: Piece[] = [];
  let inFieldCode = false;
  for (const run of xml.matchAll(/<w:r(?: [^>]*)?>(.*?)<\/w:r>/gs)) {
    const body = run[1] ?? '';
    const rPrXml = body.startsWith('<w:rPr>') ? body.slice(7, body.indexOf('</w:rPr>')) : '';
    const rp = { ...style.run, ...runProps(rPrXml) };
    const font = rp.font ?? FONT;
    const content = rPrXml ? body.slice(body.indexOf('</w:rPr>') + 8) : body;
    for (const m of content.matchAll(
      /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:t\/>|<w:(tab|br|cr|fldChar|drawing|pict|object|sym|ptab)\b([^>]*)>/g,
    )) {
      const element = m[2];
      if (element === undefined) {
        if (inFieldCode) continue;
        const text = unescapeXml(m[1] ?? '');
        if (text === '') continue;
        if (font !== FONT) unsupported(`the font ${font}`);
        for (const word of text.match(WORDS) ?? []) {
          if (word) pieces.push({ kind: 'text', text: word, size: rp.size ?? 20, bold: rp.bold ?? false });
        }
      } else if (element === 'fldChar') {
        const type = /w:fldCharType="(\w+)"/.exec(m[3] ?? '')?.[1];
        inFieldCode = type === 'begin';
      } else if (inFieldCode) {
        continue;
      } else if (element === 'tab') {
        pieces.push({ kind: 'tab' });
      } else if (element === 'br' || element === 'cr') {
        const type = /w:type="(\w+)"/.exec(m[3] ?? '')?.[1];
        if (type === 'page') pieces.push({ kind: 'page' });
        else if (type === 'column') unsupported('a column break');
        else pieces.push({ kind: 'break' });
      } else if (element === 'drawing') {
        const drawing = content.slice(m.index, content.indexOf('</w:drawing>', m.index));
        if (!drawing.includes('<wp:inline')) unsupported('a floating drawing');
        const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(drawing);
        if (!extent) unsupported('a drawing without its size');
        // EMUs: 635 a twip.
        pieces.push({ kind: 'picture', width: Number(extent?.[1]) / 635, height: Number(extent?.[2]) / 635 });
      } else {
        unsupported(`a ${element ?? 'run element'}`);
      }
    }
  }
  const tab = /<w:tab w:val="right"(?: [^>]*)? w:pos="(\d+)"/.exec(pPr)?.[1];
  const reference = /PAGEREF (\S+) \\h/.exec(xml)?.[1];
  const bookmarks = [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((b) => b[1] ?? '');
  const sectPr = /<w:sectPr\b.*?<\/w:sectPr>/s.exec(pPr)?.[0];
  return {
    kind: 'paragraph',
    props,
    markSize,
    pieces,
    bookmarks,
    numbered,
    ...(tab !== undefined ? { rightTab: Number(tab) } : {}),
    ...(reference !== undefined ? { pageReference: reference } : {}),
    ...(sectPr ? { section: readSection(sectPr) } : {}),
  };
};

const borderTwips = (tblPr: string, side: string): number => {
  const m = pattern(`<w:${side} ([^>]*)/>`).exec(tblPr);
  if (!m) return 0;
  const v = /w:val="(\w+)"/.exec(m[1] ?? '')?.[1];
  if (v === 'nil' || v === 'none') return 0;
  if (v !== 'single') unsupported(`a ${v ?? ''} border`);
  // Eighths of a point.
  return (Number(/w:sz="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 4) / 8) * 20;
};

const readTable = (xml: string, ctx: Context): Table => {
  if (xml.indexOf('<w:tbl>', 1) >= 0) unsupported('a table in a table');
  const tblPr = /<w:tblPr>(.*?)<\/w:tblPr>/s.exec(xml)?.[1] ?? '';
  const grid = [...(/<w:tblGrid>(.*?)<\/w:tblGrid>/s.exec(xml)?.[1] ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(
    (g) => Number(g[1]),
  );
  const margins = /<w:tblCellMar>(.*?)<\/w:tblCellMar>/s.exec(tblPr)?.[1] ?? '';
  const margin = (side: string, fallback: number) => numberAttr(margins, side, 'w') ?? fallback;
  const rows: Row[] = [];
  for (const tr of xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)) {
    const body = tr[1] ?? '';
    const trPr = body.startsWith('<w:trPr>') ? body.slice(8, body.indexOf('</w:trPr>')) : '';
    if (trPr.includes('<w:trHeight') || trPr.includes('<w:gridBefore')) unsupported('a row height');
    let column = 0;
    const cells: Cell[] = [];
    for (const tc of body.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)) {
      const cell = tc[1] ?? '';
      const tcPr = cell.startsWith('<w:tcPr>') ? cell.slice(8, cell.indexOf('</w:tcPr>')) : '';
      if (tcPr.includes('<w:vMerge') || tcPr.includes('<w:tcMar')) unsupported('merged cells');
      const span = numberAttr(tcPr, 'gridSpan', 'val') ?? 1;
      const width = grid.slice(column, column + span).reduce((a, w) => a + w, 0);
      column += span;
      const paragraphs = [...cell.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map((p) =>
        readParagraph(p[0] === '<w:p/>' ? '<w:p></w:p>' : p[0], ctx),
      );
      cells.push({ width, paragraphs });
    }
    rows.push({ header: toggle(trPr, 'tblHeader') ?? false, whole: toggle(trPr, 'cantSplit') ?? false, cells });
  }
  return {
    kind: 'table',
    rows,
    top: borderTwips(tblPr, 'top'),
    inside: borderTwips(tblPr, 'insideH'),
    bottom: borderTwips(tblPr, 'bottom'),
    marginLeft: margin('left', 108),
    marginRight: margin('right', 108),
    marginTop: margin('top', 0),
    marginBottom: margin('bottom', 0),
  };
};

/** The paragraphs and tables of a body, header or footer, and the section a body ends with. */
const readBlocks = (content: string, ctx: Context): { blocks: Block[]; last?: Section } => {
  for (const element of ['<w:txbxContent', '<w:sdt>', '<w:sdt ', '<w:altChunk', '<w:subDoc', '<w:customXml'])
    if (content.includes(element)) unsupported('a text box or content control');
  const blocks: Block[] = [];
  let at = 0;
  let last: Section | undefined;
  while (at < content.length) {
    if (content.startsWith('<w:p>', at) || content.startsWith('<w:p ', at)) {
      const close = content.indexOf('</w:p>', at);
      if (close < 0) unsupported('an unclosed paragraph');
      const xml = content.slice(at, close + 6);
      blocks.push(readParagraph(xml.startsWith('<w:p ') ? `<w:p>${xml.slice(xml.indexOf('>') + 1)}` : xml, ctx));
      at = close + 6;
    } else if (content.startsWith('<w:p/>', at)) {
      blocks.push(readParagraph('<w:p></w:p>', ctx));
      at += 6;
    } else if (content.startsWith('<w:tbl>', at)) {
      const close = content.indexOf('</w:tbl>', at);
      blocks.push(readTable(content.slice(at, close + 8), ctx));
      at = close + 8;
    } else if (content.startsWith('<w:sectPr', at)) {
      const close = content.indexOf('</w:sectPr>', at);
      last = readSection(content.slice(at, close + 11));
      at = close + 11;
    } else if (content.startsWith('<w:bookmarkEnd', at) || content.startsWith('<w:bookmarkStart', at)) {
      at = content.indexOf('>', at) + 1;
    } else {
      return unsupported(`content ${content.slice(at, at + 20)}`);
    }
  }
  return { blocks, ...(last ? { last } : {}) };
};

const inside = (xml: string, element: string): string => {
  const open = xml.indexOf('>', xml.indexOf(`<${element}`)) + 1;
  const close = xml.lastIndexOf(`</${element}>`);
  return open > 0 && close >= open ? xml.slice(open, close) : unsupported(`a part without its ${element}`);
};

/** The top-level paragraphs and tables of the body, and the section the body ends with. */
const readBody = (documentXml: string, ctx: Context): { blocks: Block[]; last: Section } => {
  const { blocks, last } = readBlocks(inside(documentXml, 'w:body'), ctx);
  return { blocks, last: last ?? unsupported('a body without its section') };
};

/**
 * The height of a header or footer, `width` twips wide: Word moves the body's text away from it when it is taller
 * than the margin leaves it room, which the estimate does not follow.
 */
const partHeight = (xml: string, element: 'w:hdr' | 'w:ftr', width: number, ctx: Context): number => {
  let height = 0;
  let after = 0;
  readBlocks(inside(xml, element), ctx).blocks.forEach((b, k) => {
    if (b.kind === 'table') return unsupported('a table in a header or footer');
    const lines = paragraphLines(b, width, new Map());
    height += (k === 0 ? b.props.before : Math.max(after, b.props.before)) + lines.reduce((a, l) => a + l.height, 0);
    after = b.props.after;
  });
  return height + after;
};

/** A laid-out line: its height, and whether a page break comes before it. */
interface Line {
  height: number;
  pageBefore?: boolean;
}

/** The lines of a paragraph `width` twips wide (between the page's or cell's edges). */
const paragraphLines = (p: Paragraph, width: number, pageNumbers: ReadonlyMap<string, string>): Line[] => {
  const { left, right, hanging, firstLine, line: spacing } = p.props;
  const lines: Line[] = [];
  let ascent = 0;
  let descent = 0;
  let used = 0;
  let pageBefore = false;
  const room = (first: boolean) => width - left - right + (first ? hanging - firstLine : 0);
  let first = true;
  // A bullet or number hangs before the text, which starts at the indent.
  if (p.numbered) used = hanging;
  const finish = () => {
    const height = ascent + descent > 0 ? (ascent + descent) * spacing : lineTwips(p.markSize) * spacing;
    lines.push({ height, ...(pageBefore ? { pageBefore } : {}) });
    ascent = 0;
    descent = 0;
    used = 0;
    pageBefore = false;
    first = false;
  };
  const grow = (size: number) => {
    const line = lineTwips(size);
    const below = size * 10 * DESCENT_PER_EM;
    ascent = Math.max(ascent, line - below);
    descent = Math.max(descent, below);
  };
  const pieces = p.pieces;
  const number = p.pageReference === undefined ? undefined : pageNumbers.get(p.pageReference);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    if (piece.kind === 'text') {
      const text = piece.text.trimEnd();
      const w = textTwips(text, piece.size, piece.bold);
      const full = text === piece.text ? w : w + textTwips(piece.text.slice(text.length), piece.size, piece.bold);
      if (used > 0 && used + w > room(first)) finish();
      if (w > room(first)) {
        // A word longer than the line breaks at any character.
        let part = '';
        for (const ch of text) {
          if (used + textTwips(part + ch, piece.size, piece.bold) > room(first) && part !== '') {
            used += textTwips(part, piece.size, piece.bold);
            grow(piece.size);
            finish();
            part = '';
          }
          part += ch;
        }
        used += textTwips(part, piece.size, piece.bold) + (full - w);
      } else {
        used += full;
      }
      grow(piece.size);
    } else if (piece.kind === 'tab') {
      if (p.rightTab !== undefined) {
        // A contents entry: its number ends at the right tab stop, on the line its title ends on.
        const numberWidth = number === undefined ? 0 : textTwips(number, p.markSize, false);
        const stop = p.rightTab - left;
        if (used + numberWidth > stop) {
          finish();
        }
        used = stop;
      } else {
        const stop = Math.floor(used / 720 + 1) * 720;
        if (stop > room(first)) finish();
        else used = stop;
      }
    } else if (piece.kind === 'break') {
      if (ascent === 0) grow(p.markSize);
      finish();
    } else if (piece.kind === 'page') {
      if (used > 0 || ascent > 0) finish();
      pageBefore = true;
    } else {
      if (used > 0 && used + piece.width > room(first)) finish();
      used += piece.width;
      // A picture stands on the baseline, the text's descent below it.
      ascent = Math.max(ascent, piece.height);
      descent = Math.max(descent, p.markSize * 10 * DESCENT_PER_EM);
    }
  }
  if (ascent > 0 || lines.length === 0 || pageBefore) finish();
  return lines;
};

/**
 * The lines of a paragraph that start a page when its first line goes at `y` (0 for the paragraph moving to the
 * next page whole), with widow and orphan control: a paragraph of two lines or more leaves at least two on each page.
 */
const lineBreaks = (lines: readonly Line[], y: number, top: number, bottom: number): Set<number> => {
  const breaks = new Set<number>();
  let at = y;
  let onPage = 0;
  let start = 0;
  for (let n = 0; n < lines.length; n++) {
    const h = lines[n]?.height ?? 0;
    if (lines[n]?.pageBefore && n > 0) {
      breaks.add(n);
      at = top;
      onPage = 0;
      start = n;
    }
    if (at + h > bottom && (onPage > 0 || n === 0)) {
      let k = n;
      if (lines.length >= 2) {
        // Not one line alone at the foot of a page, nor at the top of the next.
        if (n - start === 1 && start === 0) k = 0;
        else if (lines.length - n === 1 && n - start >= 2) k = n - 1;
        if (k - start === 1 && start === 0) k = 0;
      }
      breaks.add(k);
      at = top;
      for (let m = k; m < n; m++) at += lines[m]?.height ?? 0;
      onPage = n - k;
      start = k;
    }
    at += h;
    onPage++;
  }
  return breaks;
};

/** Where a cell's text goes on from, in a row that breaks across pages. */
interface CellPoint {
  paragraph: number;
  line: number;
}

/** What the layout lets a line or row overrun the page by, as docx's does. */
const TOLERANCE = 0.01;

interface Page {
  number: number;
  top: number;
  bottom: number;
  /** Where the next line goes. */
  y: number;
  /** Nothing placed on the page yet. */
  empty: boolean;
  first: boolean;
  /** The spacing after the paragraph before, which the next one's spacing before may take up. */
  after: number;
}

/**
 * Lays out the body; the page number each bookmark starts on. `pageNumbers` are those of the pass
 * before, for the width of the contents' numbers.
 */
const layout = (
  blocks: readonly Block[],
  last: Section,
  pageNumbers: ReadonlyMap<string, string>,
  laidOut: Map<Paragraph, { width: number; lines: Line[] }>,
): Map<string, string> => {
  const found = new Map<string, string>();
  // Each block is in the section its section's last paragraph (or the body) ends.
  const sectionOf: Section[] = [];
  {
    let pending = 0;
    blocks.forEach((b, i) => {
      if (b.kind === 'paragraph' && b.section) {
        for (let k = pending; k <= i; k++) sectionOf[k] = b.section;
        pending = i + 1;
      }
    });
    for (let k = pending; k < blocks.length; k++) sectionOf[k] = last;
  }
  let section = sectionOf[0] ?? last;
  const page: Page = {
    number: section.start ?? 1,
    top: section.top,
    bottom: section.height - section.bottom,
    y: section.top,
    empty: true,
    first: true,
    after: 0,
  };
  const newPage = () => {
    page.number += 1;
    page.top = section.top;
    page.bottom = section.height - section.bottom;
    page.y = page.top;
    page.empty = true;
    page.first = false;
    page.after = 0;
  };
  const textWidth = () => section.width - section.left - section.right;
  // The lines of a paragraph are those of the pass before, but a contents entry's, whose number may have changed.
  const entries = new Map<Paragraph, { width: number; lines: Line[] }>();
  const linesOf = (p: Paragraph, width: number): Line[] => {
    const cache = p.pageReference === undefined ? laidOut : entries;
    const known = cache.get(p);
    if (known?.width === width) return known.lines;
    const lines = paragraphLines(p, width, pageNumbers);
    cache.set(p, { width, lines });
    return lines;
  };

  const linesHeight = (p: Paragraph): number => linesOf(p, textWidth()).reduce((a, l) => a + l.height, 0);

  /**
   * Whether a block starting at `y`, after a paragraph's spacing, has its first line on this page: a paragraph
   * leaves no line alone at the foot of the page (widow and orphan control, on in Word unless a style turns it off).
   */
  const startsHere = (b: Block | undefined, y: number, after: number): boolean => {
    if (!b) return true;
    if (b.kind === 'table') return tableStartsHere(b, y + after);
    const lines = linesOf(b, textWidth());
    const top = y + Math.max(after, b.props.before);
    return !lineBreaks(lines, top, page.top, page.bottom).has(0);
  };
  /**
   * Whether a table starting at `y` starts on this page: its header rows go with the first row after them, all of it
   * when it is kept whole, or else its first line in each cell, as Word never leaves them alone at the foot of a page.
   */
  const tableStartsHere = (t: Table, y: number): boolean => {
    const headers = Math.max(
      0,
      t.rows.findIndex((r) => !r.header),
    );
    let height = t.rows.slice(0, headers).reduce((a, r, i) => a + rowHeight(t, r, i), 0);
    const row = t.rows[headers];
    if (row) {
      const breakBorder = headers < t.rows.length - 1 ? t.bottom : 0;
      if (row.whole) height += rowHeight(t, row, headers) + breakBorder;
      else {
        const first = Math.max(0, ...row.cells.map((c) => cellLines(t, c)[0]?.height ?? 0));
        height += (headers === 0 ? t.top : t.inside) + t.marginTop + first + t.marginBottom + breakBorder;
      }
    }
    return y + height <= page.bottom + TOLERANCE;
  };
  const cells = new Map<Cell, Line[]>();
  const cellLines = (t: Table, cell: Cell): Line[] => {
    const known = cells.get(cell);
    if (known) return known;
    const lines = cellParagraphLines(t, cell);
    cells.set(cell, lines);
    return lines;
  };
  /** A cell's lines, each with the spacing before it: the larger of the paragraph's before and the one before's after. */
  const cellParagraphLines = (t: Table, cell: Cell): Line[] => {
    let after = 0;
    const all: Line[] = [];
    cell.paragraphs.forEach((p, k) => {
      linesOf(p, cell.width - t.marginLeft - t.marginRight).forEach((l, n) =>
        all.push({ height: l.height + (n === 0 ? (k === 0 ? p.props.before : Math.max(after, p.props.before)) : 0) }),
      );
      after = p.props.after;
    });
    const lastLine = all[all.length - 1];
    if (lastLine) all[all.length - 1] = { height: lastLine.height + after };
    return all;
  };
  const rowHeight = (t: Table, row: Row, index: number): number =>
    (index === 0 ? t.top : t.inside) +
    t.marginTop +
    Math.max(0, ...row.cells.map((c) => cellLines(t, c).reduce((a, l) => a + l.height, 0))) +
    t.marginBottom +
    (index === t.rows.length - 1 ? t.bottom : 0);

  /**
   * Fills a cell's part of a row that breaks across pages from where its text goes on (`at`): the lines that fit in
   * `room`, each paragraph keeping to widow control, and the point it stops at. The spacing before a paragraph at the
   * top of a part on the next page is left out, as at the top of a page.
   */
  const fillCell = (
    t: Table,
    cell: Cell,
    at: CellPoint,
    room: number,
    firstPart: boolean,
  ): { used: number; lines: number; next: CellPoint } => {
    let used = 0;
    let placed = 0;
    let previousAfter: number | undefined;
    const width = cell.width - t.marginLeft - t.marginRight;
    for (let k = at.paragraph; k < cell.paragraphs.length; k++) {
      const p = cell.paragraphs[k];
      if (!p) continue;
      const from = k === at.paragraph ? at.line : 0;
      const heights = linesOf(p, width).map((l) => l.height);
      const space =
        from > 0
          ? 0
          : previousAfter === undefined
            ? firstPart
              ? p.props.before
              : 0
            : Math.max(previousAfter, p.props.before);
      let n = 0;
      let sum = space;
      while (n < heights.length - from) {
        const h = heights[from + n] ?? 0;
        const last = from + n === heights.length - 1;
        if (used + sum + h + (last ? p.props.after : 0) > room + TOLERANCE) break;
        sum += h;
        n++;
      }
      const rest = heights.length - from - n;
      if (rest > 0 && heights.length >= 2) {
        if (rest === 1 && n > 0) n--;
        if (from === 0 && n === 1) n = 0;
      }
      if (n > 0) {
        used += space + heights.slice(from, from + n).reduce((x, h) => x + h, 0);
        placed += n;
      }
      if (from + n < heights.length) return { used, lines: placed, next: { paragraph: k, line: from + n } };
      previousAfter = p.props.after;
    }
    return { used: used + (previousAfter ?? 0), lines: placed, next: { paragraph: cell.paragraphs.length, line: 0 } };
  };

  const placeTable = (t: Table) => {
    if (!page.empty) page.y += page.after;
    page.after = 0;
    if (!page.empty && t.rows.some((r) => r.header) && !tableStartsHere(t, page.y)) newPage();
    const headerCount = Math.max(
      0,
      t.rows.findIndex((r) => !r.header),
    );
    const headerHeight = t.rows.slice(0, headerCount).reduce((a, r, i) => a + rowHeight(t, r, i), 0);
    const pageForTable = () => {
      newPage();
      page.y += headerHeight;
      page.empty = false;
    };
    const lastRow = t.rows.length - 1;
    const margins = t.marginTop + t.marginBottom;
    t.rows.forEach((row, index) => {
      const h = rowHeight(t, row, index);
      // Where the table breaks after a row, its bottom border is drawn below it.
      const breakBorder = index < lastRow ? t.bottom : 0;
      if (page.y + h + breakBorder <= page.bottom + TOLERANCE || page.empty) {
        page.y += h;
        page.empty = false;
        return;
      }
      if (row.whole || index < headerCount) {
        if (index < headerCount) newPage();
        else pageForTable();
        page.y += h;
        page.empty = false;
        return;
      }
      // The row breaks between the lines of its cells, each cell taking the lines that fit, when each cell with text
      // left has a line on the page; it moves to the next page otherwise.
      const top = index === 0 ? t.top : t.inside;
      const bottom = index === lastRow ? t.bottom : 0;
      let points: CellPoint[] = row.cells.map(() => ({ paragraph: 0, line: 0 }));
      let firstPart = true;
      for (let guard = 0; guard < 10_000; guard++) {
        const room = page.bottom - page.y - top - bottom - breakBorder - margins;
        const filled = row.cells.map((c, k) => fillCell(t, c, points[k] ?? { paragraph: 0, line: 0 }, room, firstPart));
        const done = filled.every((f, k) => f.next.paragraph >= (row.cells[k]?.paragraphs.length ?? 0));
        const tallest = Math.max(0, ...filled.map((f) => f.used));
        if (done) {
          page.y += top + margins + tallest + bottom;
          page.empty = false;
          return;
        }
        const left = (k: number) => (points[k]?.paragraph ?? 0) < (row.cells[k]?.paragraphs.length ?? 0);
        const placesLines = filled.some((f) => f.lines > 0) && filled.every((f, k) => !left(k) || f.lines > 0);
        if (placesLines || page.empty) {
          page.y += top + margins + tallest + breakBorder;
          points = filled.map((f) => f.next);
          firstPart = false;
        }
        pageForTable();
      }
    });
  };

  let prevSection: Section | undefined = section;
  blocks.forEach((b, i) => {
    const s = sectionOf[i] ?? last;
    if (s !== prevSection) {
      section = s;
      newPage();
      if (s.start !== undefined) page.number = s.start;
      prevSection = s;
    }
    if (b.kind === 'table') {
      placeTable(b);
      return;
    }
    const p = b;
    if (p.props.pageBreakBefore && !page.empty) newPage();
    const lines = linesOf(p, textWidth());
    // Spacing between paragraphs is the larger of the one's after and the next one's before, and none at the
    // top of a page but the first.
    const spaceBefore = () => (page.empty ? (page.first ? p.props.before : 0) : Math.max(page.after, p.props.before));
    const own = lines.reduce((a, l) => a + l.height, 0);
    // Kept with the next: the paragraphs kept together, and the first line of the one after them.
    if (p.props.keepNext && !page.empty) {
      let y = page.y + spaceBefore() + own;
      let after = p.props.after;
      let k = i + 1;
      while (k < blocks.length) {
        const next = blocks[k];
        if (next?.kind === 'paragraph' && next.props.keepNext && !next.section && !next.props.pageBreakBefore) {
          y += Math.max(after, next.props.before) + linesHeight(next);
          after = next.props.after;
          k++;
        } else break;
      }
      const next = blocks[k];
      const broken = next?.kind === 'paragraph' && next.props.pageBreakBefore;
      const together = y <= page.bottom && (broken || sectionOf[k] !== s || startsHere(next, y, after));
      if (!together && y - page.y <= page.bottom - page.top) newPage();
    } else if (p.props.keepLines && !page.empty && page.y + spaceBefore() + own > page.bottom) {
      newPage();
    } else if (!page.empty && !startsHere(p, page.y, page.after)) {
      newPage();
    }
    const breaks = lineBreaks(lines, page.y + spaceBefore(), page.top, page.bottom);
    lines.forEach((line, n) => {
      if (n === 0) {
        if (line.pageBefore && !page.empty) newPage();
        page.y += spaceBefore();
      } else if (line.pageBefore || breaks.has(n)) newPage();
      page.y += line.height;
      if (n === 0) for (const name of p.bookmarks) found.set(name, String(page.number));
      page.empty = false;
      page.after = 0;
    });
    page.after = p.props.after;
  });
  return found;
};

/** The parts of a Word document the estimate reads, as text. */
export interface WordParts {
  /** word/document.xml */
  document: string;
  /** word/styles.xml */
  styles: string;
  /** word/header*.xml and word/footer*.xml */
  headers: readonly string[];
  footers: readonly string[];
}

/**
 * The page each bookmark of a document's body starts on, as Word lays the document out; undefined
 * when the document holds something this layout does not follow.
 */
export const estimateWordPages = (parts: WordParts): Map<string, string> | undefined => {
  try {
    const ctx = { ...readStyles(parts.styles), read: new Map<string, Paragraph>() };
    const { blocks, last } = readBody(parts.document, ctx);
    const sections = [last, ...blocks.flatMap((b) => (b.kind === 'paragraph' && b.section ? [b.section] : []))];
    const narrowest = Math.min(...sections.map((s) => s.width - s.left - s.right));
    const roomAbove = Math.min(...sections.map((s) => s.top - s.header));
    const roomBelow = Math.min(...sections.map((s) => s.bottom - s.footer));
    for (const header of parts.headers)
      if (partHeight(header, 'w:hdr', narrowest, ctx) > roomAbove) unsupported('a header taller than the margin');
    for (const footer of parts.footers)
      if (partHeight(footer, 'w:ftr', narrowest, ctx) > roomBelow) unsupported('a footer taller than the margin');
    const laidOut = new Map<Paragraph, { width: number; lines: Line[] }>();
    const first = layout(blocks, last, new Map(), laidOut);
    // Laid out again with the contents' numbers written, as they may make an entry wrap.
    return layout(blocks, last, first, laidOut);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
};
