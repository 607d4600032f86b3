import type { Content, TableCell } from 'pdfmake/interfaces';
import { PDF_BASE_STYLES, pdfHeading, pdfRunningHeaderFooter, renderPdf, type PdfMetadata } from '../common/pdf';
import { type BuildControl, throwIfCancelled } from '../common/progress';
import { dataMapPdfContent } from './data-map-pdf';
import type { RegisterItem, RegisterViewModel } from './view-model';

/** Units of progress for building the definition; pdfmake's rendering adds its own on top. */
export const DEFINITION_UNITS = 20;

/** The register's page margins, the same in the single document and in every part of a parallel one. */
export const REGISTER_PAGE_MARGINS: [number, number, number, number] = [40, 50, 40, 50];

const itemContent = (item: RegisterItem): Content[] => [
  { text: item.label, style: 'label', margin: [0, 6, 0, 2] },
  { ul: item.lines.map((line) => ({ text: line })), margin: [6, 0, 0, 0] },
];

/** The cover: title, article, version, date, scope. */
export const registerCover = (vm: RegisterViewModel): Content[] => [
  { text: vm.coverTitle, style: 'title' },
  { text: vm.articleLine, style: 'subtitle' },
  { text: vm.versionLine },
  { text: vm.generatedLine },
  { text: vm.scopeLine, margin: [0, 6, 0, 0] },
];

/** Identity block, summary table and the data map, on landscape pages (the first node breaks the page). */
export const registerOverview = async (
  vm: RegisterViewModel,
  ids: { identity?: string; summary?: string; dataMap?: string } = {},
): Promise<Content[]> => {
  const header: TableCell[] = vm.summary.table.columns.map((c) => ({ text: c, style: 'tableHeader' }));
  const rows: TableCell[][] = vm.summary.table.rows.map((r) => r.map((v) => ({ text: v })));
  const dataMap = vm.dataMap ? await dataMapPdfContent(vm.dataMap, ids.dataMap) : [];
  return [
    {
      ...pdfHeading(vm.identity.heading, 'h1', { pageBreak: 'before', ...(ids.identity ? { id: ids.identity } : {}) }),
      pageOrientation: 'landscape',
    },
    ...vm.identity.items.flatMap(itemContent),
    pdfHeading(vm.summary.heading, 'h1', { pageBreak: 'before', ...(ids.summary ? { id: ids.summary } : {}) }),
    rows.length > 0
      ? {
          table: { headerRows: 1, widths: [55, '*', '*', '*', 55, 75], body: [header, ...rows] },
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
    return [pdfHeading(a.heading, 'h2', options), ...a.items.flatMap(itemContent)];
  });

export const registerMetadata = (vm: RegisterViewModel): PdfMetadata => ({
  title: vm.coverTitle,
  author: vm.organisationName,
  subject: vm.subject,
  language: vm.language,
});

/**
 * The register as PDF/A-1b, same content and order as the DOCX: cover, contents, identity block
 * and summary table on landscape pages, then one bookmarked section per activity.
 */
export const renderRegisterPdf = async (vm: RegisterViewModel, control: BuildControl = {}): Promise<Uint8Array> => {
  throwIfCancelled(control.signal);
  control.onProgress?.(0, DEFINITION_UNITS + 100);
  const content: Content[] = [
    ...registerCover(vm),
    {
      toc: { title: { text: vm.wording.contents, style: 'h1' }, numberStyle: { fontSize: 9.5 } },
      pageBreak: 'before',
    },
    ...(await registerOverview(vm)),
    registerActivitiesHeading(vm),
  ];
  if (vm.activities.length === 0) content.push({ text: vm.noActivities });
  content.push(...registerActivities(vm, 0, vm.activities.length));
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
