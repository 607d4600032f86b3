import { Paragraph, TextRun, type FileChild } from 'docx';
import {
  buildDocxDocument,
  docxBuildProgress,
  DocxFastBody,
  docxHeading,
  docxItemBlocks,
  docxTableOfContents,
  packDocx,
  type DocxFastBlock,
} from '../common/docx';
import type { BuildControl } from '../common/progress';
import type { LogDocument } from './document';

/**
 * A log as an editable Word document, built like the Art. 30 register: cover and contents, the
 * summary table on landscape pages, then one Heading 1 per entry with its groups as Heading 2.
 */
export const renderLogDocx = async (doc: LogDocument, control: BuildControl = {}): Promise<Uint8Array> => {
  const progress = docxBuildProgress(doc.entries.length + 1, control);
  const fast = new DocxFastBody();
  const cover: FileChild[] = [
    new Paragraph({ text: doc.coverTitle, heading: 'Title' }),
    new Paragraph({ children: [new TextRun({ text: doc.articleLine, size: 28 })] }),
    new Paragraph({ text: doc.generatedLine }),
    ...doc.coverNotes.map((note) => new Paragraph({ text: note })),
  ];
  const sections: Parameters<typeof buildDocxDocument>[0]['sections'] = [];
  if (doc.summary) {
    cover.push(new Paragraph({ text: '', pageBreakBefore: true }), ...docxTableOfContents(doc.wording.contents));
    sections.push({ orientation: 'portrait', titlePage: true, children: cover });
    sections.push({
      orientation: 'landscape',
      children: [
        docxHeading(doc.summary.heading, 1),
        ...(doc.summary.table.rows.length > 0
          ? fast.placeholder([{ kind: 'table', orientation: 'landscape', ...doc.summary.table }])
          : [new Paragraph(doc.noEntries)]),
      ],
    });
  }
  progress.step();
  const body: FileChild[] = doc.summary ? [] : cover;
  const blocks: DocxFastBlock[] = [];
  doc.entries.forEach((entry, i) => {
    blocks.push({
      kind: 'heading',
      text: entry.heading,
      level: 1,
      pageBreakBefore: doc.summary !== undefined || i > 0,
    });
    for (const group of entry.groups) {
      blocks.push({ kind: 'heading', text: group.heading, level: 2 });
      for (const item of group.items) blocks.push(...docxItemBlocks(item));
    }
    progress.step();
  });
  if (doc.entries.length === 0)
    body.push(docxHeading(doc.entriesHeading, 1, doc.summary !== undefined), new Paragraph(doc.noEntries));
  if (blocks.length > 0) body.push(...fast.placeholder(blocks));
  sections.push(
    doc.summary
      ? { orientation: 'portrait', children: body }
      : { orientation: 'portrait', titlePage: true, children: body },
  );
  const word = buildDocxDocument({
    title: doc.coverTitle,
    subject: doc.subject,
    creator: doc.organisationName,
    language: doc.language,
    wording: { page: doc.wording.page, of: doc.wording.of, header: doc.runningHeader },
    sections,
  });
  const bytes = await packDocx(word, fast, control);
  progress.finish();
  return bytes;
};
