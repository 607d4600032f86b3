import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  PDF_BASE_STYLES,
  pdfHeading,
  pdfItemContent,
  pdfRunningHeaderFooter,
  renderPdf,
  type PdfMetadata,
} from '../common/pdf';
import { type BuildControl, throwIfCancelled } from '../common/progress';
import { dataMapPdfContent } from './data-map-pdf';
import { SUMMARY_COLUMN_WIDTHS } from './summary-widths';
import type { RegisterViewModel } from './view-model';

/** Units of progress for building the definition; pdfmake's rendering adds its own on top. */
export const DEFINITION_UNITS = 20;

/** The register's page margins, the same in the single document and in every part of a parallel one. */
export const REGISTER_PAGE_MARGINS: [number, number, number, number] = [40, 50, 40, 50];

/** The cover: title, article, the identity block (Art. 30(1)(a), 30(2)(a)) so it is never a near-empty page, version, date, scope. */
export const registerCover = (vm: RegisterViewModel): Content[] => [
  { text: vm.coverTitle, style: 'title', margin: [0, 60, 0, 12] },
  { text: vm.articleLine, style: 'subtitle', margin: [0, 0, 0, 14] },
  ...vm.identity.items.flatMap(pdfItemContent),
  { text: vm.versionLine, margin: [0, 18, 0, 0] },
  { text: vm.generatedLine },
  { text: vm.scopeLine, margin: [0, 6, 0, 0] },
];

/** Summary table and the data map, on landscape pages (the first node breaks the page). */
export const registerOverview = async (
  vm: RegisterViewModel,
  ids: { summary?: string; dataMap?: string } = {},
): Promise<Content[]> => {
  const header: TableCell[] = vm.summary.table.columns.map((c) => ({ text: c, style: 'tableHeader' }));
  const rows: TableCell[][] = vm.summary.table.rows.map((r) => r.map((v) => ({ text: v })));
  const dataMap = vm.dataMap ? await dataMapPdfContent(vm.dataMap, ids.dataMap) : [];
  return [
    {
      ...pdfHeading(vm.summary.heading, 'h1', { pageBreak: 'before', ...(ids.summary ? { id: ids.summary } : {}) }),
      pageOrientation: 'landscape',
    },
    rows.length > 0
      ? {
          table: { headerRows: 1, widths: [...SUMMARY_COLUMN_WIDTHS], body: [header, ...rows] },
          layout: 'lightHorizontalLines',
          fontSize: 8.5,
        }
      : { text: vm.noActivities },
    // The figure of where the data goes (controller register), still on landscape pages.
    ...dataMap,
  ];
};

/** The heading of the activities, on a new portrait page. */
export const registerActivitiesHeading = (vm: RegisterViewModel, id?: string): Content => ({
  ...pdfHeading(vm.activitiesHeading, 'h1', { pageBreak: 'before', ...(id ? { id } : {}) }),
  pageOrientation: 'portrait',
});

/** Activities `from` (inclusive) to `to` (exclusive), each from a new page but the very first of the register. */
export const registerActivities = (
  vm: RegisterViewModel,
  from: number,
  to: number,
  idOf?: (index: number) => string,
): Content[] =>
  vm.activities.slice(from, to).flatMap((a, k) => {
    const i = from + k;
    const options = { ...(i > 0 ? { pageBreak: 'before' as const } : {}), ...(idOf ? { id: idOf(i) } : {}) };
    return [pdfHeading(a.heading, 'h2', options), ...a.items.flatMap(pdfItemContent)];
  });

export const registerMetadata = (vm: RegisterViewModel): PdfMetadata => ({
  title: vm.coverTitle,
  author: vm.organisationName,
  subject: vm.subject,
  language: vm.language,
});

/**
 * The register as PDF/A-1b, same content and order as the DOCX: cover with the identity block,
 * contents when it helps, the summary table on landscape pages, then one bookmarked section per activity.
 */
export const renderRegisterPdf = async (vm: RegisterViewModel, control: BuildControl = {}): Promise<Uint8Array> => {
  throwIfCancelled(control.signal);
  control.onProgress?.(0, DEFINITION_UNITS + 100);
  const content: Content[] = [
    ...registerCover(vm),
    // A contents page only when it helps (view model: more than a few activities).
    ...(vm.showContents
      ? [
          {
            toc: { title: { text: vm.wording.contents, style: 'h1' }, numberStyle: { fontSize: 9.5 } },
            pageBreak: 'before',
          } satisfies Content,
        ]
      : []),
    ...(await registerOverview(vm)),
    registerActivitiesHeading(vm),
  ];
  if (vm.activities.length === 0) content.push({ text: vm.noActivities });
  // One by one: spreading the blocks of thousands of activities into push() overflows the stack.
  for (const block of registerActivities(vm, 0, vm.activities.length)) content.push(block);
  throwIfCancelled(control.signal);
  return renderPdf(
    {
      pageSize: 'A4',
      pageMargins: REGISTER_PAGE_MARGINS,
      content,
      styles: PDF_BASE_STYLES,
      ...pdfRunningHeaderFooter(vm.runningHeader, vm.wording.pageOf),
    },
    registerMetadata(vm),
    { ...control, progressBase: DEFINITION_UNITS },
  );
};
