import type { PolicyBlock, PolicyTableCell, PolicyViewModel } from './types';

/**
 * Record text in a Markdown policy must stay text: a field holding "\n\n# Title", "```" or
 * "1. item" must not add headings, rules, code blocks or lists (CommonMark 0.31 and the GFM table
 * extension). Two levels of escaping:
 *
 * - inline: every ASCII punctuation character that can open inline markup (emphasis, code spans,
 *   links, images, autolinks, raw HTML, entities, strikethrough, table pipes) gets a backslash;
 * - line start: after a line break, each line is stripped of its indentation (4 spaces would open
 *   an indented code block) and a leading `#`, `>`, `-`, `+`, `*`, `=`, or digits followed by `.`
 *   or `)`, or `:` is escaped so it cannot open an ATX heading, a quote, a list, a thematic break,
 *   a setext underline or a table's delimiter row. Blank lines are dropped: one would end the block.
 */
const INLINE_SPECIAL = /([\\`*_[\]|<>~&!#])/g;
/** What may still open a block once the inline specials (`#`, `>`, `*`, `|`, fences) are escaped. */
const LINE_START = /^([-+=:])/;
const ORDERED_MARKER = /^(\d+)([.)])/;
const LINE_BREAK = /\r\n?|\n/;

const escapeLine = (line: string): string =>
  line
    .replace(/^[ \t]+/, '')
    .replace(INLINE_SPECIAL, '\\$1')
    .replace(LINE_START, '\\$1')
    .replace(ORDERED_MARKER, '$1\\$2');

const lines = (s: string): string[] =>
  s
    .split(LINE_BREAK)
    .map(escapeLine)
    .filter((l) => l.trim() !== '');

/** Text on one line (a heading, a caption, a table cell line): line breaks become spaces. */
export const escapeMarkdown = (s: string): string => lines(s).join(' ');

/**
 * Text that may span lines (a paragraph, a list item): each line escaped and joined by a hard
 * line break (a trailing backslash), so the lines stay in the one block. `indent` keeps the
 * continuation lines of a list item inside the item.
 */
const escapeMarkdownBlock = (s: string, indent = ''): string => lines(s).join(`\\\n${indent}`);

const cellMarkdown = (cell: PolicyTableCell): string => cell.map((line) => lines(line).join('<br>')).join('<br>');

const blockMarkdown = (b: PolicyBlock): string => {
  switch (b.kind) {
    case 'paragraph':
      return escapeMarkdownBlock(b.text);
    case 'subheading':
      return `### ${escapeMarkdown(b.text)}`;
    case 'list':
      // A list of one value is a plain paragraph, as in the DOCX and the PDF.
      if (b.items.length === 1) return escapeMarkdownBlock(b.items[0] ?? '');
      return b.items.map((i) => `- ${escapeMarkdownBlock(i, '  ')}`).join('\n');
    case 'table': {
      const header = `| ${b.columns.map(escapeMarkdown).join(' | ')} |`;
      const rule = `| ${b.columns.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((r) => `| ${r.map(cellMarkdown).join(' | ')} |`);
      return [`*${escapeMarkdown(b.caption)}*`, '', header, rule, ...rows].join('\n');
    }
  }
};

/**
 * The cover's identity block (controller, representative, DPO: ../common/identity.ts, as the DOCX and
 * PDF print it): the label in bold, one value as plain text, several as a list.
 */
const identityMarkdown = (identity: PolicyViewModel['identity']): string[] =>
  identity.flatMap((item) => [
    `**${escapeMarkdown(item.label)}**`,
    item.lines.length === 1
      ? escapeMarkdownBlock(item.lines[0] ?? '')
      : item.lines.map((l) => `- ${escapeMarkdownBlock(l, '  ')}`).join('\n'),
  ]);

/** The policy as Markdown (GitHub-flavoured tables) for static site generators. */
export const renderPolicyMarkdown = (vm: PolicyViewModel): string => {
  const parts: string[] = [
    `# ${escapeMarkdown(vm.title)}`,
    escapeMarkdownBlock(vm.subtitle),
    ...identityMarkdown(vm.identity),
    escapeMarkdownBlock(vm.labels.effectiveDate),
  ];
  for (const s of vm.sections) {
    parts.push(`## ${escapeMarkdown(s.heading)}`);
    for (const b of s.blocks) parts.push(blockMarkdown(b));
  }
  parts.push(`*${escapeMarkdown(vm.labels.generatedOn)}*`);
  return `${parts.join('\n\n')}\n`;
};
