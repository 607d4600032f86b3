import ExcelJS from 'exceljs';
import { SheetBounds, SpreadsheetReadError } from './ods';
import type { Sheet } from './sheet';
import { readZipBounded } from './zip';

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return '';
  }
  return String(value);
};

const NOT_XLSX = 'This file is not a readable Excel workbook (.xlsx).';

/**
 * Reads an Excel workbook (the ICO documentation template is one) with exceljs. exceljs unpacks
 * every part whole, so the zip is first inflated under SPREADSHEET_LIMITS (entries, unpacked
 * bytes, ratio, XML nesting) by our own bounded reader: only a file that passes reaches exceljs.
 */
export const readXlsx = async (bytes: Uint8Array): Promise<Sheet[]> => {
  try {
    readZipBounded(bytes, () => true);
  } catch (e) {
    if (e instanceof SpreadsheetReadError) throw new SpreadsheetReadError(NOT_XLSX);
    throw e;
  }
  const bounds = new SheetBounds();
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy of exactly the file's bytes, on an ArrayBuffer of its own.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new SpreadsheetReadError(NOT_XLSX);
  }
  return workbook.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      // Row numbers are the file's word: bounded before the sparse array is filled up to them.
      bounds.addRow(rowNumber, 0);
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const text = cellText(cell.value).trim();
        bounds.checkCell(text.length);
        bounds.checkWidth(col);
        cells[col - 1] = text;
      });
      const filled = Array.from(cells, (c) => c ?? '');
      while (filled.length > 0 && filled[filled.length - 1] === '') filled.pop();
      bounds.addRow(rowNumber, filled.length);
      rows[rowNumber - 1] = filled;
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
};
