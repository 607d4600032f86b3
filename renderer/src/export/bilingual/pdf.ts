import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import { PDF_BASE_STYLES, pdfHeading, renderPdf } from '../common/pdf';
import { type BuildControl, throwIfCancelled } from '../common/progress';
import type { BilingualDocument, BilingualGroup, ColumnBlock } from './model';

/** Units of progress for building the definition; pdfmake's rendering adds its own on top. */
const DEFINITION_UNITS = 10;

/** The register's margins: both documents, one or two languages, have the same page. */
const PAGE_MARGINS: [number, number, number, number] = [40, 50, 40, 50];
/** Room between a column's text and the rule between the columns. */
const GUTTER = 9;

/** A rule between the columns and under the languages' row, nothing else. */
const COLUMNS_LAYOUT: CustomTableLayout = {
  hLineWidth: (i) => (i === 1 ? 0.5 : 0),
  vLineWidth: (i) => (i === 1 ? 0.5 : 0),
  hLineColor: () => '#a6a6a6',
  vLineColor: () => '#a6a6a6',
  paddingLeft: (i) => (i === 0 ? 0 : GUTTER),
  paddingRight: (i) => (i === 0 ? GUTTER : 0),
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** The running header and the page footer of each language, on its side of the page (as common/pdf.ts draws them). */
const runningHeader = (text: string, alignment: 'left' | 'right'): Content => ({
  text,
  alignment,
  margin: [40, 18, 40, 0],
  fontSize: 8,
  color: '#555555',
});
const pageFooter = (text: string, alignment: 'left' | 'right'): Content => ({
  text,
  alignment,
  margin: [40, 10, 40, 0],
  fontSize: 8,
  color: '#555555',
});

const cellContent = (cell: readonly string[], bold: boolean): TableCell =>
  cell.length <= 1 ? { text: cell[0] ?? '', bold } : { ul: cell.map((line) => ({ text: line, bold })) };

/**
 * One column's blocks. Only the first language's headings go into the PDF outline: a bookmark list
 * in both languages would be a list in neither.
 */
const blockContent = (b: ColumnBlock, outline: boolean): Content[] => {
  switch (b.kind) {
    case 'title':
      return [{ text: b.text, style: 'title', margin: [0, 40, 0, 8] }];
    case 'subtitle':
      return [{ text: b.text, style: 'subtitle', margin: [0, 0, 0, 10] }];
    case 'heading':
      return [
        pdfHeading(b.text, b.level === 1 ? 'h1' : b.level === 2 ? 'h2' : 'h3', {
          tocItem: false,
          outline: outline && b.level < 3,
        }),
      ];
    case 'label':
      return [{ text: b.text, style: 'label', margin: [0, 6, 0, 2] }];
    case 'paragraph':
      return [{ text: b.text, margin: [0, 0, 0, 4], ...(b.muted ? { style: 'muted' } : {}) }];
    case 'bullets':
      return [{ ul: b.items.map((text) => ({ text })), margin: [4, 0, 0, 4] }];
    case 'table': {
      const header: TableCell[] = b.columns.map((c) => ({ text: c, style: 'tableHeader' }));
      const rows: TableCell[][] = b.rows.map((r) => r.map((cell, i) => cellContent(cell, i === 0 && b.rowHeaders)));
      return [
        ...(b.caption ? [{ text: b.caption, style: 'label', margin: [0, 4, 0, 4] } satisfies Content] : []),
        {
          table: {
            headerRows: 1,
            widths: b.widths?.length === b.columns.length ? [...b.widths] : b.columns.map(() => '*'),
            body: [header, ...rows],
          },
          layout: 'lightHorizontalLines',
          fontSize: 7.5,
          margin: [0, 0, 0, 8],
        },
      ];
    }
  }
};

const groupContent = (doc: BilingualDocument, group: BilingualGroup): Content[] => {
  const [left, right] = doc.sides;
  const body: TableCell[][] = [
    [
      { text: left.columnHeading, style: 'tableHeader' },
      { text: right.columnHeading, style: 'tableHeader' },
    ],
    ...group.rows.map((r): TableCell[] => [
      { stack: r.columns[0].flatMap((b) => blockContent(b, true)) },
      { stack: r.columns[1].flatMap((b) => blockContent(b, false)) },
    ]),
  ];
  const table: Content = {
    table: { headerRows: 1, widths: ['*', '*'], body },
    layout: COLUMNS_LAYOUT,
    margin: [0, 0, 0, 6],
  };
  // The break (and the turn of the page) on a node of its own: pdfmake sizes a table's columns on
  // the page it starts on, so the table must start on the landscape page, not before it.
  return group.pageBreakBefore
    ? [{ text: '', pageBreak: 'before', pageOrientation: group.orientation }, table]
    : [table];
};

/**
 * The bilingual document as PDF/A-1b: each group a two-column table (first language left, second
 * right) whose row naming the languages repeats on every page; the running header and the page
 * footer in each language on its side of the page.
 */
export const renderBilingualPdf = async (doc: BilingualDocument, control: BuildControl = {}): Promise<Uint8Array> => {
  throwIfCancelled(control.signal);
  control.onProgress?.(0, DEFINITION_UNITS + 100);
  const [left, right] = doc.sides;
  const content = doc.groups.flatMap((g) => groupContent(doc, g));
  throwIfCancelled(control.signal);
  return renderPdf(
    {
      pageSize: 'A4',
      pageMargins: PAGE_MARGINS,
      content,
      styles: {
        ...PDF_BASE_STYLES,
        title: { fontSize: 18, bold: true },
        h1: { fontSize: 13, bold: true, margin: [0, 4, 0, 6], color: '#1a3c6e' },
        h2: { fontSize: 11.5, bold: true, margin: [0, 4, 0, 4], color: '#1a3c6e' },
        h3: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 3] },
      },
      header: (currentPage: number): Content =>
        currentPage === 1
          ? { text: '' }
          : {
              columns: [runningHeader(left.runningHeader, 'left'), runningHeader(right.runningHeader, 'right')],
            },
      footer: (currentPage: number, pageCount: number): Content => ({
        columns: [
          pageFooter(left.pageOf(currentPage, pageCount), 'left'),
          pageFooter(right.pageOf(currentPage, pageCount), 'right'),
        ],
      }),
    },
    {
      title: doc.metadata.title,
      author: doc.metadata.author,
      subject: doc.metadata.subject,
      keywords: doc.metadata.keywords,
      language: left.language,
    },
    { ...control, progressBase: DEFINITION_UNITS },
  );
};
