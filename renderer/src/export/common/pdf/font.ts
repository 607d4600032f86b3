/**
 * Cheaper bookkeeping around pdfkit's `EmbeddedFont` text layout.
 *
 * pdfkit already shapes each word once per document with fontkit (its per-font `layoutCache`),
 * so the glyphs, kerning and ligatures of a word never change. What costs is the work around that
 * cache on every call: a character-by-character scan that allocates a small array per character,
 * `Array.concat` per word, and, when drawing, the glyph-id → hex conversion and subset bookkeeping
 * for every glyph of every occurrence. Here the same cached runs are used, their widths are
 * remembered per string, and each run's hex codes are worked out once. Calls with explicit
 * OpenType features (never made by DPO Desk) and fonts without the cache go to pdfkit's code.
 */

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** A shaped word as pdfkit caches it, plus the hex glyph codes this module adds once. */
interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
  dpoDeskHex?: string[];
}

/** The slice of pdfkit's `EmbeddedFont` used here. */
interface KitFont {
  layoutCache?: Record<string, Run>;
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  scale: number;
  layoutCached(text: string): Run;
  dpoDeskWidths?: Map<string, number>;
  /** Whether this font (one per document) takes the fast path, decided on its first use. */
  dpoDeskFast?: boolean;
}

type Layout = (
  text: string,
  features?: unknown,
  onlyWidth?: boolean,
) => { glyphs: Glyph[] | null; positions: Position[] | null; advanceWidth: number };
type Encode = (text: string, features?: unknown) => [string[], Position[]];
type WidthOfString = (text: string, size: number, features?: unknown) => number;

const SPACE = 0x20;
const TAB = 0x09;

/**
 * Calls `each` with the cached run of every word of `text`, cut exactly where pdfkit cuts: after
 * each space or tab (the separator stays with the word before it), and at the end.
 */
const forEachRun = (font: KitFont, text: string, each: (run: Run) => void): void => {
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB) {
      each(font.layoutCached(text.slice(last, i + 1)));
      last = i + 1;
    }
  }
  if (last < text.length) each(font.layoutCached(text.slice(last)));
};

/** The run's glyph codes as 4-digit hex, registering its glyphs in the subset on first use. */
const hexOf = (font: KitFont, run: Run): string[] => {
  if (run.dpoDeskHex) return run.dpoDeskHex;
  const hex: string[] = [];
  for (const glyph of run.glyphs) {
    const gid = font.subset.includeGlyph(glyph.id);
    hex.push(`0000${gid.toString(16)}`.slice(-4));
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
  }
  run.dpoDeskHex = hex;
  return hex;
};

/** Installs the faster `layout`, `encode` and `widthOfString` on pdfkit's `EmbeddedFont` prototype. */
export const installFastFontLayout = (fontProto: object, enabled: () => boolean = () => true): void => {
  const proto = fontProto as { layout: Layout; encode: Encode; widthOfString: WidthOfString };
  const { layout, encode, widthOfString } = proto;
  const fast = (font: KitFont): boolean => (font.dpoDeskFast ??= enabled());

  proto.layout = function fastLayout(this: KitFont, text, features, onlyWidth) {
    if (features || !this.layoutCache || !fast(this)) return layout.call(this, text, features, onlyWidth);
    const glyphs: Glyph[] | null = onlyWidth ? null : [];
    const positions: Position[] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    forEachRun(this, text, (run) => {
      if (glyphs && positions) {
        for (const g of run.glyphs) glyphs.push(g);
        for (const p of run.positions) positions.push(p);
      }
      advanceWidth += run.advanceWidth;
    });
    return { glyphs, positions, advanceWidth };
  };

  proto.encode = function fastEncode(this: KitFont, text, features) {
    if (features || !this.layoutCache || !fast(this)) return encode.call(this, text, features);
    const hex: string[] = [];
    const positions: Position[] = [];
    forEachRun(this, text, (run) => {
      for (const h of hexOf(this, run)) hex.push(h);
      for (const p of run.positions) positions.push(p);
    });
    return [hex, positions];
  };

  proto.widthOfString = function fastWidthOfString(this: KitFont, text, size, features) {
    if (features || !this.layoutCache || !fast(this)) return widthOfString.call(this, text, size, features);
    const widths = (this.dpoDeskWidths ??= new Map<string, number>());
    let width = widths.get(text);
    if (width === undefined) {
      width = 0;
      forEachRun(this, text, (run) => {
        width = (width ?? 0) + run.advanceWidth;
      });
      widths.set(text, width);
    }
    return (width * size) / 1000;
  };
};
