import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import de from '../../../assets/i18n/de/activities.json';
import en from '../../../assets/i18n/en/activities.json';
import fr from '../../../assets/i18n/fr/activities.json';
import deCommon from '../../../assets/i18n/de/common.json';
import enCommon from '../../../assets/i18n/en/common.json';
import frCommon from '../../../assets/i18n/fr/common.json';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: {
    en: { activities: en, common: enCommon },
    fr: { activities: fr, common: frCommon },
    de: { activities: de, common: deCommon },
  },
  interpolation: { escapeValue: false },
});

describe('an activity page’s wording', () => {
  it('writes a retention period in the singular for one unit, in each language', () => {
    const period = (lng: string, unit: string, count: number) =>
      i18n.getFixedT(lng, 'activities')(`retentionPeriod.${unit}`, { count });
    expect([period('en', 'years', 1), period('en', 'years', 3), period('en', 'days', 1)]).toEqual([
      '1 year',
      '3 years',
      '1 day',
    ]);
    expect([period('fr', 'years', 1), period('fr', 'years', 3), period('fr', 'months', 6)]).toEqual([
      '1 an',
      '3 ans',
      '6 mois',
    ]);
    expect([period('de', 'years', 1), period('de', 'years', 10), period('de', 'months', 1)]).toEqual([
      '1 Jahr',
      '10 Jahre',
      '1 Monat',
    ]);
  });

  it('puts a label before its value with each language’s punctuation', () => {
    const labelled = (lng: string) => i18n.getFixedT(lng, 'common')('detail.labelled', { label: 'L', value: 'V' });
    expect([labelled('en'), labelled('fr'), labelled('de')]).toEqual(['L: V', 'L : V', 'L: V']);
  });
});
