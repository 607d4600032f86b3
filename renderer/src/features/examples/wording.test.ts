import { describe, expect, it } from 'vitest';
import en from '../../../../assets/i18n/en/examples.json';
import fr from '../../../../assets/i18n/fr/examples.json';
import { EXAMPLES } from '../../examples';

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
const items = (tree: Tree): Tree => {
  const v = tree.items;
  if (typeof v !== 'object') throw new Error('no items');
  return v;
};

describe('examples wording', () => {
  it('has the same keys in English and French', () => {
    expect(keysOf(fr as Tree).sort()).toEqual(keysOf(en as Tree).sort());
  });

  it('gives every example a title and a one-line description in both languages', () => {
    for (const lang of [en, fr] as Tree[])
      for (const { slug } of EXAMPLES) {
        const item = items(lang)[slug];
        expect(item, slug).toBeTypeOf('object');
        if (typeof item !== 'object') continue;
        expect(item.title).toMatch(/\S/);
        expect(item.description).toMatch(/\S/);
        expect(String(item.description)).not.toContain('\n');
      }
  });

  it('keeps the English titles those of the examples, and translates the French ones', () => {
    for (const { slug, title } of EXAMPLES) {
      expect(items(en as Tree)[slug]).toMatchObject({ title });
      expect(items(fr as Tree)[slug]).not.toMatchObject({ title });
    }
  });
});
