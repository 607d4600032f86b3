import { describe, expect, it } from 'vitest';
import { LETTER_KINDS } from '../../export/logs';
import en from '../../../../assets/i18n/en/log-exports.json';
import fr from '../../../../assets/i18n/fr/log-exports.json';
import { LETTERS } from './letters';

describe('reply letters offered in the dialog', () => {
  it('offers every letter the builders can write, each named and explained in English and French', () => {
    expect([...LETTERS].sort()).toEqual([...LETTER_KINDS].sort());
    for (const l of LETTERS) {
      for (const wording of [en, fr]) {
        expect(wording.letter[l]).not.toBe('');
        expect(wording.letterHint[l]).not.toBe('');
      }
    }
  });
});
