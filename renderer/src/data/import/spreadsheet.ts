import { formatBytes, LimitExceededError, SPREADSHEET_LIMITS, type LimitName } from '../limits';
import { parseCsv } from './csv';
import { normaliseHeader, suggestMapping } from './mapping';
import { readOds, SpreadsheetReadError } from './ods';
import type { Sheet } from './sheet';
import { decodeText, type TextEncodingName } from './text-encoding';
import { readXlsx } from './xlsx';

export type SpreadsheetKind = 'ods' | 'xlsx' | 'csv';

export interface SpreadsheetReadFailure {
  kind: 'unsupported' | 'unreadable' | 'too-large';
  message: string;
  /** For 'too-large': the bound the file went over, and its value. */
  limit?: LimitName;
  max?: number;
}

export type ReadSpreadsheetResult =
  | {
      ok: true;
      kind: SpreadsheetKind;
      sheets: Sheet[];
      /** For a CSV: the encoding it was read in (the preview says so when it is not UTF-8). */
      encoding?: TextEncodingName;
    }
  | { ok: false; error: SpreadsheetReadFailure };

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;

/** Reads an .ods, .xlsx or .csv file into sheets of text cells. Never throws. */
export const readSpreadsheet = async (bytes: Uint8Array, fileName: string): Promise<ReadSpreadsheetResult> => {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const { maxFileBytes } = SPREADSHEET_LIMITS;
  if (bytes.byteLength > maxFileBytes)
    return {
      ok: false,
      error: {
        kind: 'too-large',
        limit: 'file-size',
        max: maxFileBytes,
        message: `This file is ${formatBytes(bytes.byteLength)}; DPO Desk imports spreadsheets of at most ${formatBytes(maxFileBytes)}. Split it into smaller files; nothing was imported.`,
      },
    };
  try {
    if (ext === 'ods' || (isZip(bytes) && new TextDecoder().decode(bytes.subarray(30, 80)).includes('opendocument')))
      return { ok: true, kind: 'ods', sheets: readOds(bytes) };
    if (ext === 'xlsx' || isZip(bytes)) return { ok: true, kind: 'xlsx', sheets: await readXlsx(bytes) };
    if (ext === 'csv' || ext === 'txt') {
      const decoded = decodeText(bytes);
      return {
        ok: true,
        kind: 'csv',
        sheets: [{ name: fileName, rows: parseCsv(decoded.text) }],
        encoding: decoded.encoding,
      };
    }
    return {
      ok: false,
      error: { kind: 'unsupported', message: 'Choose a spreadsheet saved as .ods, .xlsx or .csv.' },
    };
  } catch (e) {
    if (e instanceof LimitExceededError)
      return { ok: false, error: { kind: 'too-large', limit: e.limit, max: e.max, message: e.message } };
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
