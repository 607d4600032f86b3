import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import {
  buildDocxDocument,
  columnTwips,
  docxHeading,
  docxItemParagraphs,
  docxPageNumbers,
  docxTableOfContents,
  docxValueParagraphs,
  packDocx,
  textWidth,
} from '../common/docx';
import { progressSteps, type BuildControl } from '../common/progress';
import type { PolicyBlock, PolicyTableCell, PolicyViewModel } from './types';

const cellParagraphs = (cell: PolicyTableCell, bold: boolean): Paragraph[] =>
  cell.length === 0
    ? [new Paragraph('')]
    : cell.map(
        (line) =>
          new Paragraph({
            children: [new TextRun({ text: line, bold })],
            ...(cell.length > 1 ? { bullet: { level: 0 } } : {}),
          }),
      );

const tableOf = (b: Extract<PolicyBlock, { kind: 'table' }>): FileChild[] => [
  new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: b.caption, bold: true })] }),
  // Equal columns on a fixed grid, as in the PDF: Word and LibreOffice then break the lines alike.
  new Table({
    width: { size: textWidth('portrait'), type: WidthType.DXA },
    columnWidths: columnTwips(b.columns.length, textWidth('portrait')),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: b.columns.map(
          (c) => new TableCell({ children: cellParagraphs([c], true), shading: { fill: 'E8EEF7' } }),
        ),
      }),
      ...b.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((cell, i) => new TableCell({ children: cellParagraphs(cell, i === 0 && b.rowHeaders) })),
          }),
      ),
    ],
  }),
  new Paragraph(''),
];

const blockChildren = (b: PolicyBlock): FileChild[] => {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ text: b.text, spacing: { after: 100 } })];
    case 'subheading':
      return [docxHeading(b.text, 2)];
    case 'list':
      // A list of one value is a plain paragraph, as in the register.
      return b.items.length === 1
        ? [new Paragraph({ text: b.items[0] ?? '', spacing: { after: 100 } })]
        : docxValueParagraphs(b.items);
    case 'table':
      return tableOf(b);
  }
};

/**
 * The policy as an editable Word document, in the PDF's order: a cover (title, subtitle, the identity
 * block, dates), the contents with their page numbers, then one Heading 1 per section from a new page
 * (Word's own heading styles, so the navigation pane and the contents work).
 */
export const renderPolicyDocx = async (vm: PolicyViewModel, control: BuildControl = {}): Promise<Uint8Array> => {
  const progress = progressSteps(vm.sections.length + 1, control);
  // The cover carries the controller's identity block, as the register's does; the contents follow on their own page.
  const children: FileChild[] = [
    new Paragraph({ text: vm.title, heading: 'Title' }),
    new Paragraph({ children: [new TextRun({ text: vm.subtitle, size: 26 })], spacing: { after: 240 } }),
    ...vm.identity.flatMap(docxItemParagraphs),
    new Paragraph({ children: [new TextRun({ text: vm.labels.effectiveDate })], spacing: { before: 360 } }),
    new Paragraph({ children: [new TextRun({ text: vm.labels.generatedOn, color: '555555' })] }),
    new Paragraph({ text: '', pageBreakBefore: true }),
    ...docxTableOfContents(vm.labels.contents),
  ];
  for (const [i, s] of vm.sections.entries()) {
    children.push(docxHeading(s.heading, 1, i === 0), ...s.blocks.flatMap(blockChildren));
    progress.step();
  }
  const doc = buildDocxDocument({
    title: vm.metadata.title,
    subject: vm.metadata.subject,
    creator: vm.metadata.author,
    language: vm.language,
    wording: { page: vm.labels.page, of: vm.labels.of, header: `${vm.title} · ${vm.organisationName}` },
    sections: [{ orientation: 'portrait', titlePage: true, children }],
  });
  const bytes = await packDocx(doc, undefined, control.houseStyle, docxPageNumbers(control));
  progress.finish();
  return bytes;
};
