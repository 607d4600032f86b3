import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { buildDocxDocument, docxHeading, docxTableOfContents, packDocx } from '../common/docx';
import { progressSteps, type BuildControl } from '../common/progress';
import type { RegisterItem, RegisterTable, RegisterViewModel } from './view-model';

const itemParagraphs = (item: RegisterItem): Paragraph[] => [
  new Paragraph({
    keepNext: true,
    spacing: { before: 120 },
    children: [new TextRun({ text: item.label, bold: true })],
  }),
  ...item.lines.map((line) => new Paragraph({ text: line, bullet: { level: 0 } })),
];

const cellParagraphs = (value: string, bold = false): Paragraph[] =>
  value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));

const summaryTable = (table: RegisterTable): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: table.columns.map(
          (c) => new TableCell({ children: cellParagraphs(c, true), shading: { fill: 'E8EEF7' } }),
        ),
      }),
      ...table.rows.map(
        (row) => new TableRow({ children: row.map((v) => new TableCell({ children: cellParagraphs(v) })) }),
      ),
    ],
  });

/**
 * The register as an editable Word document: cover and contents (portrait), identity block and the
 * summary table (landscape, it has six columns), then one Heading 1 section per activity.
 */
export const renderRegisterDocx = async (vm: RegisterViewModel, control: BuildControl = {}): Promise<Uint8Array> => {
  const progress = progressSteps(vm.activities.length + 2, control);
  const cover: FileChild[] = [
    new Paragraph({ text: vm.coverTitle, heading: 'Title' }),
    new Paragraph({ children: [new TextRun({ text: vm.articleLine, size: 28 })] }),
    new Paragraph({ text: vm.versionLine }),
    new Paragraph({ text: vm.generatedLine }),
    new Paragraph({ text: vm.scopeLine }),
    new Paragraph({ text: '', pageBreakBefore: true }),
    ...docxTableOfContents(vm.wording.contents),
  ];
  const overview: FileChild[] = [
    docxHeading(vm.identity.heading, 1),
    ...vm.identity.items.flatMap(itemParagraphs),
    docxHeading(vm.summary.heading, 1, true),
    vm.summary.table.rows.length > 0 ? summaryTable(vm.summary.table) : new Paragraph(vm.noActivities),
  ];
  progress.step();
  const activities: FileChild[] = [docxHeading(vm.activitiesHeading, 1)];
  if (vm.activities.length === 0) activities.push(new Paragraph(vm.noActivities));
  vm.activities.forEach((a, i) => {
    activities.push(docxHeading(a.heading, 2, i > 0), ...a.items.flatMap(itemParagraphs));
    progress.step();
  });
  const doc = buildDocxDocument({
    title: vm.coverTitle,
    subject: vm.subject,
    creator: vm.organisationName,
    language: vm.language,
    wording: { page: vm.wording.page, of: vm.wording.of, header: vm.runningHeader },
    sections: [
      { orientation: 'portrait', titlePage: true, children: cover },
      { orientation: 'landscape', children: overview },
      { orientation: 'portrait', children: activities },
    ],
  });
  const bytes = await packDocx(doc);
  progress.finish();
  return bytes;
};
