/**
 * One text run per line instead of one per word.
 *
 * pdfmake lays text out word by word and its renderer draws every word on its own (opacity, fill
 * colour, font, `BT … Tm … Tf … TJ ET` wrapped in save/transform/restore: about ten content-stream
 * operators per word; pdfmake's own source leaves this as an open to-do note ("lines without differently styled inlines
 * should be written to pdf as one stream"). This joins, after layout and before drawing, the
 * neighbouring words of a line that look the same and touch each other, so pdfkit draws them as one
 * run. pdfkit lays a run out word by word too (it splits at spaces), so every glyph lands where it
 * did before; the content streams shrink several times and so does the work of writing them.
 *
 * Words are left alone when anything about them is drawn per word: links and in-document links
 * (one annotation each), page-number references (the table of contents fills them in while
 * drawing), decorations, backgrounds, superscript/subscript, character spacing, font features,
 * and gaps between words (justified text).
 */

/** A laid-out word as pdfmake's layout leaves it (the fields this module reads or writes). */
export interface LaidOutInline {
  text: string;
  x: number;
  width: number;
  font: unknown;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  trailingCut?: number;
  lineEnd?: boolean;
  characterSpacing?: number;
  fontFeatures?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  decoration?: unknown;
  background?: unknown;
  sup?: unknown;
  sub?: unknown;
  _pageNodeRef?: unknown;
  _pageRef?: unknown;
  _tocItemRef?: unknown;
}

interface LaidOutLine {
  inlines: LaidOutInline[];
  _pageNodeRef?: unknown;
}

interface LaidOutPage {
  items: { type: string; item: unknown }[];
}

/** Closer than this (in points, 1/72 inch) counts as touching: far below what anyone can see. */
const TOUCHING_TOLERANCE = 0.001;

const drawnAlone = (inline: LaidOutInline): boolean =>
  Boolean(
    inline.link ||
    inline.linkToPage ||
    inline.decoration ||
    inline.background ||
    inline.sup ||
    inline.sub ||
    inline.characterSpacing ||
    inline.fontFeatures ||
    inline._pageNodeRef ||
    inline._pageRef ||
    inline._tocItemRef,
  );

const canJoin = (run: LaidOutInline, next: LaidOutInline): boolean =>
  !drawnAlone(next) &&
  next.font === run.font &&
  next.fontSize === run.fontSize &&
  next.color === run.color &&
  next.opacity === run.opacity &&
  next.linkToDestination === run.linkToDestination &&
  Math.abs(run.x + run.width - next.x) < TOUCHING_TOLERANCE;

/** Joins the touching, identically styled words of one line; returns the line's new inline list. */
export const mergeLineInlines = (inlines: readonly LaidOutInline[]): LaidOutInline[] => {
  const merged: LaidOutInline[] = [];
  let run: LaidOutInline | null = null;
  for (const inline of inlines) {
    if (run && canJoin(run, inline)) {
      run.text += inline.text;
      run.width += inline.width;
      run.trailingCut = inline.trailingCut ?? 0;
      if (inline.lineEnd) run.lineEnd = true;
      continue;
    }
    // The run is a copy: pdfmake keeps the original words elsewhere (e.g. for repeated headers).
    run = drawnAlone(inline) ? null : { ...inline };
    merged.push(run ?? inline);
  }
  return merged;
};

/** Applies {@link mergeLineInlines} to every text line of pdfmake's laid-out pages. */
export const mergePageInlines = (pages: readonly LaidOutPage[]): void => {
  for (const page of pages) {
    for (const entry of page.items) {
      if (entry.type !== 'line') continue;
      const line = entry.item as LaidOutLine;
      // The first word of such a line is replaced by a page number while drawing.
      if (line._pageNodeRef || line.inlines.length < 2) continue;
      line.inlines = mergeLineInlines(line.inlines);
    }
  }
};
