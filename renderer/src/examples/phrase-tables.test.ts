import { describe, expect, it } from 'vitest';
import { translationGaps, workspaceIn } from '../domain/workspace-in';
import { EXAMPLES } from './index';
import { untranslatedTexts, withPhraseTables } from './phrase-tables';

const luxcloud = EXAMPLES.find((e) => e.slug === 'luxcloud');
if (!luxcloud) throw new Error('luxcloud example missing');

describe('phrase tables of the examples', () => {
  it('fill every field whose text is a key, keep the rest as gaps, and publish in EN and FR', () => {
    const source = { ...luxcloud.workspace, organisation: { ...luxcloud.workspace.organisation } };
    const bare = withPhraseTables(
      {
        ...source,
        activities: source.activities.map((a) => ({ ...a, translations: {} })),
      },
      new Map([
        ['fr', { 'Until the end of our business relationship': 'Jusqu’à la fin de notre relation commerciale' }],
      ]),
    );
    expect(bare.organisation.documentLanguages).toEqual(['en', 'fr']);
    const { workspace } = workspaceIn(bare, 'fr');
    const criteria = workspace.activities.flatMap((a) =>
      a.kind === 'controller' ? a.dataCategories.map((c) => c.retention.criteria) : [],
    );
    expect(criteria).toContain('Jusqu’à la fin de notre relation commerciale');
    expect(criteria).not.toContain('Until the end of our business relationship');
    expect(untranslatedTexts(bare, 'fr')).not.toContain('Until the end of our business relationship');
    expect(untranslatedTexts(bare, 'fr').length).toBe(new Set(translationGaps(bare, 'fr').map((g) => g.text)).size);
  });
});
