/**
 * Which characters a TrueType/OpenType font has glyphs for, read from its `cmap` table (the
 * Unicode subtables, formats 4 and 12). Small and dependency-free, so the coverage of the bundled
 * fonts can be checked in tests and a font the user supplies can be vetted before it is stored.
 */

/** Inclusive code point ranges, sorted, as a flat list: [start0, end0, start1, end1, …]. */
export type CoverageRanges = number[];

export class FontFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontFileError';
  }
}

/** More tables than any real font has: a bound against a forged directory. */
const MAX_TABLES = 512;
const MAX_SUBTABLES = 64;
const MAX_GROUPS = 200_000;

const TRUE_TYPE = 0x00010000;
const OPEN_TYPE_CFF = 0x4f54544f; // 'OTTO'
const TRUE_TYPE_APPLE = 0x74727565; // 'true'

const tag = (view: DataView, at: number): string =>
  String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));

/** The offset and length of each table of the font, by tag. Throws a FontFileError for anything that is not a font. */
export const fontTables = (bytes: Uint8Array): Map<string, { offset: number; length: number }> => {
  if (bytes.byteLength < 12) throw new FontFileError('The file is too short to be a font.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== TRUE_TYPE && version !== OPEN_TYPE_CFF && version !== TRUE_TYPE_APPLE) {
    throw new FontFileError('The file is not a TrueType or OpenType font (.ttf, .otf).');
  }
  const count = view.getUint16(4);
  if (count > MAX_TABLES || 12 + count * 16 > bytes.byteLength)
    throw new FontFileError('The font’s table directory is damaged.');
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.byteLength)
      throw new FontFileError(`The font’s ${tag(view, at).trim()} table is cut short.`);
    tables.set(tag(view, at), { offset, length });
  }
  return tables;
};

const pushRange = (ranges: [number, number][], start: number, end: number): void => {
  if (end >= start) ranges.push([start, end]);
};

/** Sorts and merges overlapping or touching ranges into the flat form. */
export const mergeRanges = (ranges: [number, number][]): CoverageRanges => {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const flat: CoverageRanges = [];
  for (const [start, end] of sorted) {
    const last = flat.length - 1;
    if (last > 0 && start <= (flat[last] ?? -2) + 1) flat[last] = Math.max(flat[last] ?? end, end);
    else flat.push(start, end);
  }
  return flat;
};

/**
 * The characters mapped to a real glyph (not glyph 0) by the font's Unicode cmap subtables.
 * Format 4 ranges whose glyph ids are computed through `idRangeOffset` are read glyph by glyph.
 */
export const fontCoverage = (bytes: Uint8Array): CoverageRanges => {
  const cmap = fontTables(bytes).get('cmap');
  if (!cmap) throw new FontFileError('The font has no character map (cmap table).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const base = cmap.offset;
  const subtables = Math.min(view.getUint16(base + 2), MAX_SUBTABLES);
  const ranges: [number, number][] = [];
  let found = false;
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(base + 4 + i * 8);
    const encoding = view.getUint16(base + 6 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const at = base + view.getUint32(base + 8 + i * 8);
    if (at + 4 > bytes.byteLength) throw new FontFileError('The font’s character map is damaged.');
    const format = view.getUint16(at);
    if (format === 4) {
      found = true;
      const segments = view.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      if (rangeOffsets + segments * 2 > bytes.byteLength)
        throw new FontFileError('The font’s character map is damaged.');
      for (let s = 0; s < segments; s++) {
        const end = view.getUint16(ends + s * 2);
        const start = view.getUint16(starts + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        const rangeOffset = view.getUint16(rangeOffsets + s * 2);
        if (start === 0xffff) continue;
        if (rangeOffset === 0) {
          // glyph = (c + delta) mod 65536; only the one character that lands on glyph 0 is missing.
          const zeroAt = (0x10000 - delta) & 0xffff;
          if (zeroAt >= start && zeroAt <= end) {
            pushRange(ranges, start, zeroAt - 1);
            pushRange(ranges, zeroAt + 1, end);
          } else pushRange(ranges, start, end);
          continue;
        }
        for (let c = start; c <= end; c++) {
          const glyphAt = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
          if (glyphAt + 2 > bytes.byteLength) break;
          if (view.getUint16(glyphAt) !== 0) pushRange(ranges, c, c);
        }
      }
    } else if (format === 12) {
      found = true;
      const groups = view.getUint32(at + 12);
      if (groups > MAX_GROUPS || at + 16 + groups * 12 > bytes.byteLength) {
        throw new FontFileError('The font’s character map is damaged.');
      }
      for (let g = 0; g < groups; g++) {
        const start = view.getUint32(at + 16 + g * 12);
        const end = view.getUint32(at + 20 + g * 12);
        const glyph = view.getUint32(at + 24 + g * 12);
        pushRange(ranges, glyph === 0 ? start + 1 : start, end);
      }
    }
  }
  if (!found) throw new FontFileError('The font has no Unicode character map.');
  return mergeRanges(ranges);
};

/** Whether `codePoint` lies in the flat sorted ranges (binary search). */
export const covers = (ranges: CoverageRanges, codePoint: number): boolean => {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = ranges[mid * 2] ?? 0;
    const end = ranges[mid * 2 + 1] ?? -1;
    if (codePoint < start) high = mid - 1;
    else if (codePoint > end) low = mid + 1;
    else return true;
  }
  return false;
};

/** The characters both range lists cover (a family's coverage is what all its faces have). */
export const intersectRanges = (a: CoverageRanges, b: CoverageRanges): CoverageRanges => {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i] ?? 0, b[j] ?? 0);
    const end = Math.min(a[i + 1] ?? 0, b[j + 1] ?? 0);
    if (start <= end) out.push([start, end]);
    if ((a[i + 1] ?? 0) < (b[j + 1] ?? 0)) i += 2;
    else j += 2;
  }
  return mergeRanges(out);
};
