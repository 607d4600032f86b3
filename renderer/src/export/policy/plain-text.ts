import type { PolicyBlock, PolicyViewModel } from './types';

const blockLines = (b: PolicyBlock): string[] => {
  switch (b.kind) {
    case 'paragraph':
    case 'subheading':
      return [b.text];
    case 'list':
      return [...b.items];
    case 'table':
      return [b.caption, b.columns.join(' | '), ...b.rows.map((r) => r.map((c) => c.join('; ')).join(' | '))];
  }
};

/** The policy as plain text, one line per paragraph, item or table row: for search and word counts. */
export const policyPlainText = (vm: PolicyViewModel): string =>
  [vm.title, vm.subtitle, ...vm.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockLines)])].join('\n');
