import { Paragraph, TextRun, type FileChild } from 'docx';
import {
  buildDocxDocument,
  docxBuildProgress,
  DocxFastBody,
  docxHeading,
  docxItemParagraphs,
  docxTableOfContents,
  docxValueParagraphs,
  packDocx,
} from '../common/docx';
import type { BuildControl } from '../common/progress';
import type { PolicyBlock, PolicyViewModel } from './types';

/**
 * A table as fast WordprocessingML (its caption, the table, a blank line after): a policy covering
 * thousands of activities has tables of thousands of rows, which docx's object model builds and
 * collects far more slowly than their markup is written. Equal columns on a fixed grid, as in the
 * PDF: Word and LibreOffice then break the lines alike.
 */
const tableOf = (b: Extract<PolicyBlock, { kind: 'table' }>, fast: DocxFastBody): FileChild[] =>
  fast.placeholder([
    { kind: 'label', text: b.caption },
    {
      kind: 'table',
      columns: b.columns,
      rows: b.rows.map((row) => row.map((cell) => cell.join('\n'))),
      orientation: 'portrait',
      bulletLines: true,
      rowHeaders: b.rowHeaders,
      rowsWhole: true,
    },
    { kind: 'paragraph', text: '' },
  ]);

const blockChildren = (b: PolicyBlock, fast: DocxFastBody): FileChild[] => {
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
      return tableOf(b, fast);
  }
};

/**
 * The policy as an editable Word document, in the PDF's order: a cover (title, subtitle, the identity
 * block, dates), the contents with their page numbers, then one Heading 1 per section from a new page
 * (Word's own heading styles, so the navigation pane and the contents work).
 */
export const renderPolicyDocx = async (vm: PolicyViewModel, control: BuildControl = {}): Promise<Uint8Array> => {
  const progress = docxBuildProgress(vm.sections.length + 1, control);
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
  const fast = new DocxFastBody();
  for (const [i, s] of vm.sections.entries()) {
    children.push(docxHeading(s.heading, 1, i === 0));
    for (const block of s.blocks) for (const child of blockChildren(block, fast)) children.push(child);
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
  const bytes = await packDocx(doc, fast, control);
  progress.finish();
  return bytes;
};
