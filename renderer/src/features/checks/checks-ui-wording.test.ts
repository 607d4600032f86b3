import { describe, expect, it } from 'vitest';
import en from '../../../../assets/i18n/en/checksUi.json';
import fr from '../../../../assets/i18n/fr/checksUi.json';
import { entityTableSchema } from '../../domain';
import { RULE_SCOPES } from './checks-model';

const leaves = (o: unknown, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  if (typeof o === 'string') out.set(prefix, o);
  else if (o && typeof o === 'object')
    for (const [k, v] of Object.entries(o))
      for (const [p, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  return out;
};

describe('Checks screen wording', () => {
  const enKeys = leaves(en);
  const frKeys = leaves(fr);

  it('has the same keys in English and French, each translated', () => {
    expect([...frKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, text] of frKeys) {
      expect(text.trim(), key).not.toBe('');
      // Sentences differ between the languages; only short labels (articles, percentages) may match.
      if (text.length > 25) expect(text, key).not.toBe(enKeys.get(key));
    }
  });

  it('names every scope, record table and screening result the screen can show', () => {
    for (const s of RULE_SCOPES) expect(enKeys.has(`scope.${s}`), s).toBe(true);
    for (const t of entityTableSchema.options) expect(enKeys.has(`table.${t}`), t).toBe(true);
    for (const r of ['required', 'likely_required', 'decision_needed', 'not_required'])
      expect(enKeys.has(`dpia.result.${r}`) && enKeys.has(`dpia.explain.${r}`), r).toBe(true);
  });

  it('keeps the interpolation variables of each message in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of enKeys) expect(vars(frKeys.get(key) ?? ''), key).toEqual(vars(text));
  });
});
