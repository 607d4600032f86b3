import type { Content, ContextPageSize, TDocumentDefinitions } from 'pdfmake/interfaces';
import { letterheadLogo, type HouseStyle } from '../../domain/letterhead';
import type { ExportWarning } from './warnings';

/**
 * The firm's house style on a PDF: its page size and margins, its logo and header lines at the
 * top of every page and its footer lines at the bottom (above DPO Desk's own running header and
 * page numbers), its heading colour. Still PDF/A-1b: the logo is an opaque image (a logo with
 * transparency, which PDF/A-1 forbids, is left out and said in the warnings). Word fonts are not
 * in the .docx: the PDF keeps its bundled fonts unless the DPO added the firm's TrueType font to
 * the letterhead (`pdfFont`), which `renderPdf` then embeds as the document's font.
 */

const TWIPS_PER_POINT = 20;
const pt = (twips: number): number => Math.round((twips / TWIPS_PER_POINT) * 100) / 100;
/** The logo's height on the page, in points; its width follows its proportions. */
const LOGO_HEIGHT = 26;
const LINE_HEIGHT = 10;
/** Font sizes of the letterhead's header lines: the firm's name, then its smaller lines. */
const FIRST_LINE_SIZE = 10;
const OTHER_LINE_SIZE = 7.5;
/** A line's height for its font size (Roboto's ascent and descent at the documents' line height 1.15). */
const lineHeight = (fontSize: number): number => fontSize * 1.4;
/** DPO Desk's running header below the letterhead: its gap and one 8 pt line. */
const RUNNING_HEADER_HEIGHT = 2 + lineHeight(8);

/**
 * The document's own running header and page footer go in the letterhead's column, under its
 * header lines and under its footer lines: their own margins place them on a page without a
 * letterhead (at DPO Desk's 40 pt and away from the page's edge) and would here push the running
 * header out of the header area and off the letterhead's left edge.
 */
const inLetterheadColumn = (content: Content): Content =>
  typeof content === 'object' && content !== null && !Array.isArray(content) && 'margin' in content
    ? { ...content, margin: [0, 0, 0, 0] }
    : content;

const callPart = (
  part: TDocumentDefinitions['header'],
  page: number,
  pages: number,
  size: ContextPageSize,
): Content | null => {
  if (typeof part === 'function') return part(page, pages, size) ?? null;
  return part ?? null;
};

/**
 * Which of the letterhead's blocks this document draws. A register laid out in parts draws the top
 * block in its body parts and the bottom block in its footer document, which the join paints over
 * the same pages: each block then appears once per page, as in the single document.
 */
export interface HouseStyleBlocks {
  top: boolean;
  bottom: boolean;
}

export const applyHouseStylePdf = (
  definition: TDocumentDefinitions,
  style: HouseStyle,
  blocks: HouseStyleBlocks = { top: true, bottom: true },
): { definition: TDocumentDefinitions; warnings: ExportWarning[] } => {
  const warnings: ExportWarning[] = [];
  const logo = letterheadLogo(style);
  const usableLogo = logo && !logo.transparent ? logo : undefined;
  if (logo && logo.transparent && blocks.top) warnings.push({ kind: 'letterheadLogoLeftOut', image: logo.name });
  const colour = style.headingColour ? `#${style.headingColour.toLowerCase()}` : undefined;
  const left = pt(style.margins.left);
  const right = pt(style.margins.right);
  const headerLines = style.header?.lines ?? [];
  const footerLines = style.footer?.lines ?? [];
  const headerTop = pt(style.margins.header);
  const footerBottom = pt(style.margins.footer);
  // The letterhead block must fit above the text: the top margin grows if the firm's is too small.
  const headerHeight =
    headerTop +
    (usableLogo ? LOGO_HEIGHT + 4 : 0) +
    headerLines.reduce((sum, _, i) => sum + lineHeight(i === 0 ? FIRST_LINE_SIZE : OTHER_LINE_SIZE), 0) +
    RUNNING_HEADER_HEIGHT +
    8;
  const footerHeight = footerBottom + footerLines.length * LINE_HEIGHT + 22;
  const top = Math.max(pt(style.margins.top), headerHeight);
  const bottom = Math.max(pt(style.margins.bottom), footerHeight);
  const logoWidth = usableLogo ? (LOGO_HEIGHT * usableLogo.widthPx) / usableLogo.heightPx : 0;

  const letterheadTop = (): Content[] => [
    ...(usableLogo
      ? [
          {
            image: `data:${usableLogo.contentType};base64,${usableLogo.base64}`,
            width: logoWidth,
            height: LOGO_HEIGHT,
            margin: [0, 0, 0, 4],
          } satisfies Content,
        ]
      : []),
    ...headerLines.map((line, i): Content => ({
      text: line,
      fontSize: i === 0 ? FIRST_LINE_SIZE : OTHER_LINE_SIZE,
      bold: i === 0,
      ...(i === 0 && colour ? { color: colour } : {}),
    })),
  ];
  const { header, footer } = definition;
  const styled: TDocumentDefinitions = {
    ...definition,
    pageSize: { width: pt(style.page.width), height: pt(style.page.height) },
    pageMargins: [left, top, right, bottom],
    header: !blocks.top
      ? header
      : (page: number, pages: number, size: ContextPageSize): Content => {
          const ours = callPart(header, page, pages, size);
          return {
            stack: [
              ...letterheadTop(),
              ...(ours ? [{ stack: [inLetterheadColumn(ours)], margin: [0, 2, 0, 0] } satisfies Content] : []),
            ],
            margin: [left, headerTop, right, 0],
          };
        },
    footer: !blocks.bottom
      ? footer
      : (page: number, pages: number, size: ContextPageSize): Content => {
          const ours = callPart(footer, page, pages, size);
          return {
            stack: [
              ...footerLines.map((line): Content => ({ text: line, fontSize: 7, color: '#444444' })),
              ...(ours ? [{ stack: [inLetterheadColumn(ours)], margin: [0, 4, 0, 0] } satisfies Content] : []),
            ],
            margin: [left, 4, right, footerBottom],
          };
        },
    styles: colour
      ? {
          ...definition.styles,
          h1: { ...definition.styles?.h1, color: colour },
          h2: { ...definition.styles?.h2, color: colour },
        }
      : definition.styles,
  };
  return { definition: styled, warnings };
};
