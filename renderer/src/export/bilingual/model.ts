import type { Language } from '../../domain/common';
import { LANGUAGE_STYLE } from '../../domain/languages';
import type { PolicyBlock, PolicyViewModel } from '../policy/types';
import type { RegisterItem, RegisterViewModel } from '../register/view-model';

/**
 * A bilingual document (#19 item 3): one document, two languages side by side, each column
 * entirely in its language. It is not a third kind of view model: the register's or the policy's
 * own view model is built once in each language (so each column says exactly what the
 * single-language document says, with its gaps and marks), and this module only pairs them, part
 * by part (an Art. 30 item with the same item, a policy section with the same section), so a
 * reader finds a sentence's translation on the same line. The DOCX and PDF builders
 * (./docx.ts, ./pdf.ts) lay the pairs out as two-column tables.
 */

/** What one column of a row holds: the blocks of the single-language builders, in one language. */
export type ColumnBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  /** Level 1 and 2 are the document's headings (navigation, outline); 3 a heading inside a section. */
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'label'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'bullets'; items: readonly string[] }
  | {
      kind: 'table';
      caption: string;
      columns: readonly string[];
      /** Each cell is one or more lines. */
      rows: readonly (readonly (readonly string[])[])[];
      rowHeaders: boolean;
      /**
       * Column widths: 'auto' for a short value (as wide as it needs, about 48 pt in Word), '*' a
       * share of what is left; all '*' when absent.
       */
      widths?: readonly ('auto' | '*')[];
    };

/** One line of the document: the first language's blocks on the left, the second's on the right. */
export interface BilingualRow {
  columns: readonly [readonly ColumnBlock[], readonly ColumnBlock[]];
}

/** A run of rows under one "English / Français" header row; it may start a new page. */
export interface BilingualGroup {
  orientation: 'portrait' | 'landscape';
  pageBreakBefore: boolean;
  rows: readonly BilingualRow[];
}

/** Text said once per language around the columns (running header, "Page x of y"). */
export interface BilingualSide {
  language: Language;
  /** The language's own name over its column: "English", "Français". */
  columnHeading: string;
  runningHeader: string;
  page: string;
  of: string;
  pageOf: (page: number, pages: number) => string;
}

export interface BilingualDocument {
  sides: readonly [BilingualSide, BilingualSide];
  /** Document properties: each language's value, joined with " / ". */
  metadata: { title: string; subject: string; author: string; keywords: string };
  groups: readonly BilingualGroup[];
}

/** The two languages of a bilingual export must differ: the same language twice is a plain document. */
export class SameLanguageTwiceError extends Error {
  constructor(language: Language) {
    super(`A bilingual document needs two different languages, not ${language.toUpperCase()} twice.`);
    this.name = 'SameLanguageTwiceError';
  }
}

const both = (a: string, b: string): string => (a === b ? a : `${a} / ${b}`);

const row = (left: readonly ColumnBlock[], right: readonly ColumnBlock[]): BilingualRow => ({ columns: [left, right] });

const itemBlocks = (item: RegisterItem | undefined): ColumnBlock[] =>
  item === undefined
    ? []
    : [
        { kind: 'label', text: item.label },
        item.lines.length === 1
          ? { kind: 'paragraph', text: item.lines[0] ?? '' }
          : { kind: 'bullets', items: item.lines },
      ];

/** Items paired by their key, in the first language's order (both lists come from the same record). */
const itemRows = (a: readonly RegisterItem[], b: readonly RegisterItem[]): BilingualRow[] => {
  const byKey = new Map(b.map((i) => [i.key, i]));
  const rows = a.map((item) => row(itemBlocks(item), itemBlocks(byKey.get(item.key))));
  // An item only the second language has (not expected: same record, same builder) is still printed.
  for (const item of b) if (!a.some((i) => i.key === item.key)) rows.push(row([], itemBlocks(item)));
  return rows;
};

const side = (
  language: Language,
  runningHeader: string,
  wording: { page: string; of: string; pageOf: (page: number, pages: number) => string },
): BilingualSide => ({
  language,
  columnHeading: LANGUAGE_STYLE[language].nativeName,
  runningHeader,
  page: wording.page,
  of: wording.of,
  pageOf: wording.pageOf,
});

const checkLanguages = (a: Language, b: Language): void => {
  if (a === b) throw new SameLanguageTwiceError(a);
};

/**
 * The register in two languages: the cover and identity block, the summary table (landscape), the
 * list of where the data goes, then one page per activity, each part next to its translation. The
 * contents page and the map figure of the single-language register are left out: a contents list
 * in both languages would be a column of neither, and the map's countries are listed as text.
 */
export const pairRegisters = (a: RegisterViewModel, b: RegisterViewModel): BilingualDocument => {
  checkLanguages(a.language, b.language);
  const cover: BilingualRow[] = [
    row([{ kind: 'title', text: a.coverTitle }], [{ kind: 'title', text: b.coverTitle }]),
    row([{ kind: 'subtitle', text: a.articleLine }], [{ kind: 'subtitle', text: b.articleLine }]),
    ...itemRows(a.identity.items, b.identity.items),
    row(
      [a.versionLine, a.generatedLine, a.scopeLine].map((text) => ({ kind: 'paragraph', text })),
      [b.versionLine, b.generatedLine, b.scopeLine].map((text) => ({ kind: 'paragraph', text })),
    ),
  ];
  // Each language sorts its activities by its own names: the second's summary rows follow the
  // first's order, so an activity's row is level with its translation.
  const order = new Map(a.activities.map((x, i) => [x.id, i]));
  const rowsInOrder = (vm: RegisterViewModel): readonly (readonly string[])[] =>
    vm.summary.table.rows
      .map((r, i) => ({ r, at: order.get(vm.activities[i]?.id ?? '') ?? Number.MAX_SAFE_INTEGER }))
      .sort((x, y) => x.at - y.at)
      .map((x) => x.r);
  const summaryTable = (vm: RegisterViewModel): ColumnBlock =>
    vm.summary.table.rows.length > 0
      ? {
          kind: 'table',
          caption: '',
          columns: vm.summary.table.columns,
          rows: rowsInOrder(vm).map((r) => r.map((cell) => cell.split('\n'))),
          rowHeaders: false,
          // Reference, name, purposes, legal bases, status, last review: the texts get the room.
          widths: ['auto', '*', '*', '*', 'auto', 'auto'],
        }
      : { kind: 'paragraph', text: vm.noActivities };
  const overview: BilingualRow[] = [
    row(
      [{ kind: 'heading', text: a.summary.heading, level: 1 }],
      [{ kind: 'heading', text: b.summary.heading, level: 1 }],
    ),
    row([summaryTable(a)], [summaryTable(b)]),
  ];
  if (a.dataMap && b.dataMap) {
    const map = (m: NonNullable<RegisterViewModel['dataMap']>): ColumnBlock[] => [
      { kind: 'heading', text: m.heading, level: 1 },
      { kind: 'paragraph', text: m.intro },
      ...(m.empty !== null
        ? [{ kind: 'paragraph' as const, text: m.empty }]
        : [
            { kind: 'label' as const, text: m.listTitle },
            { kind: 'bullets' as const, items: m.lines },
            ...(m.notDrawn !== null ? [{ kind: 'paragraph' as const, text: m.notDrawn }] : []),
          ]),
    ];
    overview.push(row(map(a.dataMap), map(b.dataMap)));
  }
  const byId = new Map(b.activities.map((x) => [x.id, x]));
  const activities: BilingualGroup[] = a.activities.map((activity, i) => {
    const other = byId.get(activity.id);
    return {
      orientation: 'portrait',
      // Each activity on a page of its own; the first also turns the pages back to portrait.
      pageBreakBefore: true,
      rows: [
        ...(i === 0
          ? [
              row(
                [{ kind: 'heading', text: a.activitiesHeading, level: 1 }],
                [{ kind: 'heading', text: b.activitiesHeading, level: 1 }],
              ),
            ]
          : []),
        row(
          [{ kind: 'heading', text: activity.heading, level: 2 }],
          other ? [{ kind: 'heading', text: other.heading, level: 2 }] : [],
        ),
        ...itemRows(activity.items, other?.items ?? []),
      ],
    };
  });
  return {
    sides: [side(a.language, a.runningHeader, a.wording), side(b.language, b.runningHeader, b.wording)],
    metadata: {
      title: both(a.coverTitle, b.coverTitle),
      subject: both(a.subject, b.subject),
      author: a.organisationName,
      keywords: '',
    },
    groups: [
      { orientation: 'portrait', pageBreakBefore: false, rows: cover },
      { orientation: 'landscape', pageBreakBefore: true, rows: overview },
      ...(activities.length > 0
        ? activities
        : [
            {
              orientation: 'portrait' as const,
              pageBreakBefore: true,
              rows: [
                row(
                  [
                    { kind: 'heading', text: a.activitiesHeading, level: 1 },
                    { kind: 'paragraph', text: a.noActivities },
                  ],
                  [
                    { kind: 'heading', text: b.activitiesHeading, level: 1 },
                    { kind: 'paragraph', text: b.noActivities },
                  ],
                ),
              ],
            },
          ]),
    ],
  };
};

const policyBlock = (block: PolicyBlock): ColumnBlock => {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: block.text };
    case 'subheading':
      return { kind: 'heading', text: block.text, level: 3 };
    case 'list':
      return { kind: 'bullets', items: block.items };
    case 'table':
      return {
        kind: 'table',
        caption: block.caption,
        columns: block.columns,
        rows: block.rows,
        rowHeaders: block.rowHeaders,
      };
  }
};

/**
 * A section's blocks side by side: block by block when both languages wrote the same sequence of
 * blocks (the generated text always does), else the whole section in one row (an override or its
 * translation split into a different number of paragraphs).
 */
const sectionRows = (a: readonly PolicyBlock[], b: readonly PolicyBlock[]): BilingualRow[] =>
  a.length === b.length && a.every((block, i) => block.kind === b[i]?.kind)
    ? a.map((block, i) => row([policyBlock(block)], b[i] ? [policyBlock(b[i])] : []))
    : [row(a.map(policyBlock), b.map(policyBlock))];

/** The privacy policy in two languages: the title block, then each section next to its translation. */
export const pairPolicies = (a: PolicyViewModel, b: PolicyViewModel): BilingualDocument => {
  checkLanguages(a.language, b.language);
  const byKey = new Map(b.sections.map((s) => [s.key, s]));
  const rows: BilingualRow[] = [
    row([{ kind: 'title', text: a.title }], [{ kind: 'title', text: b.title }]),
    row([{ kind: 'subtitle', text: a.subtitle }], [{ kind: 'subtitle', text: b.subtitle }]),
    row(
      [
        { kind: 'paragraph', text: a.labels.effectiveDate },
        { kind: 'paragraph', text: a.labels.generatedOn, muted: true },
      ],
      [
        { kind: 'paragraph', text: b.labels.effectiveDate },
        { kind: 'paragraph', text: b.labels.generatedOn, muted: true },
      ],
    ),
  ];
  for (const section of a.sections) {
    const other = byKey.get(section.key);
    rows.push(
      row(
        [{ kind: 'heading', text: section.heading, level: 1 }],
        other ? [{ kind: 'heading', text: other.heading, level: 1 }] : [],
      ),
      ...sectionRows(section.blocks, other?.blocks ?? []),
    );
  }
  // A section only the second language shows (an override with text in that language only).
  for (const section of b.sections)
    if (!a.sections.some((s) => s.key === section.key))
      rows.push(row([], [{ kind: 'heading', text: section.heading, level: 1 }, ...section.blocks.map(policyBlock)]));
  const pageOf = (vm: PolicyViewModel) => (page: number, pages: number) =>
    `${vm.labels.page} ${page} ${vm.labels.of} ${pages}`;
  return {
    sides: [
      side(a.language, `${a.title} · ${a.organisationName}`, { ...a.labels, pageOf: pageOf(a) }),
      side(b.language, `${b.title} · ${b.organisationName}`, { ...b.labels, pageOf: pageOf(b) }),
    ],
    metadata: {
      title: both(a.metadata.title, b.metadata.title),
      subject: both(a.metadata.subject, b.metadata.subject),
      author: a.metadata.author,
      keywords: both(a.metadata.keywords, b.metadata.keywords),
    },
    groups: [{ orientation: 'portrait', pageBreakBefore: false, rows }],
  };
};
