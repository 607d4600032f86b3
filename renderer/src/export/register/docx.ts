import { Paragraph, TextRun, type FileChild } from 'docx';
import {
  buildDocxDocument,
  docxBuildProgress,
  DocxFastBody,
  docxHeading,
  docxItemBlocks,
  docxItemParagraphs,
  docxTableOfContents,
  packDocx,
  type DocxFastBlock,
} from '../common/docx';
import type { BuildControl } from '../common/progress';
import { dataMapDocxContent } from './data-map-docx';
import { DOCX_SUMMARY_COLUMN_WIDTHS } from './summary-widths';
import type { RegisterViewModel } from './view-model';

/**
 * The register as an editable Word document: cover and contents (portrait), identity block and the
 * summary table (landscape, it has six columns), then one Heading 1 section per activity.
 */
export const renderRegisterDocx = async (vm: RegisterViewModel, control: BuildControl = {}): Promise<Uint8Array> => {
  const progress = docxBuildProgress(vm.activities.length + 2, control);
  const fast = new DocxFastBody();
  // The cover carries the identity block (Art. 30(1)(a), 30(2)(a)), so it is never a near-empty page.
  const cover: FileChild[] = [
    new Paragraph({ text: vm.coverTitle, heading: 'Title' }),
    new Paragraph({ children: [new TextRun({ text: vm.articleLine, size: 28 })], spacing: { after: 240 } }),
    ...vm.identity.items.flatMap(docxItemParagraphs),
    new Paragraph({ text: vm.versionLine, spacing: { before: 360 } }),
    new Paragraph({ text: vm.generatedLine }),
    new Paragraph({ text: vm.scopeLine }),
    ...(vm.showContents
      ? [new Paragraph({ text: '', pageBreakBefore: true }), ...docxTableOfContents(vm.wording.contents)]
      : []),
  ];
  const overview: FileChild[] = [
    docxHeading(vm.summary.heading, 1),
    ...(vm.summary.table.rows.length > 0
      ? fast.placeholder([
          { kind: 'table', orientation: 'landscape', widths: DOCX_SUMMARY_COLUMN_WIDTHS, ...vm.summary.table },
        ])
      : [new Paragraph(vm.noActivities)]),
    // The figure of where the data goes (controller register), on the landscape pages.
    ...(vm.dataMap ? await dataMapDocxContent(vm.dataMap) : []),
  ];
  progress.step();
  const activities: FileChild[] = [docxHeading(vm.activitiesHeading, 1)];
  if (vm.activities.length === 0) activities.push(new Paragraph(vm.noActivities));
  const activityBlocks: DocxFastBlock[] = [];
  vm.activities.forEach((a, i) => {
    activityBlocks.push({ kind: 'heading', text: a.heading, level: 2, pageBreakBefore: i > 0 });
    for (const item of a.items) activityBlocks.push(...docxItemBlocks(item));
    progress.step();
  });
  if (activityBlocks.length > 0) activities.push(...fast.placeholder(activityBlocks));
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
  const bytes = await packDocx(doc, fast, control);
  progress.finish();
  return bytes;
};
