import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enCommon from '../../../../assets/i18n/en/common.json';
import frCommon from '../../../../assets/i18n/fr/common.json';
import {
  contactContentSchema,
  controllerActivityContentSchema,
  organisationContentSchema,
  transferContentSchema,
  VALIDATION_MESSAGES,
} from '../../domain';
import { localiseValidationMessage, VALIDATION_PATTERNS } from './validation-messages';

const fr = i18next.createInstance();
beforeAll(async () => {
  await fr.init({ lng: 'fr', resources: { fr: { common: frCommon }, en: { common: enCommon } }, defaultNS: 'common' });
});

/** One sample of every domain message, as the schemas produce them. */
const samples = Object.values(VALIDATION_MESSAGES).map((m) => (typeof m === 'function' ? m(42 as never) : m));

describe('validation messages in the interface language', () => {
  it('recognises every domain message and has it in French', () => {
    for (const message of samples) {
      const localised = localiseValidationMessage(message, fr.t);
      expect(localised, message).not.toBe(message);
      expect(localised).not.toMatch(/validation\./);
    }
  });

  it('translates what the schemas really say on bad input, zod defaults included', () => {
    const issues = [
      ...(organisationContentSchema.safeParse({ name: '', email: 'nope', website: 'ftp://x' }).error?.issues ?? []),
      ...(contactContentSchema.safeParse({ role: 'boss', name: 'A' }).error?.issues ?? []),
      ...(transferContentSchema.safeParse({ recipientName: 'X', mechanism: 'scc', country: '' }).error?.issues ?? []),
      ...(controllerActivityContentSchema.safeParse({
        kind: 'controller',
        name: 'A',
        dataCategories: [{ id: '1', name: 'x', retention: { period: -3 } }],
      }).error?.issues ?? []),
    ];
    expect(issues.length).toBeGreaterThanOrEqual(6);
    for (const issue of issues) {
      const localised = localiseValidationMessage(issue.message, fr.t);
      expect(localised, issue.message).not.toBe(issue.message);
    }
    expect(localiseValidationMessage(VALIDATION_MESSAGES.tooLong(300), fr.t)).toBe('300 caractères au maximum.');
  });

  it('shows an unknown message unchanged rather than hiding it', () => {
    expect(localiseValidationMessage('Something new went wrong.', fr.t)).toBe('Something new went wrong.');
  });

  it('has every pattern key in both languages', () => {
    for (const { key } of VALIDATION_PATTERNS) {
      expect(enCommon.validation).toHaveProperty(key);
      expect(frCommon.validation).toHaveProperty(key);
    }
  });
});
