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
  PageOrientation,
  Paragraph,
  Tab,
  TableOfContents,
  TabStopType,
  type TemplatePageNumberEstimator,
  TextRun,
  patchDocument,
  type FileChild,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Language } from '../../domain/common';
import { estimateWordPages, type WordParts } from './docx-pages';
import { DOCX_SCRIPT_FONTS, hintScripts } from './docx-scripts';
import { applyHouseStyleDocx } from './letterhead-docx';
import { LANGUAGE_STYLE } from '../../domain/languages';
import { type BuildControl, progressSteps, throwIfCancelled } from './progress';
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
}

/**
 * How the contents' page numbers are worked out. LibreOffice shows the entries of a Word TOC field
 * as they were written, but works out a page reference (PAGEREF) outside one itself, from its own
 * layout: so the contents are written as links to the headings, each with a page reference, and no
 * TOC field (`withLiveContents`), and LibreOffice shows its own pages whatever fonts it draws with.
 * Word shows the number written in each reference until its fields are updated (F9), so that number
 * is worked out by docx's estimator, which lays the pages out as Word does with Calibri's widths,
 * over the finished document (fast body and letterhead included, `withEstimatedPages`), or, for a
 * document too long for it, by the quick layout of ./docx-pages.ts (`MAX_ESTIMATED_PARAGRAPHS`).
 * Where neither can lay a page out as Word would (a font or drawing it does not know), the number is
 * left blank: none is better than a wrong one. The app and the command line give `WORD_PAGE_NUMBERS` as
 * `BuildControl.docxPageNumbers`; a build without an estimator (tests that do not read the numbers)
 * writes the references blank.
 */
export const WORD_PAGE_NUMBERS: TemplatePageNumberEstimator = estimatePageNumbers;

/**
 * Progress over a Word document's `steps` of building. When the contents' numbers are laid out for
 * Word, that layout takes far longer than the building (about 1.2 ms a paragraph against a few µs),
 * and being one synchronous call it cannot report as it goes: the building then fills the first
 * fifth of the bar, and the bar is full once the numbers are written.
 */
export const docxBuildProgress = (steps: number, control: BuildControl) =>
  progressSteps(control.docxPageNumbers ? steps * 5 : steps, control);

export const buildDocxDocument = (input: DocxDocumentInput): Document =>
  new Document({
    title: input.title,
    subject: input.subject,
    creator: input.creator,
    lastModifiedBy: input.creator,
    // No `updateFields`: Word would ask on opening whether to update fields "that may refer to other
    // files", a question a DPO should not have to answer. The contents are written filled instead.
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
        // A heading stays with the text it heads, as Word's own heading styles do, never alone at a page's foot.
        heading1: {
          run: { size: 32, bold: true, color: DOCX_HEADING_COLOUR },
          paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { size: 26, bold: true, color: DOCX_HEADING_COLOUR },
          paragraph: { keepNext: true, keepLines: true, spacing: { before: 200, after: 80 } },
        },
        title: { run: { size: 48, bold: true }, paragraph: { spacing: { before: 2400, after: 240 } } },
      },
    },
    sections: input.sections.map((s) => toSection(s, input.wording)),
  });

export const docxHeading = (text: string, level: 1 | 2, pageBreakBefore = false): Paragraph =>
  new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, pageBreakBefore });

/**
 * The contents over Heading 1–2: docx fills a TOC field from the headings, and `packDocx` turns its
 * entries into links with page references (`withLiveContents`). The dot leaders come with the
 * numbers (`withEstimatedPages`), never pointing at nothing.
 */
export const docxTableOfContents = (title: string): FileChild[] => [
  new Paragraph({ text: title, heading: HeadingLevel.TITLE, spacing: { before: 0 } }),
  new TableOfContents(title, {
    hyperlink: true,
    headingStyleRange: '1-2',
    beginDirty: false,
    tabLeader: LeaderType.NONE,
  }),
];

const DOCUMENT_PART = 'word/document.xml';
const FAST_DEFLATE_LEVEL = 1;

/** The parts whose text runs get script font hints (./docx-scripts.ts). */
const TEXT_PART = /^word\/(document|header\d*|footer\d*)\.xml$/;

/**
 * docx writes the contents' page references dirty when it has no numbers for them, and Word asks on
 * opening whether to update fields "that may refer to other files": the references are written clean.
 */
const withCleanFields = (xml: string): string =>
  xml.replace(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/>/g, '<w:fldChar w:fldCharType="begin"/>');

const TOC_CONTROL =
  /<w:sdt><w:sdtPr><w:alias w:val="[^"]*"\/><w:docPartObj><w:docPartGallery w:val="Table of Contents"\/><w:docPartUnique\/><\/w:docPartObj><\/w:sdtPr><w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/s;
const TOC_FIELD_BEGIN =
  /<w:r><w:fldChar w:fldCharType="begin"(?: w:dirty="false")?\/><w:instrText xml:space="preserve">TOC [^<]*<\/w:instrText><w:fldChar w:fldCharType="separate"\/><\/w:r>/;
const TOC_FIELD_END = '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';

/**
 * The contents as links to the headings, each with a page reference, outside any TOC field: LibreOffice
 * shows a TOC field's entries as written, blank numbers included, but works out each page reference
 * outside one from its own pages (checked with LibreOffice 7 and 24: a reference written "99" shows
 * the heading's page). Word shows the number written in the reference (`withEstimatedPages`) and
 * works it out again when its fields are updated. Only the entries' paragraphs, styles and links stay.
 */
const withLiveContents = (xml: string): string => {
  const control = TOC_CONTROL.exec(xml);
  if (!control?.[1]) return xml;
  const entries = control[1].replace(TOC_FIELD_BEGIN, '');
  if (entries === control[1] || !entries.endsWith(TOC_FIELD_END))
    throw new Error('The Word builder wrote its table of contents in a form DPO Desk does not know.');
  return (
    xml.slice(0, control.index) + entries.slice(0, -TOC_FIELD_END.length) + xml.slice(control.index + control[0].length)
  );
};

const PAGE_REFERENCE =
  /(<w:instrText xml:space="preserve">PAGEREF (\S+) \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/>)(.*?)(<w:fldChar w:fldCharType="end"\/>)/gs;

/**
 * docx's estimator lays out a paragraph in about 1.2 ms on this project's 2-core test machine, warm,
 * its two passes included (`estimatePageNumbers` over the bench's synthetic registers: 871 paragraphs
 * 1.7 s, 3,367 5.3 s, 6,778 8.6 s). Up to this many — a register of about 60 activities, the size
 * of most companies' — the export waits those seconds for its full layout; past it the pages are laid
 * out by `estimateWordPages` (./docx-pages.ts), which follows only what DPO Desk writes, with the same
 * metrics and rules, in a few hundred milliseconds for 1,000 activities. Where that one cannot follow
 * the document either (text in another font or script), the numbers are left for Word to fill when
 * its fields are updated, and the export says so (`wordContentsPagesLeftOut`). LibreOffice shows its
 * own either way.
 */
export const MAX_ESTIMATED_PARAGRAPHS = 5_000;

const partText = (part: Uint8Array | [Uint8Array, { level: 1 }] | undefined): string =>
  part === undefined ? '' : strFromU8(Array.isArray(part) ? part[0] : part);

/** The parts `estimateWordPages` lays the document out from: the finished main part, its styles, headers and footers. */
const wordParts = (files: Record<string, Uint8Array | [Uint8Array, { level: 1 }]>, mainXml: string): WordParts => {
  const named = (pattern: RegExp) =>
    Object.keys(files)
      .filter((name) => pattern.test(name))
      .map((name) => partText(files[name]));
  return {
    document: mainXml,
    styles: partText(files['word/styles.xml']),
    headers: named(/^word\/header\d*\.xml$/),
    footers: named(/^word\/footer\d*\.xml$/),
  };
};

/** The page numbers the estimator wrote into the page references of a laid-out copy, by bookmark. */
const estimatedPages = async (
  bytes: Uint8Array,
  estimator: TemplatePageNumberEstimator,
): Promise<Map<string, string>> => {
  const laidOut = await patchDocument({ outputType: 'uint8array', data: bytes, patches: {}, pageNumbers: estimator });
  const xml = strFromU8(
    unzipSync(laidOut, { filter: (f) => f.name === DOCUMENT_PART })[DOCUMENT_PART] ?? new Uint8Array(),
  );
  const pages = new Map<string, string>();
  for (const m of xml.matchAll(PAGE_REFERENCE)) {
    const page = [...(m[3] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    if (m[2] && /^\d+$/.test(page)) pages.set(m[2], page);
  }
  return pages;
};

/**
 * Writes into each page reference of the contents the page the estimator put its heading on, and a
 * dot leader to it; a reference it has no page for stays blank, without a leader.
 */
const withEstimatedPages = (xml: string, pages: ReadonlyMap<string, string>): string =>
  xml.replace(/<w:p><w:pPr><w:pStyle w:val="TOC\d"\/>.*?<\/w:p>/gs, (entry) => {
    let numbered = false;
    const filled = entry.replace(PAGE_REFERENCE, (all, start: string, name: string, _result: string, end: string) => {
      const page = pages.get(name);
      if (page === undefined) return all;
      numbered = true;
      return `${start}<w:t>${page}</w:t>${end}`;
    });
    return numbered ? filled.replace('w:leader="none"', 'w:leader="dot"') : filled;
  });

export const packDocx = async (doc: Document, fast?: DocxFastBody, control: BuildControl = {}): Promise<Uint8Array> => {
  const { houseStyle, docxPageNumbers: pageNumbers } = control;
  const bytes = await Packer.pack(doc, 'uint8array');
  const unpacked = unzipSync(bytes);
  const files = houseStyle
    ? applyHouseStyleDocx(unpacked, houseStyle, { font: DOCX_FONT, headingColour: DOCX_HEADING_COLOUR })
    : unpacked;
  const main = files[DOCUMENT_PART];
  if (!main) throw new Error(`The Word builder wrote no ${DOCUMENT_PART}.`);
  let changed = houseStyle !== undefined;
  const out: Record<string, Uint8Array | [Uint8Array, { level: 1 }]> = { ...files };
  let mainXml = '';
  for (const [name, part] of Object.entries(files)) {
    if (!TEXT_PART.test(name)) continue;
    const xml = strFromU8(part);
    const filled =
      name === DOCUMENT_PART ? withLiveContents(withCleanFields(fast && !fast.isEmpty ? fast.apply(xml) : xml)) : xml;
    const hinted = hintScripts(filled);
    if (name === DOCUMENT_PART) mainXml = hinted;
    if (hinted === xml) continue;
    changed = true;
    // The main part may be megabytes of very repetitive markup: the fastest deflate level already
    // shrinks it about tenfold, and the slower levels would cost more than the rest of the build.
    out[name] = [strToU8(hinted), { level: FAST_DEFLATE_LEVEL }];
  }
  if (!pageNumbers || !mainXml.includes('PAGEREF')) return changed ? zipSync(out) : bytes;
  const entries = mainXml.match(/<w:pStyle w:val="TOC\d"\/>/g)?.length ?? 0;
  const leftToWord = (reason: 'tooLong' | 'notLaidOut', packed: Uint8Array): Uint8Array => {
    control.onWarning?.({ kind: 'wordContentsPagesLeftOut', entries, reason });
    return packed;
  };
  throwIfCancelled(control.signal);
  let pages: ReadonlyMap<string, string>;
  if (paragraphCount(mainXml) > MAX_ESTIMATED_PARAGRAPHS) {
    // Laid out from the text, before the package is zipped: it is zipped once, with the numbers.
    const quick = estimateWordPages(wordParts(out, mainXml));
    if (quick === undefined || quick.size === 0) return leftToWord('tooLong', zipSync(out));
    pages = quick;
  } else {
    const packed = changed ? zipSync(out) : bytes;
    pages = await estimatedPages(packed, pageNumbers);
    if (pages.size === 0) return leftToWord('notLaidOut', packed);
  }
  out[DOCUMENT_PART] = [strToU8(withEstimatedPages(mainXml, pages)), { level: FAST_DEFLATE_LEVEL }];
  return zipSync(out);
};

const paragraphCount = (xml: string): number => {
  let count = 0;
  for (let at = xml.indexOf('<w:p>'); at >= 0; at = xml.indexOf('<w:p>', at + 5)) count++;
  return count;
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
  /**
   * A full-width table with a repeated shaded header row; "\n" in a cell starts a new paragraph.
   * `widths` are the PDF's (points, or '*' for a share of what is left); without them the columns are equal.
   */
  | {
      kind: 'table';
      columns: readonly string[];
      rows: readonly (readonly string[])[];
      orientation: Orientation;
      widths?: readonly ColumnWidth[];
      /** A cell of several lines lists them as bullets (the policy's tables), not as plain paragraphs. */
      bulletLines?: boolean;
      /** The first column in bold (a row's heading). */
      rowHeaders?: boolean;
      /** A row is never split across two pages. */
      rowsWhole?: boolean;
    };

/** A column's width as the PDF gives it: points, or '*' for an equal share of what the others leave. */
export type ColumnWidth = number | '*';

/**
 * The twips of each column of a table `total` twips wide. The grid is fixed: Word would otherwise fit
 * the columns to their text, and LibreOffice keep the grid, so neither the look nor the pages would
 * be the same in the two.
 */
export const columnTwips = (count: number, total: number, widths?: readonly ColumnWidth[]): number[] => {
  const asked = widths?.length === count ? widths : Array.from({ length: count }, (): ColumnWidth => '*');
  const fixed = asked.reduce<number>((sum, w) => sum + (w === '*' ? 0 : Math.round(w * 20)), 0);
  const stars = asked.filter((w) => w === '*').length;
  const share = stars > 0 ? Math.max(0, Math.floor((total - fixed) / stars)) : 0;
  return asked.map((w) => (w === '*' ? share : Math.round(w * 20)));
};

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
      const cols = columnTwips(b.columns.length, textWidth(b.orientation), b.widths);
      const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
      const line = (text: string, bold: boolean, bulleted: boolean): string =>
        bulleted
          ? `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${ctx.bulletNumId}"/>` +
            `</w:numPr></w:pPr>${textRun(text, bold)}</w:p>`
          : `<w:p>${textRun(text, bold)}</w:p>`;
      const cell = (value: string, header: boolean, bold = header): string => {
        const lines = value.split('\n');
        const bulleted = b.bulletLines === true && lines.length > 1;
        return (
          `<w:tc>${header ? '<w:tcPr><w:shd w:fill="E8EEF7" w:val="clear"/></w:tcPr>' : ''}` +
          lines.map((l) => line(l, bold, bulleted)).join('') +
          '</w:tc>'
        );
      };
      const rowStart = b.rowsWhole ? '<w:tr><w:trPr><w:cantSplit/></w:trPr>' : '<w:tr>';
      return (
        `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${cols.reduce((a, c) => a + c, 0)}"/><w:tblBorders>` +
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('') +
        `</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${cols.map((c) => `<w:gridCol w:w="${c}"/>`).join('')}</w:tblGrid>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${b.columns.map((c) => cell(c, true)).join('')}</w:tr>` +
        b.rows
          .map((r) => `${rowStart}${r.map((v, i) => cell(v, false, i === 0 && b.rowHeaders === true)).join('')}</w:tr>`)
          .join('') +
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
