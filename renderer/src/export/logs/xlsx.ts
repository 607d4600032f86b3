import ExcelJS from 'exceljs';
import { progressSteps, type BuildControl } from '../common/progress';
import { fixFontOrder } from '../register/xlsx';
import { entryItems, type LogDocument } from './document';

/**
 * A log as a workbook: the summary table on its first sheet (one row per entry, as in the DOCX and
 * PDF), and every item of every entry on a second sheet, one row per entry and one column per item,
 * so a DPO can filter and pivot (per right, per outcome, per month).
 */
export const renderLogXlsx = async (doc: LogDocument, control: BuildControl = {}): Promise<Uint8Array> => {
  const progress = progressSteps(doc.entries.length + 1, control);
  const book = new ExcelJS.Workbook();
  book.creator = 'DPO Desk';
  book.title = doc.coverTitle;
  book.subject = doc.subject;

  const summary = book.addWorksheet(doc.sheets.summary);
  summary.addRow([doc.coverTitle]).font = { bold: true, size: 14 };
  summary.addRow([doc.articleLine]);
  summary.addRow([doc.generatedLine]);
  for (const note of doc.coverNotes) summary.addRow([note]);
  summary.addRow([]);
  if (doc.summary) {
    summary.addRow(doc.summary.table.columns).font = { bold: true };
    for (const row of doc.summary.table.rows) summary.addRow(row);
    if (doc.summary.table.rows.length === 0) summary.addRow([doc.noEntries]);
  }
  summary.columns.forEach((c) => {
    c.width = 28;
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  progress.step();

  const details = book.addWorksheet(doc.sheets.details);
  // Entries may hold different items (two notifications, no exemption…): one column per key met, in order.
  const columns = new Map<string, string>();
  for (const entry of doc.entries)
    for (const item of entryItems(entry)) if (!columns.has(item.key)) columns.set(item.key, item.label);
  details.addRow(['', ...columns.values()]).font = { bold: true };
  for (const entry of doc.entries) {
    const byKey = new Map(entryItems(entry).map((i) => [i.key, i.lines.join('\n')]));
    details.addRow([entry.heading, ...[...columns.keys()].map((key) => byKey.get(key) ?? '')]);
    progress.step();
  }
  details.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  details.columns.forEach((c) => {
    c.width = 30;
    c.alignment = { wrapText: true, vertical: 'top' };
  });

  const buffer = await book.xlsx.writeBuffer();
  progress.finish();
  return fixFontOrder(new Uint8Array(buffer));
};
