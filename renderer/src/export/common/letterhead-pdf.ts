import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { letterheadLogo, type HouseStyle } from '../../domain/letterhead';
import type { ExportWarning } from './warnings';

/**
 * The firm's house style on a PDF: its page size and margins, its logo and header lines at the
 * top of every page and its footer lines at the bottom (above DPO Desk's own running header and
 * page numbers), its heading colour. Still PDF/A-1b: the logo is an opaque image (a logo with
 * transparency, which PDF/A-1 forbids, is left out and said in the warnings); the letterhead's
 * font is not embedded (Word fonts are not in the .docx), so the PDF keeps its bundled fonts.
 */

const TWIPS_PER_POINT = 20;
const pt = (twips: number): number => Math.round((twips / TWIPS_PER_POINT) * 100) / 100;
/** The logo's height on the page, in points; its width follows its proportions. */
const LOGO_HEIGHT = 26;
const LINE_HEIGHT = 10;

type Dynamic = (currentPage: number, pageCount: number, pageSize: unknown) => Content | null | undefined;

const callPart = (part: TDocumentDefinitions['header'], page: number, pages: number, size: unknown): Content | null => {
  if (typeof part === 'function') return (part as Dynamic)(page, pages, size) ?? null;
  return (part as Content | undefined) ?? null;
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
  const headerHeight = headerTop + (usableLogo ? LOGO_HEIGHT + 4 : 0) + headerLines.length * LINE_HEIGHT + 22;
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
          } as Content,
        ]
      : []),
    ...headerLines.map((line, i): Content => ({
      text: line,
      fontSize: i === 0 ? 10 : 7.5,
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
      : (page: number, pages: number, size: unknown): Content => {
          const ours = callPart(header, page, pages, size);
          return {
            stack: [...letterheadTop(), ...(ours ? [{ stack: [ours], margin: [-left, 2, -right, 0] } as Content] : [])],
            margin: [left, headerTop, right, 0],
          };
        },
    footer: !blocks.bottom
      ? footer
      : (page: number, pages: number, size: unknown): Content => {
          const ours = callPart(footer, page, pages, size);
          return {
            stack: [
              ...footerLines.map((line): Content => ({ text: line, fontSize: 7, color: '#444444' })),
              ...(ours ? [{ stack: [ours], margin: [-left, 0, -right, 0] } as Content] : []),
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
