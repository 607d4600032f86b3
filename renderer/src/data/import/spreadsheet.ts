import { parseCsv } from './csv';
import { normaliseHeader, suggestMapping } from './mapping';
import { readOds, SpreadsheetReadError } from './ods';
import type { Sheet } from './sheet';
import { readXlsx } from './xlsx';

export type SpreadsheetKind = 'ods' | 'xlsx' | 'csv';

export type ReadSpreadsheetResult =
  | { ok: true; kind: SpreadsheetKind; sheets: Sheet[] }
  | { ok: false; error: { kind: 'unsupported' | 'unreadable'; message: string } };

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;

/** Reads an .ods, .xlsx or .csv file into sheets of text cells. Never throws. */
export const readSpreadsheet = async (bytes: Uint8Array, fileName: string): Promise<ReadSpreadsheetResult> => {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  try {
    if (ext === 'ods' || (isZip(bytes) && new TextDecoder().decode(bytes.subarray(30, 80)).includes('opendocument')))
      return { ok: true, kind: 'ods', sheets: readOds(bytes) };
    if (ext === 'xlsx' || isZip(bytes)) return { ok: true, kind: 'xlsx', sheets: await readXlsx(bytes) };
    if (ext === 'csv' || ext === 'txt') {
      const text = new TextDecoder('utf-8').decode(bytes);
      return { ok: true, kind: 'csv', sheets: [{ name: fileName, rows: parseCsv(text) }] };
    }
    return {
      ok: false,
      error: { kind: 'unsupported', message: 'Choose a spreadsheet saved as .ods, .xlsx or .csv.' },
    };
  } catch (e) {
    return {
      ok: false,
      error: {
        kind: 'unreadable',
        message: e instanceof SpreadsheetReadError ? e.message : 'The spreadsheet could not be read.',
      },
    };
  }
};

export interface DetectedTable {
  sheetName: string;
  /** Index (0-based) of the header row; data rows follow it. */
  headerRow: number;
  /** One header per column; a group label written above a column is joined to it ("Données sensibles ? — Oui/non"). */
  headers: string[];
  rows: string[][];
}

const knownCount = (headers: readonly string[]): number =>
  suggestMapping(headers).filter((m) => m.confidence === 'known').length;

/**
 * Finds the register table in a workbook: the sheet and row whose headers match the most
 * template labels. The CNIL list starts below an organisation block and has a row of column
 * groups above its header, which this handles.
 */
export const detectTable = (sheets: readonly Sheet[]): DetectedTable | null => {
  let best: (DetectedTable & { score: number }) | null = null;
  for (const sheet of sheets) {
    const limit = Math.min(sheet.rows.length, 40);
    for (let r = 0; r < limit; r++) {
      const row = sheet.rows[r] ?? [];
      const above = sheet.rows[r - 1] ?? [];
      const width = Math.max(row.length, above.length);
      const headers = Array.from({ length: width }, (_, c) =>
        [above[c] ?? '', row[c] ?? ''].filter((s) => s.trim() !== '').join(' — '),
      );
      const plain = Array.from({ length: width }, (_, c) => row[c] ?? '');
      const score = Math.max(knownCount(headers), knownCount(plain));
      if (score >= 2 && (!best || score > best.score)) {
        const useGroups = knownCount(headers) >= knownCount(plain) && above.some((c) => normaliseHeader(c) !== '');
        best = {
          score,
          sheetName: sheet.name,
          headerRow: r,
          headers: useGroups ? headers : plain,
          rows: sheet.rows.slice(r + 1),
        };
      }
    }
  }
  if (!best) return null;
  const { score: _score, ...table } = best;
  return table;
};
