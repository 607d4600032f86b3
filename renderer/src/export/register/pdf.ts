import type { Content, TableCell } from 'pdfmake/interfaces';
import { PDF_BASE_STYLES, pdfHeading, pdfRunningHeaderFooter, renderPdf } from '../common/pdf';
import { type BuildControl, throwIfCancelled } from '../common/progress';
import { dataMapPdfContent } from './data-map-pdf';
import type { RegisterItem, RegisterViewModel } from './view-model';

/** Units of progress for building the definition; pdfmake's rendering adds its own on top. */
const DEFINITION_UNITS = 20;

/** A single value is plain text under its label; only a list of values is bulleted. */
const itemContent = (item: RegisterItem): Content[] => [
  { text: item.label, style: 'label', margin: [0, 6, 0, 2] },
  item.lines.length === 1
    ? { text: item.lines[0] ?? '' }
    : { ul: item.lines.map((line) => ({ text: line })), margin: [6, 0, 0, 0] },
];

/**
 * The register as PDF/A-1b, same content and order as the DOCX: cover, contents, identity block
 * and summary table on landscape pages, then one bookmarked section per activity.
 */
export const renderRegisterPdf = async (vm: RegisterViewModel, control: BuildControl = {}): Promise<Uint8Array> => {
  throwIfCancelled(control.signal);
  control.onProgress?.(0, DEFINITION_UNITS + 100);
  const header: TableCell[] = vm.summary.table.columns.map((c) => ({ text: c, style: 'tableHeader' }));
  const rows: TableCell[][] = vm.summary.table.rows.map((r) => r.map((v) => ({ text: v })));
  const contents: Content[] = vm.showContents
    ? [
        {
          toc: { title: { text: vm.wording.contents, style: 'h1' }, numberStyle: { fontSize: 9.5 } },
          pageBreak: 'before',
        },
      ]
    : [];
  // The cover carries the identity block (Art. 30(1)(a), 30(2)(a)), so it is never a near-empty page.
  const content: Content[] = [
    { text: vm.coverTitle, style: 'title', margin: [0, 60, 0, 12] },
    { text: vm.articleLine, style: 'subtitle', margin: [0, 0, 0, 14] },
    ...vm.identity.items.flatMap(itemContent),
    { text: vm.versionLine, margin: [0, 18, 0, 0] },
    { text: vm.generatedLine },
    { text: vm.scopeLine, margin: [0, 6, 0, 0] },
    ...contents,
    { ...pdfHeading(vm.summary.heading, 'h1', { pageBreak: 'before' }), pageOrientation: 'landscape' },
    rows.length > 0
      ? {
          table: { headerRows: 1, widths: [55, '*', '*', '*', 55, 75], body: [header, ...rows] },
          layout: 'lightHorizontalLines',
          fontSize: 8.5,
        }
      : { text: vm.noActivities },
    // The figure of where the data goes (controller register), still on landscape pages.
    ...(vm.dataMap ? await dataMapPdfContent(vm.dataMap) : []),
    { ...pdfHeading(vm.activitiesHeading, 'h1', { pageBreak: 'before' }), pageOrientation: 'portrait' },
  ];
  if (vm.activities.length === 0) content.push({ text: vm.noActivities });
  vm.activities.forEach((a, i) => {
    content.push(pdfHeading(a.heading, 'h2', i > 0 ? { pageBreak: 'before' } : {}), ...a.items.flatMap(itemContent));
  });
  throwIfCancelled(control.signal);
  return renderPdf(
    {
      pageSize: 'A4',
      pageMargins: [40, 50, 40, 50],
      content,
      styles: PDF_BASE_STYLES,
      ...pdfRunningHeaderFooter(vm.runningHeader, vm.wording.pageOf),
    },
    { title: vm.coverTitle, author: vm.organisationName, subject: vm.subject, language: vm.language },
    { ...control, progressBase: DEFINITION_UNITS },
  );
};
