import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activityCompleteness, policyCompleteness } from './completeness';
import { ALL_RULES } from './rules';
import { ART30_5_MESSAGE_KEYS } from './small-organisation';
import { processorActivity, workspace } from '../../../../test/fixtures/checks/test-builders';
import { SEVERITIES } from './types';

type Tree = { [key: string]: string | Tree };
const catalogue = (lang: 'en' | 'fr'): Tree =>
  JSON.parse(readFileSync(new URL(`../../../../assets/i18n/${lang}/checks.json`, import.meta.url), 'utf8')) as Tree;
const en = catalogue('en');
const fr = catalogue('fr');
const lookup = (tree: Tree, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
const variables = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));

const expectSameMessage = (key: string): void => {
  const e = lookup(en, key);
  const f = lookup(fr, key);
  expect(typeof e, `en: ${key}`).toBe('string');
  expect(typeof f, `fr: ${key}`).toBe('string');
  expect(variables(f as string), `variables of ${key}`).toEqual(variables(e as string));
  expect(f, `French of ${key} is a translation`).not.toEqual(e);
};

describe('the checks message catalogue', () => {
  it('has every message key a rule can emit, in English and French, with the same variables', () => {
    const keys = ALL_RULES.flatMap((r) => r.messageKeys);
    expect(keys.length).toBeGreaterThan(ALL_RULES.length);
    for (const key of keys) expectSameMessage(key);
  });

  it('names the article in every rule message, so a DPO sees the legal ground', () => {
    for (const key of ALL_RULES.flatMap((r) => r.messageKeys)) {
      expect(lookup(en, key), key).toMatch(/Art\.|WP248/);
      expect(lookup(fr, key), key).toMatch(/art\.|article|WP248/);
    }
  });

  it('has a title for every rule and a label for every severity', () => {
    for (const r of ALL_RULES) expectSameMessage(`titles.${r.id}`);
    for (const s of SEVERITIES) expectSameMessage(`severity.${s}`);
  });

  it('has a label for every completeness item', () => {
    const keys = [
      ...activityCompleteness(workspace(), 'act-1').items,
      ...activityCompleteness(workspace({ activities: [processorActivity('act-1')] }), 'act-1').items,
      ...policyCompleteness(workspace(), 'pol-1').items,
    ].map((i) => `items.${i.key}`);
    for (const key of new Set(keys)) expectSameMessage(key);
  });

  it('has the Art. 30(5) explanations and the position-paper quote', () => {
    for (const key of ART30_5_MESSAGE_KEYS) expectSameMessage(key);
    expect(lookup(en, 'art30_5.position-paper')).toMatch(/19 April 2018/);
    expect(lookup(fr, 'art30_5.position-paper')).toMatch(/19 avril 2018/);
  });

  it('has exactly the same keys in both languages', () => {
    expect(leaves(fr).sort()).toEqual(leaves(en).sort());
  });
});
