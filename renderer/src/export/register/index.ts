export { buildRegisterViewModel, retentionRule } from './view-model';
export type { RegisterKind, RegisterOptions, RegisterItem, RegisterViewModel, RegisterActivityVm } from './view-model';
export { renderRegisterDocx } from './docx';
export { renderRegisterPdf } from './pdf';
export { registerT } from './wording';
export {
  renderRegisterXlsx,
  CNIL_LIST_COLUMNS,
  ICO_COLUMNS,
  ICO_HEADER_ROW,
  XLSX_LAYOUTS,
  defaultXlsxLayout,
  type XlsxLayout,
} from './xlsx';
