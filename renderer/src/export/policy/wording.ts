import enPolicy from '../../../../assets/i18n/en/policy.json';
import frPolicy from '../../../../assets/i18n/fr/policy.json';
import dePolicy from '../../../../assets/i18n/de/policy.json';
import type { Language } from '../../domain/common';
import { createTranslator, type WordingVars } from '../common/wording';

/** Document wording of privacy policies (assets/i18n/<lang>/policy.json). */
export const POLICY_WORDING = { en: enPolicy, fr: frPolicy, de: dePolicy } as const;
export const policyT = createTranslator('policy', POLICY_WORDING);

const pluralRules = new Map<Language, Intl.PluralRules>();
/**
 * Picks `<key>_one` or `<key>_other` by the language's plural rules (French treats 0 and 1 as
 * singular, English only 1), the same suffixes i18next uses.
 */
export const policyPlural = (language: Language, key: string, count: number, vars: WordingVars = {}): string => {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const form = rules.select(count) === 'one' ? 'one' : 'other';
  return policyT(language, `${key}_${form}`, { ...vars, count });
};
