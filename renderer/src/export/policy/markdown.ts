import type { PolicyBlock, PolicyTableCell, PolicyViewModel } from './types';

/** Escapes Markdown syntax characters so record text never turns into markup or links. */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/([\\`*_[\]|<>~])/g, '\\$1')
    .replace(/^(\s*)(\d+)\./, '$1$2\\.')
    .replace(/^(\s*)([-+#])/, '$1\\$2');

const cellMarkdown = (cell: PolicyTableCell): string => cell.map(escapeMarkdown).join('<br>');

const blockMarkdown = (b: PolicyBlock): string => {
  switch (b.kind) {
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'subheading':
      return `### ${escapeMarkdown(b.text)}`;
    case 'list':
      return b.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n');
    case 'table': {
      const header = `| ${b.columns.map(escapeMarkdown).join(' | ')} |`;
      const rule = `| ${b.columns.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((r) => `| ${r.map(cellMarkdown).join(' | ')} |`);
      return [`*${escapeMarkdown(b.caption)}*`, '', header, rule, ...rows].join('\n');
    }
  }
};

/** The policy as Markdown (GitHub-flavoured tables) for static site generators. */
export const renderPolicyMarkdown = (vm: PolicyViewModel): string => {
  const parts: string[] = [`# ${escapeMarkdown(vm.title)}`, escapeMarkdown(vm.subtitle)];
  for (const s of vm.sections) {
    parts.push(`## ${escapeMarkdown(s.heading)}`);
    for (const b of s.blocks) parts.push(blockMarkdown(b));
  }
  parts.push(`*${escapeMarkdown(vm.labels.generatedOn)}*`);
  return `${parts.join('\n\n')}\n`;
};
