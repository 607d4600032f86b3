import type { Content, TableCell } from 'pdfmake/interfaces';
import { PDF_BASE_STYLES, pdfHeading, pdfRunningHeaderFooter, renderPdf } from '../common/pdf';
import { type BuildControl, throwIfCancelled } from '../common/progress';
import type { LogDocument, LogItem } from './document';

/** Units of progress for building the definition; pdfmake's rendering adds its own on top. */
const DEFINITION_UNITS = 20;

// A single value is printed as plain text: a bullet is for lists (a regulator reads "• Received" as a list of one).
const itemContent = (item: LogItem): Content[] => [
  { text: item.label, style: 'label', margin: [0, 6, 0, 2] },
  item.lines.length === 1
    ? { text: item.lines[0] ?? '', margin: [6, 0, 0, 0] }
    : { ul: item.lines.map((line) => ({ text: line })), margin: [6, 0, 0, 0] },
];

/** A log as PDF/A-1b, same content and order as the DOCX, one bookmark per entry. */
export const renderLogPdf = async (doc: LogDocument, control: BuildControl = {}): Promise<Uint8Array> => {
  throwIfCancelled(control.signal);
  control.onProgress?.(0, DEFINITION_UNITS + 100);
  const content: Content[] = [
    { text: doc.coverTitle, style: 'title' },
    { text: doc.articleLine, style: 'subtitle' },
    { text: doc.generatedLine },
    ...doc.coverNotes.map((note): Content => ({ text: note, margin: [0, 4, 0, 0] })),
  ];
  if (doc.summary) {
    const header: TableCell[] = doc.summary.table.columns.map((c) => ({ text: c, style: 'tableHeader' }));
    const rows: TableCell[][] = doc.summary.table.rows.map((r) => r.map((v) => ({ text: v })));
    content.push(
      {
        toc: { title: { text: doc.wording.contents, style: 'h1' }, numberStyle: { fontSize: 9.5 } },
        pageBreak: 'before',
      },
      { ...pdfHeading(doc.summary.heading, 'h1', { pageBreak: 'before' }), pageOrientation: 'landscape' },
      rows.length > 0
        ? {
            table: { headerRows: 1, widths: doc.summary.table.columns.map(() => '*'), body: [header, ...rows] },
            layout: 'lightHorizontalLines',
            fontSize: 8.5,
          }
        : { text: doc.noEntries },
    );
  }
  const breakFirst = doc.summary !== undefined;
  if (doc.entries.length === 0) {
    content.push({
      ...pdfHeading(doc.entriesHeading, 'h1', breakFirst ? { pageBreak: 'before' } : {}),
      pageOrientation: 'portrait',
    });
    content.push({ text: doc.noEntries });
  }
  doc.entries.forEach((entry, i) => {
    const heading = pdfHeading(entry.heading, 'h1', breakFirst || i > 0 ? { pageBreak: 'before' } : {});
    content.push(
      i === 0 && breakFirst ? { ...heading, pageOrientation: 'portrait' } : { ...heading, margin: [0, 12, 0, 10] },
    );
    for (const group of entry.groups)
      content.push(pdfHeading(group.heading, 'h2', { tocItem: false }), ...group.items.flatMap(itemContent));
  });
  throwIfCancelled(control.signal);
  return renderPdf(
    {
      pageSize: 'A4',
      pageMargins: [40, 50, 40, 50],
      content,
      styles: PDF_BASE_STYLES,
      ...pdfRunningHeaderFooter(doc.runningHeader, doc.wording.pageOf),
    },
    { title: doc.coverTitle, author: doc.organisationName, subject: doc.subject, language: doc.language },
    { ...control, progressBase: DEFINITION_UNITS },
  );
};
