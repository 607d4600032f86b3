import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type ISectionOptions,
  LeaderType,
  Packer,
  PageNumber,
  type PageNumberEstimator,
  PageOrientation,
  Paragraph,
  Tab,
  TableOfContents,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Language } from '../../domain/common';
import type { HouseStyle } from '../../domain/letterhead';
import { DOCX_SCRIPT_FONTS, hintScripts } from './docx-scripts';
import { applyHouseStyleDocx } from './letterhead-docx';
import { LANGUAGE_STYLE } from '../../domain/languages';
import type { BuildControl } from './progress';
import { printableText } from './text';

/**
 * Base of every DPO Desk Word document: Word's own Heading 1/2 styles (so the navigation pane and
 * the table of contents work), a running header and a "Page x of y" footer, A4 pages.
 */
export const DOCX_FONT = 'Calibri';
/** Heading colour of DPO Desk's own style, replaced by a letterhead's. */
export const DOCX_HEADING_COLOUR = '1A3C6E';

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
  /**
   * A bilingual document's second language (../bilingual): its header and "Page x of y" on the
   * right of the page, the first language's on the left, as its column is.
   */
  second?: { page: string; of: string; header: string; locale: string };
}

export interface DocxSectionInput {
  orientation: Orientation;
  children: FileChild[];
  /** The first section of a document may hide the running header on its cover page. */
  titlePage?: boolean;
}

const pageNumberRuns = (w: { page: string; of: string }, lang?: string): TextRun[] => {
  const language = lang === undefined ? {} : { language: { value: lang } };
  return [
    new TextRun({ text: `${w.page} `, size: 16, ...language }),
    new TextRun({ children: [PageNumber.CURRENT], size: 16, ...language }),
    new TextRun({ text: ` ${w.of} `, size: 16, ...language }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, ...language }),
  ];
};

/** A right-aligned tab stop at the right margin: the second language's half of a header or footer. */
const rightTab = (o: Orientation) => [{ type: TabStopType.RIGHT, position: textWidth(o) }];

const pageFooter = (w: DocxPageWording, o: Orientation): Footer =>
  new Footer({
    children: [
      w.second
        ? new Paragraph({
            tabStops: rightTab(o),
            children: [
              ...pageNumberRuns(w),
              new TextRun({ children: [new Tab()], size: 16 }),
              ...pageNumberRuns(w.second, w.second.locale),
            ],
          })
        : new Paragraph({ alignment: AlignmentType.RIGHT, children: pageNumberRuns(w) }),
    ],
  });

const pageHeader = (w: DocxPageWording, o: Orientation): Header =>
  new Header({
    children: [
      new Paragraph({
        ...(w.second ? { tabStops: rightTab(o) } : {}),
        children: [
          new TextRun({ text: w.header, size: 16, color: '555555' }),
          ...(w.second
            ? [
                new TextRun({ children: [new Tab()], size: 16 }),
                new TextRun({
                  text: w.second.header,
                  size: 16,
                  color: '555555',
                  language: { value: w.second.locale },
                }),
              ]
            : []),
        ],
      }),
    ],
  });

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
  headers: {
    default: pageHeader(w, s.orientation),
    ...(s.titlePage ? { first: new Header({ children: [new Paragraph('')] }) } : {}),
  },
  footers: {
    default: pageFooter(w, s.orientation),
    ...(s.titlePage ? { first: pageFooter(w, s.orientation) } : {}),
  },
  children: s.children,
});

export interface DocxDocumentInput {
  title: string;
  subject: string;
  creator: string;
  language: Language;
  wording: DocxPageWording;
  sections: DocxSectionInput[];
  /**
   * Works out the page of each heading so the contents are written with their page numbers
   * (`docxPageNumbers`); without it the contents list the headings as links, without numbers.
   */
  pageNumbers?: PageNumberEstimator;
}

/**
 * Whether the contents get page numbers, and how they are worked out. Word's contents are written
 * filled and clean, so neither Word nor LibreOffice has a field to update or a question to ask on
 * opening; a number is written only when it can be worked out, since a wrong page is worse than none.
 * By default there are none: each entry is a link to its heading. docx's estimator lays the pages out
 * as Word does, but measured against LibreOffice with the very font LibreOffice drew (DejaVu Sans
 * for Calibri on the test machine) it put 2 headings of 25 one page early, and no Word is at hand
 * to check it against: an estimate is not a page number a lawyer sends unchecked. A caller that
 * gives `control.docxPageNumbers` gets its numbers, except where the layout is not the one the
 * estimator sees: a letterhead changes fonts, margins and headers after docx wrote the document. The
 * registers and logs write their body as text (`DocxFastBody`), which docx cannot lay out: no numbers.
 */
export const docxPageNumbers = (control: BuildControl): PageNumberEstimator | undefined =>
  control.houseStyle !== undefined ? undefined : control.docxPageNumbers;

export const buildDocxDocument = (input: DocxDocumentInput): Document =>
  new Document({
    title: input.title,
    subject: input.subject,
    creator: input.creator,
    lastModifiedBy: input.creator,
    // No `updateFields`: Word would ask on opening whether to update fields "that may refer to other
    // files", a question a DPO should not have to answer. The contents are written filled instead.
    ...(input.pageNumbers ? { pageNumbers: input.pageNumbers } : {}),
    styles: {
      default: {
        document: {
          run: {
            // Calibri has no Chinese, Arabic, Hebrew or Thai: each script class names a font that has them.
            font: {
              ascii: DOCX_FONT,
              hAnsi: DOCX_FONT,
              eastAsia: DOCX_SCRIPT_FONTS.eastAsia,
              cs: DOCX_SCRIPT_FONTS.arabic,
            },
            size: 20,
            language: { value: LANGUAGE_STYLE[input.language].locale },
          },
        },
        heading1: {
          run: { size: 32, bold: true, color: DOCX_HEADING_COLOUR },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { size: 26, bold: true, color: DOCX_HEADING_COLOUR },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        title: { run: { size: 48, bold: true }, paragraph: { spacing: { before: 2400, after: 240 } } },
      },
    },
    sections: input.sections.map((s) => toSection(s, input.wording)),
  });

export const docxHeading = (text: string, level: 1 | 2, pageBreakBefore = false): Paragraph =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, pageBreakBefore });

/**
 * A Word TOC field over Heading 1–2, filled from the headings and written clean (Word shows it as it
 * is, without asking): with page numbers when the document is given `pageNumbers`, else each entry
 * a link to its heading, without dot leaders pointing at nothing.
 */
export const docxTableOfContents = (title: string, numbered: boolean): FileChild[] => [
  new Paragraph({ text: title, heading: HeadingLevel.TITLE, spacing: { before: 0 } }),
  new TableOfContents(title, {
    hyperlink: true,
    headingStyleRange: '1-2',
    beginDirty: false,
    ...(numbered ? {} : { tabLeader: LeaderType.NONE }),
  }),
];

const DOCUMENT_PART = 'word/document.xml';
const FAST_DEFLATE_LEVEL = 1;

/** The parts whose text runs get script font hints (./docx-scripts.ts). */
const TEXT_PART = /^word\/(document|header\d*|footer\d*)\.xml$/;

/**
 * docx writes the contents' page references dirty when it has no numbers for them, and Word asks on
 * opening whether to update fields "that may refer to other files": the references are written clean
 * and blank instead (Update Table in Word still fills them on demand).
 */
const withCleanFields = (xml: string): string =>
  xml.replace(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/>/g, '<w:fldChar w:fldCharType="begin"/>');

export const packDocx = async (doc: Document, fast?: DocxFastBody, houseStyle?: HouseStyle): Promise<Uint8Array> => {
  const bytes = await Packer.pack(doc, 'uint8array');
  const unpacked = unzipSync(bytes);
  const files = houseStyle
    ? applyHouseStyleDocx(unpacked, houseStyle, { font: DOCX_FONT, headingColour: DOCX_HEADING_COLOUR })
    : unpacked;
  const main = files[DOCUMENT_PART];
  if (!main) throw new Error(`The Word builder wrote no ${DOCUMENT_PART}.`);
  let changed = houseStyle !== undefined;
  const out: Record<string, Uint8Array | [Uint8Array, { level: 1 }]> = { ...files };
  for (const [name, part] of Object.entries(files)) {
    if (!TEXT_PART.test(name)) continue;
    const xml = strFromU8(part);
    const filled = name === DOCUMENT_PART ? withCleanFields(fast && !fast.isEmpty ? fast.apply(xml) : xml) : xml;
    const hinted = hintScripts(filled);
    if (hinted === xml) continue;
    changed = true;
    // The main part may be megabytes of very repetitive markup: the fastest deflate level already
    // shrinks it about tenfold, and the slower levels would cost more than the rest of the build.
    out[name] = [strToU8(hinted), { level: FAST_DEFLATE_LEVEL }];
  }
  return changed ? zipSync(out) : bytes;
};

/**
 * Blocks of a large document body written straight as WordprocessingML. The docx object model
 * costs a few hundred objects per paragraph and serialises through a generic XML builder; a
 * register of 1,000 activities has ~100,000 paragraphs, so its repetitive part is written as text.
 * The markup is exactly what `docxHeading`, bold label paragraphs, `bullet: { level: 0 }` and
 * `Table` produce, so Word, LibreOffice and python-docx see the same document.
 */
export type DocxFastBlock =
  | { kind: 'heading'; text: string; level: 1 | 2; pageBreakBefore?: boolean }
  /** A bold paragraph kept with the next one (an item label above its lines). */
  | { kind: 'label'; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A full-width table with a repeated shaded header row; "\n" in a cell starts a new paragraph. */
  | { kind: 'table'; columns: readonly string[]; rows: readonly (readonly string[])[]; orientation: Orientation };

/** Characters XML 1.0 forbids are dropped (the same filter as the view models', for blocks built by hand). */
const escapeXml = (s: string): string =>
  printableText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textRun = (text: string, bold = false): string =>
  `<w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** Word's text width between the margins, for the table grid. */
export const textWidth = (o: Orientation): number => (o === 'landscape' ? A4.height : A4.width) - 2 * MARGIN;
/** Bookmarks of the fast headings get their own name and id range so they never meet docx's `_TocN`. */
const FAST_BOOKMARK_ID_BASE = 1_000_000;

interface FastContext {
  bulletNumId: string;
  nextBookmark: () => number;
  toc: string[];
}

const fastBlockXml = (b: DocxFastBlock, ctx: FastContext): string => {
  switch (b.kind) {
    case 'heading': {
      const id = ctx.nextBookmark();
      const name = `_TocDpo${id}`;
      const style = b.level === 1 ? 'Heading1' : 'Heading2';
      ctx.toc.push(
        `<w:p><w:pPr><w:pStyle w:val="TOC${b.level}"/><w:tabs><w:tab w:val="right" w:pos="9638" w:leader="none"/></w:tabs></w:pPr>` +
          `<w:hyperlink w:history="1" w:anchor="${name}">${textRun(b.text)}<w:r><w:tab/></w:r>` +
          `<w:r><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGEREF ${name} \\h</w:instrText>` +
          `<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`,
      );
      return (
        `<w:p><w:pPr><w:pStyle w:val="${style}"/>${b.pageBreakBefore ? '<w:pageBreakBefore/>' : ''}</w:pPr>` +
        `<w:bookmarkStart w:name="${name}" w:id="${FAST_BOOKMARK_ID_BASE + id}"/>${textRun(b.text)}` +
        `<w:bookmarkEnd w:id="${FAST_BOOKMARK_ID_BASE + id}"/></w:p>`
      );
    }
    case 'label':
      return `<w:p><w:pPr><w:keepNext/><w:spacing w:before="120"/></w:pPr>${textRun(b.text, true)}</w:p>`;
    case 'bullet':
      return (
        `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${ctx.bulletNumId}"/>` +
        `</w:numPr></w:pPr>${textRun(b.text)}</w:p>`
      );
    case 'paragraph':
      return `<w:p>${textRun(b.text)}</w:p>`;
    case 'table': {
      const col = Math.floor(textWidth(b.orientation) / Math.max(1, b.columns.length));
      const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
      const cell = (value: string, header: boolean): string =>
        `<w:tc>${header ? '<w:tcPr><w:shd w:fill="E8EEF7" w:val="clear"/></w:tcPr>' : ''}` +
        value
          .split('\n')
          .map((line) => `<w:p>${textRun(line, header)}</w:p>`)
          .join('') +
        '</w:tc>';
      return (
        `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>` +
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
        `</w:tblBorders></w:tblPr><w:tblGrid>${b.columns.map(() => `<w:gridCol w:w="${col}"/>`).join('')}</w:tblGrid>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${b.columns.map((c) => cell(c, true)).join('')}</w:tr>` +
        b.rows.map((r) => `<w:tr>${r.map((v) => cell(v, false)).join('')}</w:tr>`).join('') +
        '</w:tbl>'
      );
    }
  }
};

/**
 * Collects the fast blocks of one document. `placeholder(blocks)` goes where the blocks belong
 * among ordinary docx children; `packDocx(doc, fast)` swaps them in, and their headings into the
 * prefilled table of contents, after docx has written the rest.
 */
export class DocxFastBody {
  private readonly pending = new Map<string, readonly DocxFastBlock[]>();

  /** A Heading 2 marker (so docx lists it in the contents, where the block's headings will go) and a bullet marker. */
  placeholder(blocks: readonly DocxFastBlock[]): Paragraph[] {
    const marker = `DPO-FAST-BLOCK-${this.pending.size}`;
    this.pending.set(marker, blocks);
    return [
      new Paragraph({ text: marker, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: `${marker}-END`, bullet: { level: 0 } }),
    ];
  }

  /** Replaces each placeholder in word/document.xml; throws if docx changed its markup beyond recognition. */
  apply(documentXml: string): string {
    let xml = documentXml;
    let bookmark = 0;
    for (const [marker, blocks] of this.pending) {
      const body = new RegExp(
        `<w:p>(?:(?!<w:p>).)*?>${marker}</w:t>(?:(?!<w:p>).)*?</w:p><w:p>(?:(?!<w:p>).)*?>${marker}-END</w:t></w:r></w:p>`,
      );
      const found = body.exec(xml);
      const numId = found ? /<w:numId w:val="(\d+)"\/>/.exec(found[0].slice(found[0].lastIndexOf('<w:p>'))) : null;
      if (!found || !numId?.[1]) throw new Error(`The Word builder lost the placeholder ${marker}.`);
      const ctx: FastContext = { bulletNumId: numId[1], nextBookmark: () => ++bookmark, toc: [] };
      const content = blocks.map((b) => fastBlockXml(b, ctx)).join('');
      xml = xml.slice(0, found.index) + content + xml.slice(found.index + found[0].length);
      const tocEntry = new RegExp(`<w:p><w:pPr><w:pStyle w:val="TOC2"/>(?:(?!<w:p>).)*?>${marker}</w:t>.*?</w:p>`);
      // Without a table of contents there is no entry to replace, and nothing to list.
      xml = xml.replace(tocEntry, () => ctx.toc.join(''));
    }
    return xml;
  }

  get isEmpty(): boolean {
    return this.pending.size === 0;
  }
}

/** A labelled item of a document (register, log, policy cover): a bold label above its values. */
export interface DocxLabelledItem {
  label: string;
  lines: readonly string[];
}

/** A single value is plain text; only a list of values is bulleted (a regulator reads "• MKT-01" as a list of one). */
export const docxValueParagraphs = (lines: readonly string[]): Paragraph[] =>
  lines.map((line) =>
    lines.length === 1 ? new Paragraph({ text: line }) : new Paragraph({ text: line, bullet: { level: 0 } }),
  );

/** The label, kept with its values, then the values as `docxValueParagraphs` writes them. */
export const docxItemParagraphs = (item: DocxLabelledItem): Paragraph[] => [
  new Paragraph({
    keepNext: true,
    spacing: { before: 120 },
    children: [new TextRun({ text: item.label, bold: true })],
  }),
  ...docxValueParagraphs(item.lines),
];

/** Same markup as `docxItemParagraphs`, as fast blocks: a register repeats it ~100,000 times. */
export const docxItemBlocks = (item: DocxLabelledItem): DocxFastBlock[] => [
  { kind: 'label', text: item.label },
  ...item.lines.map((line): DocxFastBlock => ({ kind: item.lines.length === 1 ? 'paragraph' : 'bullet', text: line })),
];
