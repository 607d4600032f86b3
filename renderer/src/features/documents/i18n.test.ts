import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../../assets/i18n/en/documents.json';
import fr from '../../../../assets/i18n/fr/documents.json';

const has = (tree: unknown, path: string): boolean => {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' || (typeof node === 'object' && node !== null);
};
/** Plural keys live as key_one / key_other. */
const hasKey = (tree: unknown, path: string): boolean => has(tree, path) || has(tree, `${path}_other`);

describe('documents wording', () => {
  const dir = import.meta.dirname;
  const source = readdirSync(dir)
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const used = [...source.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1] ?? '');

  it('has every literal key the screens use, in English and in French', () => {
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => !hasKey(en, k))).toEqual([]);
    expect(used.filter((k) => !hasKey(fr, k))).toEqual([]);
  });

  it('says things differently in French (no copied English left behind)', () => {
    const same = used
      .filter((k) => hasKey(fr, k) && JSON.stringify(en) !== '' && k.includes('.'))
      .filter((k) => {
        const get = (tree: unknown) =>
          k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)?.[p], tree);
        const e = get(en);
        return typeof e === 'string' && e.length > 12 && e === get(fr);
      });
    expect(same).toEqual([]);
  });
});
