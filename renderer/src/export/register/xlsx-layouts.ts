/**
 * The authority template the workbook follows, chosen by the user: the CNIL simplified register
 * ("Liste des traitements") or the ICO controller documentation template. The template's own
 * headers stay verbatim; the values are in the export's language.
 *
 * Apart from the workbook builder (xlsx.ts) so that the command line checks --xlsx-layout
 * without loading exceljs.
 */
export const XLSX_LAYOUTS = ['cnil', 'ico'] as const;
export type XlsxLayout = (typeof XLSX_LAYOUTS)[number];
/** Without a choice, the template of the export language's authority: the CNIL's in French. */
export const defaultXlsxLayout = (language: string): XlsxLayout => (language === 'fr' ? 'cnil' : 'ico');
