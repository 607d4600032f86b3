/**
 * Allocation-free style look-ups for pdfmake's `StyleContextStack`.
 *
 * pdfmake measures every word with 22 `getStyleProperty` calls (font, bold, colour, decoration…).
 * Each call pushes the word on the style stack, runs a fresh closure, walks the stack with another
 * fresh closure and a fresh `Set` per named style, then pops: on a 2,000-page register that is
 * millions of short-lived objects, and a large share of the garbage-collection time. The versions
 * below give the same answer in the same order of precedence (the word itself, then its named
 * styles from last to first, then the stack from top to bottom, then the default style) without
 * touching the stack or allocating.
 */

type StyleValue = unknown;
type StyleObject = Record<string, StyleValue> & { extends?: string | string[]; style?: unknown; section?: unknown };
type StyleDictionary = Record<string, StyleObject | undefined> | null | undefined;

/** The fields of pdfmake's `StyleContextStack` the look-ups read. */
export interface StyleStack {
  styleDictionary: StyleDictionary;
  defaultStyle?: Record<string, StyleValue>;
  styleOverrides?: (string | StyleObject)[];
}

/** pdfmake's `isValue`: anything but `undefined` and `null` counts as set. */
const isValue = (value: StyleValue): boolean => value !== undefined && value !== null;
const isStyleName = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

/** A named style's property, following `extends` the way pdfmake does (last parent first, no cycles). */
const fromNamedStyle = (
  dictionary: StyleDictionary,
  name: string,
  property: string,
  visited: Set<string> | null,
): StyleValue => {
  if (visited?.has(name)) return undefined;
  const style = dictionary?.[name];
  if (!style) return undefined;
  const own = style[property];
  if (isValue(own)) return own;
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  seen.add(name);
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
  for (let i = parents.length - 1; i >= 0; i--) {
    const value = fromNamedStyle(dictionary, String(parents[i]), property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
};

/** Same result as pdfmake's `StyleContextStack.prototype.getProperty`. */
export function getProperty(this: StyleStack, property: string): StyleValue {
  const overrides = this.styleOverrides;
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const item = overrides[i];
      if (isStyleName(item)) {
        const value = fromNamedStyle(this.styleDictionary, String(item), property, null);
        if (isValue(value)) return value;
      } else if (item && isValue(item[property])) {
        return item[property];
      }
    }
  }
  return this.defaultStyle && this.defaultStyle[property];
}

/**
 * Same result as pdfmake's static `StyleContextStack.getStyleProperty(item, stack, property,
 * default)`, which pushes the item (its named styles, then the item) for the duration of one
 * `getProperty`.
 */
export const getStyleProperty = (
  item: StyleObject | string,
  stack: StyleStack | null | undefined,
  property: string,
  defaultValue: StyleValue,
): StyleValue => {
  if (!isStyleName(item)) {
    const own = item[property];
    if (isValue(own)) return own;
  }
  if (!stack) return defaultValue;
  // pdfmake's autopush pushes nothing for strings and for section nodes.
  if (!isStyleName(item) && item.section === undefined && item.style) {
    const names = Array.isArray(item.style) ? (item.style as unknown[]) : [item.style];
    for (let i = names.length - 1; i >= 0; i--) {
      const value = fromNamedStyle(stack.styleDictionary, String(names[i]), property, null);
      if (isValue(value)) return value;
    }
  }
  const value = getProperty.call(stack, property);
  return isValue(value) ? value : defaultValue;
};

/** Installs both look-ups on pdfmake's `StyleContextStack` class. */
export const installFastStyleLookups = (stackClass: { prototype: object }): void => {
  (stackClass as unknown as { getStyleProperty: typeof getStyleProperty }).getStyleProperty = getStyleProperty;
  (stackClass.prototype as { getProperty: typeof getProperty }).getProperty = getProperty;
};
