import ExcelJS from 'exceljs';
import { SpreadsheetReadError } from './ods';
import type { Sheet } from './sheet';

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
};

/** Reads an Excel workbook (the ICO documentation template is one) with exceljs. */
export const readXlsx = async (bytes: Uint8Array): Promise<Sheet[]> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new SpreadsheetReadError('This file is not a readable Excel workbook (.xlsx).');
  }
  return workbook.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value).trim();
      });
      const filled = Array.from(cells, (c) => c ?? '');
      while (filled.length > 0 && filled[filled.length - 1] === '') filled.pop();
      rows[rowNumber - 1] = filled;
    });
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
  });
};
