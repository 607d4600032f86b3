import type { Content, TableCell } from 'pdfmake/interfaces';
import { PDF_BASE_STYLES, pdfHeading, pdfItemContent, pdfRunningHeaderFooter, renderPdf } from '../common/pdf';
import { type BuildControl, throwIfCancelled } from '../common/progress';
import type { PolicyBlock, PolicyTableCell, PolicyViewModel } from './types';

/** Units of progress for building the definition; pdfmake's rendering adds its own on top. */
const DEFINITION_UNITS = 10;

const cellContent = (cell: PolicyTableCell, bold: boolean): TableCell =>
  cell.length <= 1 ? { text: cell[0] ?? '', bold } : { ul: cell.map((line) => ({ text: line, bold })) };

const blockContent = (b: PolicyBlock): Content[] => {
  switch (b.kind) {
    case 'paragraph':
      return [{ text: b.text, margin: [0, 0, 0, 6] }];
    case 'subheading':
      return [pdfHeading(b.text, 'h3', { tocItem: false })];
    case 'list':
      // A list of one value is a plain paragraph, as in the register.
      return b.items.length === 1
        ? [{ text: b.items[0] ?? '', margin: [0, 0, 0, 6] }]
        : [{ ul: b.items.map((text) => ({ text })), margin: [6, 0, 0, 6] }];
    case 'table': {
      const header: TableCell[] = b.columns.map((c) => ({ text: c, style: 'tableHeader' }));
      const rows: TableCell[][] = b.rows.map((r) => r.map((cell, i) => cellContent(cell, i === 0 && b.rowHeaders)));
      return [
        { text: b.caption, style: 'label', margin: [0, 4, 0, 4] },
        {
          table: { headerRows: 1, dontBreakRows: true, widths: b.columns.map(() => '*'), body: [header, ...rows] },
          layout: 'lightHorizontalLines',
          fontSize: 8.5,
          margin: [0, 0, 0, 10],
        },
      ];
    }
  }
};

/**
 * The policy as PDF/A-1b with the same content and order as the DOCX: cover with the identity block, contents, then one
 * bookmarked Heading 1 per section (sub-headings are bookmarked under it).
 */
export const renderPolicyPdf = async (vm: PolicyViewModel, control: BuildControl = {}): Promise<Uint8Array> => {
  throwIfCancelled(control.signal);
  control.onProgress?.(0, DEFINITION_UNITS + 100);
  // The cover carries the controller's identity block, as the register's does; the contents follow on their own page.
  const content: Content[] = [
    { text: vm.title, style: 'title', margin: [0, 60, 0, 12] },
    { text: vm.subtitle, style: 'subtitle', margin: [0, 0, 0, 14] },
    ...vm.identity.flatMap(pdfItemContent),
    { text: vm.labels.effectiveDate, margin: [0, 18, 0, 0] },
    { text: vm.labels.generatedOn, style: 'muted' },
    {
      toc: { title: { text: vm.labels.contents, style: 'h1' }, numberStyle: { fontSize: 9.5 } },
      pageBreak: 'before',
    },
  ];
  vm.sections.forEach((s, i) => {
    content.push(pdfHeading(s.heading, 'h1', i === 0 ? { pageBreak: 'before', id: s.anchor } : { id: s.anchor }));
    for (const block of s.blocks.flatMap(blockContent)) content.push(block);
  });
  throwIfCancelled(control.signal);
  return renderPdf(
    {
      pageSize: 'A4',
      pageMargins: [40, 50, 40, 50],
      content,
      styles: {
        ...PDF_BASE_STYLES,
        h1: { fontSize: 14, bold: true, margin: [0, 14, 0, 8], color: '#1a3c6e' },
        h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      },
      ...pdfRunningHeaderFooter(
        `${vm.title} · ${vm.organisationName}`,
        (page, pages) => `${vm.labels.page} ${page} ${vm.labels.of} ${pages}`,
      ),
    },
    {
      title: vm.metadata.title,
      author: vm.metadata.author,
      subject: vm.metadata.subject,
      keywords: vm.metadata.keywords,
      language: vm.language,
    },
    { ...control, progressBase: DEFINITION_UNITS },
  );
};
