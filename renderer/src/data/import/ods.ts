import { formatCount, LimitExceededError, SPREADSHEET_LIMITS } from '../limits';
import { SpreadsheetReadError } from './errors';
import type { Sheet } from './sheet';
import { readZipBounded } from './zip';

export { SpreadsheetReadError } from './errors';

/**
 * Reads the sheets of an OpenDocument spreadsheet (the CNIL register template is one): a zip
 * whose content.xml holds the cells. A small tokenizer instead of DOMParser, so the same code
 * runs in Node tests, workers and browsers.
 */
export const readOds = (bytes: Uint8Array): Sheet[] => {
  // Bounded: the zip's parts are inflated under SPREADSHEET_LIMITS, never whole first.
  let files: Map<string, Uint8Array>;
  try {
    files = readZipBounded(bytes, (name) => name === 'content.xml');
  } catch (e) {
    if (e instanceof SpreadsheetReadError)
      throw new SpreadsheetReadError('This file is not a readable OpenDocument spreadsheet (the zip is damaged).');
    throw e;
  }
  const content = files.get('content.xml');
  if (!content) throw new SpreadsheetReadError('This OpenDocument file has no content.xml: it is not a spreadsheet.');
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new SpreadsheetReadError(
      'The content of this OpenDocument file is not valid UTF-8 text; nothing was imported.',
    );
  }
  return parseContentXml(xml);
};

/** Counts what a workbook materialises and stops at SPREADSHEET_LIMITS (rows, cells, cell length). */
export class SheetBounds {
  private cells = 0;
  addRow(rowsInSheet: number, cellsInRow: number): void {
    const { maxRows, maxCells } = SPREADSHEET_LIMITS;
    if (rowsInSheet > maxRows)
      throw new LimitExceededError(
        'rows',
        maxRows,
        `This sheet has more than ${formatCount(maxRows)} rows, more than DPO Desk imports at once. Split it into smaller files; nothing was imported.`,
      );
    this.cells += cellsInRow;
    if (this.cells > maxCells)
      throw new LimitExceededError(
        'cells',
        maxCells,
        `This spreadsheet has more than ${formatCount(maxCells)} cells, more than DPO Desk imports at once. Split it into smaller files; nothing was imported.`,
      );
  }
  /** A row being built, before it counts: one row may not hold more than all cells allowed. */
  checkWidth(cellsInRow: number): void {
    if (this.cells + cellsInRow > SPREADSHEET_LIMITS.maxCells) this.addRow(0, cellsInRow);
  }
  checkCell(length: number): void {
    const { maxCellChars } = SPREADSHEET_LIMITS;
    if (length > maxCellChars)
      throw new LimitExceededError(
        'cell-length',
        maxCellChars,
        `A cell of this spreadsheet holds more than ${formatCount(maxCellChars)} characters (the most a spreadsheet cell can hold). Nothing was imported.`,
      );
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      // An out-of-range reference is kept as written rather than failing the whole file.
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
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

/**
 * Empty rows and cells are kept as counts and materialised only when something follows them, so
 * the trailing "repeated a million times" blocks LibreOffice writes cost nothing and do not count
 * toward the bounds.
 */
export const parseContentXml = (xml: string, bounds: SheetBounds = new SheetBounds()): Sheet[] => {
  const { maxXmlDepth } = SPREADSHEET_LIMITS;
  const sheets: Sheet[] = [];
  let depth = 0;
  let pendingEmptyRows = 0;
  let pendingEmptyCells = 0;
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
      if (cell !== null) {
        cell += decodeEntities(text);
        bounds.checkCell(cell.length);
      }
      continue;
    }
    if (name === undefined) continue;
    if (closing) depth--;
    else if (!selfClosing && ++depth > maxXmlDepth)
      throw new LimitExceededError(
        'xml-depth',
        maxXmlDepth,
        `The XML of this spreadsheet nests deeper than ${maxXmlDepth} levels, which no spreadsheet does. Nothing was imported.`,
      );
    const attrs = rawAttrs ? attrsOf(rawAttrs) : new Map<string, string>();
    const repeat = (key: string): number => Math.min(MAX_REPEAT, Math.max(1, Number(attrs.get(key) ?? '1') || 1));
    if (name === 'table:table') {
      if (closing) {
        if (sheet) sheets.push(sheet);
        sheet = null;
      } else {
        sheet = { name: attrs.get('table:name') ?? `Sheet ${sheets.length + 1}`, rows: [] };
        pendingEmptyRows = 0;
      }
    } else if (name === 'table:table-row') {
      if (closing || selfClosing) {
        const done = row ?? [];
        if (sheet && done.length === 0) pendingEmptyRows += rowRepeat;
        else if (sheet) {
          for (; pendingEmptyRows > 0; pendingEmptyRows--) {
            sheet.rows.push([]);
            bounds.addRow(sheet.rows.length, 0);
          }
          for (let i = 0; i < rowRepeat; i++) {
            sheet.rows.push([...done]);
            bounds.addRow(sheet.rows.length, done.length);
          }
        }
        row = null;
      }
      if (!closing && !selfClosing) {
        row = [];
        pendingEmptyCells = 0;
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
        if (row && value === '') pendingEmptyCells += cellRepeat;
        else if (row) {
          // A row wider than the cell bound is refused before it is built.
          bounds.checkWidth(row.length + pendingEmptyCells + cellRepeat);
          for (; pendingEmptyCells > 0; pendingEmptyCells--) row.push('');
          for (let i = 0; i < cellRepeat; i++) row.push(value);
        }
        cell = null;
        cellDate = null;
      }
    } else if (cell !== null && !closing) {
      if (name === 'text:p' || name === 'text:h') {
        if (paragraphs++ > 0) cell += '\n';
      } else if (name === 'text:s') cell += ' '.repeat(Math.min(MAX_REPEAT, Number(attrs.get('text:c') ?? '1') || 1));
      else if (name === 'text:tab') cell += '\t';
      else if (name === 'text:line-break') cell += '\n';
      bounds.checkCell(cell.length);
    }
  }
  return sheets;
};
