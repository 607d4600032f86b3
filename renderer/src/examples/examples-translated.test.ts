import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './index';
import { untranslatedTexts } from './phrase-tables';

describe('the bundled examples in every language they publish in', () => {
  // Lists, per example, the printed texts its phrase table (translations/<slug>.<lang>.json) lacks.
  it.each(EXAMPLES.map((e) => [e.slug, e] as const))('leave no printed text of %s untranslated', (_slug, example) => {
    const ws = example.workspace;
    for (const lang of ws.organisation.documentLanguages.filter((l) => l !== ws.organisation.defaultLanguage))
      expect(untranslatedTexts(ws, lang), `${example.slug} in ${lang}`).toEqual([]);
  });
});
