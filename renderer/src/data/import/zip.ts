import { Inflate } from 'fflate';
import { formatBytes, formatCount, LimitExceededError, SPREADSHEET_LIMITS } from '../limits';
import { SpreadsheetReadError } from './errors';

/**
 * A zip reader that never trusts what a zip says about itself. Sizes written in the directory
 * can lie (a zip bomb declares 1 KB and unpacks to 2 GB), so entries are inflated a few KB of
 * input at a time and reading stops the moment the bytes actually produced pass a bound: memory
 * grows with what is allowed, not with what the file asks for.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two methods spreadsheets use. */
  method: number;
  compressedSize: number;
  /** Where the entry's (compressed) bytes start in the file. */
  dataOffset: number;
}

const DAMAGED = 'The zip inside this file is damaged or cut short; nothing was imported.';
/** Input fed to the inflater per step: at deflate's ~1,030× ceiling, one step yields at most ~4 MB. */
const INPUT_STEP = 4096;

const u16 = (b: Uint8Array, at: number): number => {
  if (at + 2 > b.length) throw new SpreadsheetReadError(DAMAGED);
  return b[at]! | (b[at + 1]! << 8);
};
const u32 = (b: Uint8Array, at: number): number => {
  if (at + 4 > b.length) throw new SpreadsheetReadError(DAMAGED);
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
};

/** The entries listed in the zip's central directory (bounded in number), with where their data starts. */
export const listZipEntries = (bytes: Uint8Array): ZipEntry[] => {
  // The end-of-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new SpreadsheetReadError(DAMAGED);
  const count = u16(bytes, eocd + 10);
  const { maxZipEntries } = SPREADSHEET_LIMITS;
  if (count > maxZipEntries)
    throw new LimitExceededError(
      'zip-entries',
      maxZipEntries,
      `This file holds ${formatCount(count)} packed parts; a spreadsheet has at most ${formatCount(maxZipEntries)}. Nothing was imported.`,
    );
  const entries: ZipEntry[] = [];
  let at = u32(bytes, eocd + 16);
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new SpreadsheetReadError(DAMAGED);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    if (at + 46 + nameLength > bytes.length) throw new SpreadsheetReadError(DAMAGED);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (u32(bytes, localOffset) !== 0x04034b50) throw new SpreadsheetReadError(DAMAGED);
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) throw new SpreadsheetReadError(DAMAGED);
    entries.push({ name, method, compressedSize, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};

/** What has been unpacked so far from one file, shared by all its entries. */
export interface UnpackBudget {
  used: number;
}

const tooLarge = (): LimitExceededError =>
  new LimitExceededError(
    'unpacked-size',
    SPREADSHEET_LIMITS.maxUnpackedBytes,
    `This spreadsheet unpacks to more than ${formatBytes(SPREADSHEET_LIMITS.maxUnpackedBytes)}, more than DPO Desk reads from one file (it may be a "zip bomb"). Nothing was imported.`,
  );

/** Inflates one entry, stopping as soon as the total unpacked or the entry's ratio passes its bound. */
export const inflateEntry = (bytes: Uint8Array, entry: ZipEntry, budget: UnpackBudget): Uint8Array => {
  const { maxUnpackedBytes, maxEntryRatio, ratioFloorBytes } = SPREADSHEET_LIMITS;
  const packed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (budget.used + packed.length > maxUnpackedBytes) throw tooLarge();
    budget.used += packed.length;
    return packed.slice();
  }
  if (entry.method !== 8)
    throw new SpreadsheetReadError(
      'This file uses a zip compression that spreadsheets do not use; nothing was imported.',
    );
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (budget.used > maxUnpackedBytes) throw tooLarge();
    if (produced > ratioFloorBytes && produced > maxEntryRatio * Math.max(1, entry.compressedSize))
      throw new LimitExceededError(
        'entry-ratio',
        maxEntryRatio,
        `The part "${entry.name.slice(0, 60)}" of this file unpacks to more than ${maxEntryRatio} times its packed size, which no spreadsheet does (it may be a "zip bomb"). Nothing was imported.`,
      );
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < packed.length; i += INPUT_STEP)
      inflater.push(packed.subarray(i, i + INPUT_STEP), i + INPUT_STEP >= packed.length);
    if (packed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof LimitExceededError) throw e;
    throw new SpreadsheetReadError(DAMAGED);
  }
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
};

/**
 * Element nesting of an XML document, scanned on its bytes (no string is built): an open tag
 * deepens, a close tag or "/>" comes back up; comments, processing instructions and quoted
 * attribute values are skipped. Throws once `maxXmlDepth` is passed.
 */
export const checkXmlDepth = (xml: Uint8Array, where: string): void => {
  const { maxXmlDepth } = SPREADSHEET_LIMITS;
  let depth = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    if (xml[i] !== 0x3c) {
      i++;
      continue;
    }
    const next = xml[i + 1];
    if (next === 0x3f || next === 0x21) {
      // <?…?> or <!…> (comments, CDATA, doctype): skip to the next ">" — nothing nests inside.
      while (i < n && xml[i] !== 0x3e) i++;
      i++;
      continue;
    }
    const closing = next === 0x2f;
    let quote = 0;
    let j = i + 1;
    for (; j < n; j++) {
      const c = xml[j]!;
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e) break;
    }
    const selfClosing = xml[j - 1] === 0x2f;
    if (closing) depth--;
    else if (!selfClosing) {
      depth++;
      if (depth > maxXmlDepth)
        throw new LimitExceededError(
          'xml-depth',
          maxXmlDepth,
          `The XML of ${where} nests deeper than ${maxXmlDepth} levels, which no spreadsheet does. Nothing was imported.`,
        );
    }
    i = j + 1;
  }
};

/**
 * Reads the entries of a zip that `wanted` keeps, each inflated under the shared bounds; XML parts
 * are also checked for nesting. Every entry kept counts toward the unpacked total.
 */
export const readZipBounded = (bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> => {
  const budget: UnpackBudget = { used: 0 };
  const out = new Map<string, Uint8Array>();
  for (const entry of listZipEntries(bytes)) {
    if (!wanted(entry.name) || entry.name.endsWith('/')) continue;
    const data = inflateEntry(bytes, entry, budget);
    if (/\.(xml|rels)$/i.test(entry.name)) checkXmlDepth(data, entry.name.slice(0, 60));
    out.set(entry.name, data);
  }
  return out;
};
