import { unzipSync } from 'fflate';
import type { Sheet } from './sheet';

/**
 * Reads the sheets of an OpenDocument spreadsheet (the CNIL register template is one): a zip
 * whose content.xml holds the cells. A small tokenizer instead of DOMParser, so the same code
 * runs in Node tests, workers and browsers.
 */
export const readOds = (bytes: Uint8Array): Sheet[] => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'content.xml' || f.name === 'mimetype' });
  } catch {
    throw new SpreadsheetReadError('This file is not a readable OpenDocument spreadsheet (the zip is damaged).');
  }
  const content = files['content.xml'];
  if (!content) throw new SpreadsheetReadError('This OpenDocument file has no content.xml: it is not a spreadsheet.');
  return parseContentXml(new TextDecoder().decode(content));
};

export class SpreadsheetReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetReadError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });

const attrsOf = (raw: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    out.set(m[1]!, decodeEntities(m[3] ?? m[4] ?? ''));
  return out;
};

/** Spreadsheets repeat empty rows and cells up to a million times: they are not materialised. */
const MAX_REPEAT = 1000;
const trimEnd = (cells: string[]): string[] => {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n--;
  return cells.slice(0, n);
};

export const parseContentXml = (xml: string): Sheet[] => {
  const sheets: Sheet[] = [];
  let sheet: Sheet | null = null;
  let row: string[] | null = null;
  let rowRepeat = 1;
  let cell: string | null = null;
  let cellRepeat = 1;
  let cellDate: string | null = null;
  let paragraphs = 0;
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const [, closing, name, rawAttrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (cell !== null) cell += decodeEntities(text);
      continue;
    }
    if (name === undefined) continue;
    const attrs = rawAttrs ? attrsOf(rawAttrs) : new Map<string, string>();
    const repeat = (key: string): number => Math.min(MAX_REPEAT, Math.max(1, Number(attrs.get(key) ?? '1') || 1));
    if (name === 'table:table') {
      if (closing) {
        if (sheet) {
          while (sheet.rows.length > 0 && sheet.rows[sheet.rows.length - 1]!.length === 0) sheet.rows.pop();
          sheets.push(sheet);
        }
        sheet = null;
      } else sheet = { name: attrs.get('table:name') ?? `Sheet ${sheets.length + 1}`, rows: [] };
    } else if (name === 'table:table-row') {
      if (closing || selfClosing) {
        if (sheet) {
          const done = trimEnd(row ?? []);
          for (let i = 0; i < rowRepeat; i++) sheet.rows.push([...done]);
        }
        row = null;
      }
      if (!closing && !selfClosing) {
        row = [];
        rowRepeat = repeat('table:number-rows-repeated');
      }
    } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      if (!closing) {
        cell = '';
        paragraphs = 0;
        cellRepeat = repeat('table:number-columns-repeated');
        const date = attrs.get('office:date-value');
        cellDate = attrs.get('office:value-type') === 'date' && date ? date.slice(0, 10) : null;
      }
      if (closing || selfClosing) {
        const value = cellDate ?? cell ?? '';
        for (let i = 0; i < cellRepeat; i++) row?.push(value);
        cell = null;
        cellDate = null;
      }
    } else if (cell !== null && !closing) {
      if (name === 'text:p' || name === 'text:h') {
        if (paragraphs++ > 0) cell += '\n';
      } else if (name === 'text:s') cell += ' '.repeat(Math.min(MAX_REPEAT, Number(attrs.get('text:c') ?? '1') || 1));
      else if (name === 'text:tab') cell += '\t';
      else if (name === 'text:line-break') cell += '\n';
    }
  }
  return sheets;
};
