/**
 * Cheaper style resolution when pdfmake measures the words of a text.
 *
 * pdfmake's `TextInlines.measure` resolves 23 style properties for every word, each by walking
 * the whole style stack (every enclosing node, its named styles, the default style) and
 * allocating a closure and a `Set` per named style on the way; on a register of 1,000
 * activities that is a fifth of the layout. The words of one text node carry the same style
 * properties (pdfmake's `TextBreaker` copies them onto each word), and the stack does not change
 * while one text is measured, so this does the same resolution once per run of identically
 * styled words and copies the values onto the next ones. The widths, cuts and heights are still
 * worked out per word, exactly as pdfmake does; the result is the same (a test compares both).
 */

/** A word as pdfmake's text breaker hands it to `measure` (its own style properties copied on). */
type Word = Record<string, unknown> & { text: string };

interface KitFontLike {
  lineHeight(size: number): number;
}

interface TextInlinesLike {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): KitFontLike };
  widthOfText(text: string, inline: Word): number;
}

interface StyleStackLike {
  constructor: {
    getStyleProperty(item: object, stack: StyleStackLike, property: string, defaultValue: unknown): unknown;
  };
}

type Measure = (this: TextInlinesLike, array: Word[], styleContextStack: StyleStackLike) => Word[];

/** What one resolution gives every word of the same style (pdfmake's names and values). */
interface Resolved {
  font: KitFontLike;
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: unknown;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
  lineHeight: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

/** Own keys that differ from word to word of one text and are no style: not compared. */
const isPerWord = (key: string): boolean =>
  key === 'text' || key === 'lineEnd' || key === 'noNewLine' || key === 'leadingCut' || key === 'leadingIndent';

/** The word's own style-bearing keys and values, before `measure` adds its own. */
interface OwnStyle {
  keys: string[];
  values: unknown[];
}

/** The word's own style-bearing keys and their values. */
const ownStyle = (word: Word): OwnStyle => {
  const keys = Object.keys(word).filter((key) => !isPerWord(key));
  return { keys, values: keys.map((key) => word[key]) };
};

/**
 * Whether the word has exactly the own style of the word before: its own keys in the same order
 * with the same values. Read without building the word's key list, as this runs for every word.
 */
const sameStyle = (word: Word, before: OwnStyle): boolean => {
  let i = 0;
  for (const key in word) {
    if (!Object.prototype.hasOwnProperty.call(word, key) || isPerWord(key)) continue;
    if (key !== before.keys[i] || word[key] !== before.values[i]) return false;
    i++;
  }
  return i === before.keys.length;
};

const LEADING = /^\s+/;
const TRAILING = /\s+$/;

/** Installs the faster `measure` on pdfmake's `TextInlines` prototype. */
export const installFastInlineMeasure = (textInlinesProto: object, enabled: () => boolean = () => true): void => {
  const proto = textInlinesProto as { measure: Measure };
  const measure = proto.measure;
  proto.measure = function fastMeasure(this: TextInlinesLike, array, styleContextStack) {
    if (!enabled() || !styleContextStack?.constructor?.getStyleProperty) {
      return measure.call(this, array, styleContextStack);
    }
    const { getStyleProperty } = styleContextStack.constructor;
    const first = array[0];
    if (first) {
      const leadingIndent = getStyleProperty(first, styleContextStack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        first.leadingCut = -leadingIndent;
        first.leadingIndent = leadingIndent;
      }
    }
    const resolve = (item: Word): Resolved => {
      const get = (property: string, fallback: unknown): unknown =>
        getStyleProperty(item, styleContextStack, property, fallback);
      // In pdfmake's order: the font first, then the rest.
      const font = this.pdfDocument.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false));
      const resolved: Resolved = {
        font,
        alignment: get('alignment', 'left'),
        fontSize: get('fontSize', 12) as number,
        fontFeatures: get('fontFeatures', null),
        characterSpacing: get('characterSpacing', 0),
        color: get('color', 'black'),
        decoration: get('decoration', null),
        decorationColor: get('decorationColor', null),
        decorationStyle: get('decorationStyle', null),
        decorationThickness: get('decorationThickness', null),
        background: get('background', null),
        link: get('link', null),
        linkToPage: get('linkToPage', null),
        linkToDestination: get('linkToDestination', null),
        noWrap: get('noWrap', null),
        opacity: get('opacity', 1),
        sup: get('sup', false),
        sub: get('sub', false),
        lineHeight: get('lineHeight', 1) as number,
        preserveLeadingSpaces: get('preserveLeadingSpaces', false),
        preserveTrailingSpaces: get('preserveTrailingSpaces', false),
      };
      // Superscript and subscript: pdfmake's own reduction.
      if (resolved.sup || resolved.sub) resolved.fontSize *= 0.58;
      return resolved;
    };
    let before: OwnStyle | undefined;
    let resolved: Resolved | undefined;
    for (const item of array) {
      if (!resolved || !before || !sameStyle(item, before)) {
        // Read before `resolve`, which may not add keys, and before this loop sets its own on the word.
        before = ownStyle(item);
        resolved = resolve(item);
      }
      // The same properties pdfmake's own \`measure\` sets.
      item.font = resolved.font;
      item.alignment = resolved.alignment;
      item.fontSize = resolved.fontSize;
      item.fontFeatures = resolved.fontFeatures;
      item.characterSpacing = resolved.characterSpacing;
      item.color = resolved.color;
      item.decoration = resolved.decoration;
      item.decorationColor = resolved.decorationColor;
      item.decorationStyle = resolved.decorationStyle;
      item.decorationThickness = resolved.decorationThickness;
      item.background = resolved.background;
      item.link = resolved.link;
      item.linkToPage = resolved.linkToPage;
      item.linkToDestination = resolved.linkToDestination;
      item.noWrap = resolved.noWrap;
      item.opacity = resolved.opacity;
      item.sup = resolved.sup;
      item.sub = resolved.sub;
      item.width = this.widthOfText(item.text, item);
      item.height = resolved.font.lineHeight(resolved.fontSize) * resolved.lineHeight;
      if (!item.leadingCut) item.leadingCut = 0;
      if (!resolved.preserveLeadingSpaces) {
        const leading = LEADING.exec(item.text);
        if (leading) item.leadingCut = (item.leadingCut as number) + this.widthOfText(leading[0], item);
      }
      item.trailingCut = 0;
      if (!resolved.preserveTrailingSpaces) {
        const trailing = TRAILING.exec(item.text);
        if (trailing) item.trailingCut = this.widthOfText(trailing[0], item);
      }
    }
    return array;
  };
};
