export { parseCsv, detectSeparator } from './csv';
export { readOds, parseContentXml, SpreadsheetReadError } from './ods';
export { readXlsx } from './xlsx';
export {
  readSpreadsheet,
  detectTable,
  type DetectedTable,
  type ReadSpreadsheetResult,
  type SpreadsheetReadFailure,
} from './spreadsheet';
export { decodeText, type DecodedText, type TextEncodingName } from './text-encoding';
export {
  suggestMapping,
  normaliseHeader,
  importOptions,
  namesTheActivity,
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
  type ImportOption,
} from './mapping';
export { previewImport, type ImportPreview, type ImportedActivity, type RowProblem } from './preview';
export { applyImport, type ApplyImportResult } from './apply';
export type { Sheet } from './sheet';
