import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { LANGUAGE_STYLE } from '../../domain/languages';
import { buildDocxDocument, packDocx, textWidth, type DocxSectionInput } from '../common/docx';
import { progressSteps, type BuildControl } from '../common/progress';
import type { BilingualDocument, BilingualGroup, ColumnBlock } from './model';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' } as const;
/** Room between a column's text and the rule between the columns, in twips (0.25 cm). */
const GUTTER = 142;

/**
 * Each run carries its column's language, so Word and LibreOffice check the right column's
 * spelling (and hyphenate it) in that language, not in the document's.
 */
type Lang = { language: { value: string } };

const runs = (text: string, lang: Lang, extra: { bold?: boolean; size?: number; color?: string } = {}) => [
  new TextRun({ text, ...lang, ...extra }),
];

const cellParagraphs = (lines: readonly string[], bold: boolean, lang: Lang): Paragraph[] =>
  lines.length === 0
    ? [new Paragraph('')]
    : lines.map((line) =>
        // A narrow cell: the bullet is a character hanging by 8 pt, not a list item indented by 36.
        lines.length > 1
          ? new Paragraph({
              indent: { left: 160, hanging: 160 },
              children: runs(`•\u00a0${line}`, lang, { bold, size: 16 }),
            })
          : new Paragraph({ children: runs(line, lang, { bold, size: 16 }) }),
      );

/** Word's width for an 'auto' column (a reference, a status, a date at 8 pt): 48 pt. */
const AUTO_TWIPS = 960;

/**
 * Twips of each column of a table `width` twips wide: 'auto' columns a short value's width, the
 * rest shared by the '*' columns (Word would otherwise share a narrow table equally and break words).
 */
const innerWidths = (b: Extract<ColumnBlock, { kind: 'table' }>, width: number): number[] | undefined => {
  const asked = b.widths;
  if (asked?.length !== b.columns.length) return undefined;
  const autos = asked.filter((w) => w === 'auto').length;
  const stars = asked.length - autos;
  const share = stars > 0 ? Math.max(0, Math.floor((width - autos * AUTO_TWIPS) / stars)) : 0;
  return asked.map((w) => (w === 'auto' ? AUTO_TWIPS : share));
};

/** A table of the single-language documents (the summary, a policy table) inside a column `width` twips wide. */
const innerTable = (b: Extract<ColumnBlock, { kind: 'table' }>, lang: Lang, width: number): (Paragraph | Table)[] => [
  ...(b.caption
    ? [new Paragraph({ keepNext: true, spacing: { before: 120 }, children: runs(b.caption, lang, { bold: true }) })]
    : []),
  new Table({
    ...(() => {
      const columnWidths = innerWidths(b, width);
      return columnWidths
        ? { width: { size: width, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED }
        : { width: { size: 100, type: WidthType.PERCENTAGE } };
    })(),
    rows: [
      new TableRow({
        tableHeader: true,
        children: b.columns.map(
          (c) => new TableCell({ children: cellParagraphs([c], true, lang), shading: { fill: 'E8EEF7' } }),
        ),
      }),
      ...b.rows.map(
        (r) =>
          new TableRow({
            children: r.map(
              (cell, i) => new TableCell({ children: cellParagraphs(cell, i === 0 && b.rowHeaders, lang) }),
            ),
          }),
      ),
    ],
  }),
  // A table cell must end with a paragraph.
  new Paragraph(''),
];

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const blockChildren = (b: ColumnBlock, lang: Lang, width: number): (Paragraph | Table)[] => {
  switch (b.kind) {
    case 'title':
      return [
        new Paragraph({ spacing: { before: 600, after: 120 }, children: runs(b.text, lang, { bold: true, size: 40 }) }),
      ];
    case 'subtitle':
      return [new Paragraph({ spacing: { after: 200 }, children: runs(b.text, lang, { size: 26 }) })];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], keepNext: true, children: runs(b.text, lang) })];
    case 'label':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 120 }, children: runs(b.text, lang, { bold: true }) }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 80 },
          children: runs(b.text, lang, b.muted ? { color: '555555' } : {}),
        }),
      ];
    case 'bullets':
      return b.items.map((text) => new Paragraph({ bullet: { level: 0 }, children: runs(text, lang) }));
    case 'table':
      return innerTable(b, lang, width);
  }
};

const column = (blocks: readonly ColumnBlock[], lang: Lang, width: number, header = false): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: GUTTER, right: GUTTER, top: 40, bottom: 40 },
    ...(header ? { shading: { fill: 'E8EEF7' } } : {}),
    children: (() => {
      const children = blocks.flatMap((b) => blockChildren(b, lang, width - 2 * GUTTER));
      return children.length > 0 ? children : [new Paragraph('')];
    })(),
  });

/** One group as a two-column table, its "English | Français" row repeated on each page it runs over. */
const groupTable = (doc: BilingualDocument, group: BilingualGroup, langs: [Lang, Lang]): Table => {
  const half = Math.floor(textWidth(group.orientation) / 2);
  const [left, right] = doc.sides;
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    // Fixed: a long word or an inner table never pushes one language into the other's half.
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: RULE,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          column([{ kind: 'label', text: left.columnHeading }], langs[0], half, true),
          column([{ kind: 'label', text: right.columnHeading }], langs[1], half, true),
        ],
      }),
      ...group.rows.map(
        (r) =>
          new TableRow({
            children: [column(r.columns[0], langs[0], half), column(r.columns[1], langs[1], half)],
          }),
      ),
    ],
  });
};

/**
 * The bilingual document as an editable Word document: a Word section per orientation, and in it
 * each group as a two-column table (the first language left, the second right) under a header
 * row naming the languages. Headings keep Word's Heading styles, so the navigation pane lists them.
 */
export const renderBilingualDocx = async (doc: BilingualDocument, control: BuildControl = {}): Promise<Uint8Array> => {
  const progress = progressSteps(doc.groups.length + 1, control);
  const [left, right] = doc.sides;
  const langs: [Lang, Lang] = [
    { language: { value: LANGUAGE_STYLE[left.language].locale } },
    { language: { value: LANGUAGE_STYLE[right.language].locale } },
  ];
  const sections: DocxSectionInput[] = [];
  for (const group of doc.groups) {
    const current = sections.at(-1);
    const table = groupTable(doc, group, langs);
    if (current === undefined || current.orientation !== group.orientation) {
      // A new Word section starts on a new page by itself.
      sections.push({ orientation: group.orientation, children: [table], titlePage: sections.length === 0 });
    } else {
      // Tables side by side in the body would merge: a small paragraph keeps them apart (and breaks the page).
      current.children.push(
        new Paragraph({ pageBreakBefore: group.pageBreakBefore, children: [new TextRun({ text: '', size: 4 })] }),
        table,
      );
    }
    progress.step();
  }
  const document = buildDocxDocument({
    title: doc.metadata.title,
    subject: doc.metadata.subject,
    creator: doc.metadata.author,
    language: left.language,
    wording: {
      page: left.page,
      of: left.of,
      header: left.runningHeader,
      second: {
        page: right.page,
        of: right.of,
        header: right.runningHeader,
        locale: LANGUAGE_STYLE[right.language].locale,
      },
    },
    sections,
  });
  const bytes = await packDocx(document, undefined, {
    ...(control.houseStyle ? { houseStyle: control.houseStyle } : {}),
  });
  progress.finish();
  return bytes;
};
