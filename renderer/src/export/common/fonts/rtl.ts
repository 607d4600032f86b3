/**
 * Right-to-left words in the right visual order, line by line.
 *
 * pdfkit has no bidirectional layout. fontkit (inside pdfkit) does shape Arabic (joining forms,
 * ligatures) and draws the glyphs of an Arabic or Hebrew word right to left, but pdfmake places
 * the words of a line left to right in the order they were typed, so "حماية البيانات" would read
 * backwards word by word. This is the last step of the Unicode bidi algorithm (UAX #9, rule L2)
 * for a left-to-right paragraph, done after pdfmake has broken the lines: on each line, a
 * sequence of right-to-left words is mirrored within the space it occupies. The words keep their
 * order in the line's list (so the text extracted and the PDF's reading order stay logical) and
 * only their positions change; mirrored words no longer touch their list neighbours, so the line
 * merging of ../pdf/merge-inlines.ts leaves them as separate runs.
 *
 * Not done: right-to-left paragraphs (a whole Arabic document would still be left-aligned, lines
 * filled left to right), numbers inside right-to-left text keep their place among the words.
 */

/** Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended and presentation forms. */
const STRONG_RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;

interface Word {
  text: string;
  x: number;
  width: number;
  /** pdfmake's width of the word's trailing spaces (part of `width`). */
  trailingCut?: number;
}

interface PageWithLines {
  items: { type: string; item: unknown }[];
}

const isRightToLeft = (word: Word): boolean => STRONG_RIGHT_TO_LEFT.test(word.text);
const isNeutral = (word: Word): boolean => !LETTER.test(word.text);

/** Mirrors each run of right-to-left words (with the neutral words between them) within its span. */
export const mirrorRightToLeftWords = (words: readonly Word[]): void => {
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first || !isRightToLeft(first)) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < words.length; j++) {
      const word = words[j];
      if (!word) break;
      if (isRightToLeft(word)) last = j;
      else if (!isNeutral(word)) break;
    }
    if (last > i) {
      // What is mirrored is each word's ink (its width less its trailing space), within the span
      // from the first word's start to the last word's ink: the space after the run stays between
      // it and the next left-to-right word, and the spaces inside it stay between its words.
      const ink = (word: Word): number => word.width - (word.trailingCut ?? 0);
      const lastWord = words[last];
      const start = first.x;
      const end = lastWord ? lastWord.x + ink(lastWord) : start;
      for (let k = i; k <= last; k++) {
        const word = words[k];
        if (!word) continue;
        const inkStart = start + end - (word.x + ink(word));
        // fontkit draws a right-to-left word's glyphs reversed, its trailing space first (on the left).
        word.x = isRightToLeft(word) ? inkStart - (word.trailingCut ?? 0) : inkStart;
      }
    }
    i = last + 1;
  }
};

/** Applies {@link mirrorRightToLeftWords} to every text line of pdfmake's laid-out pages. */
export const mirrorRightToLeftLines = (pages: readonly PageWithLines[]): void => {
  for (const page of pages) {
    for (const entry of page.items) {
      if (entry.type !== 'line') continue;
      const line = entry.item as { inlines?: Word[] };
      if (line.inlines && line.inlines.length > 1) mirrorRightToLeftWords(line.inlines);
    }
  }
};
