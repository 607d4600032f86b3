import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import type { Language } from '../../domain/common';

/**
 * Base of every DPO Desk Word document: Word's own Heading 1/2 styles (so the navigation pane and
 * the table of contents work), a running header and a "Page x of y" footer, A4 pages.
 */
export const DOCX_FONT = 'Calibri';

/** A4 in twentieths of a point; the page numbers, margins and orientation docx expects. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1134; // 2 cm

export type Orientation = 'portrait' | 'landscape';

export interface DocxPageWording {
  /** "Page" before the current number and "of" between it and the total. */
  page: string;
  of: string;
  /** Text of the running header (document title and organisation). */
  header: string;
}

export interface DocxSectionInput {
  orientation: Orientation;
  children: FileChild[];
  /** The first section of a document may hide the running header on its cover page. */
  titlePage?: boolean;
}

const pageFooter = (w: DocxPageWording): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${w.page} `, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: ` ${w.of} `, size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });

const pageHeader = (w: DocxPageWording): Header =>
  new Header({ children: [new Paragraph({ children: [new TextRun({ text: w.header, size: 16, color: '555555' })] })] });

const toSection = (s: DocxSectionInput, w: DocxPageWording): ISectionOptions => ({
  properties: {
    titlePage: s.titlePage ?? false,
    page: {
      // docx swaps width and height itself for landscape.
      size: {
        width: A4.width,
        height: A4.height,
        orientation: s.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
    },
  },
  headers: { default: pageHeader(w), ...(s.titlePage ? { first: new Header({ children: [new Paragraph('')] }) } : {}) },
  footers: { default: pageFooter(w), ...(s.titlePage ? { first: pageFooter(w) } : {}) },
  children: s.children,
});

export interface DocxDocumentInput {
  title: string;
  subject: string;
  creator: string;
  language: Language;
  wording: DocxPageWording;
  sections: DocxSectionInput[];
}

const LANGUAGE_TAG: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

export const buildDocxDocument = (input: DocxDocumentInput): Document =>
  new Document({
    title: input.title,
    subject: input.subject,
    creator: input.creator,
    lastModifiedBy: input.creator,
    // Word refreshes the table of contents page numbers on opening.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: 20, language: { value: LANGUAGE_TAG[input.language] } } },
        heading1: {
          run: { size: 32, bold: true, color: '1A3C6E' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { size: 26, bold: true, color: '1A3C6E' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        title: { run: { size: 48, bold: true }, paragraph: { spacing: { before: 2400, after: 240 } } },
      },
    },
    sections: input.sections.map((s) => toSection(s, input.wording)),
  });

export const docxHeading = (text: string, level: 1 | 2, pageBreakBefore = false): Paragraph =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, pageBreakBefore });

/** A Word TOC field over Heading 1–2, filled from the headings so it reads well before any update. */
export const docxTableOfContents = (title: string): FileChild[] => [
  new Paragraph({ text: title, heading: HeadingLevel.TITLE, spacing: { before: 0 } }),
  new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-2' }),
];

export const packDocx = (doc: Document): Promise<Uint8Array> => Packer.pack(doc, 'uint8array');
