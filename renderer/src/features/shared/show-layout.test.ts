import { describe, expect, it } from 'vitest';
import { CONTROLLER_ACTIVITY_LAYOUT, PROCESSOR_ACTIVITY_LAYOUT } from '../processing-activities/show-layout';
import { layoutProblems, type ShowLayout } from './show-layout';

const LAYOUTS: Record<string, ShowLayout<string>> = {
  'controller activity': CONTROLLER_ACTIVITY_LAYOUT,
  'processor activity': PROCESSOR_ACTIVITY_LAYOUT,
};

describe('show pages laid out from the catalogue', () => {
  it.each(Object.entries(LAYOUTS))('the %s page shows every catalogued field, and only those', (_, layout) => {
    expect(layoutProblems(layout)).toEqual({ missing: [], unknown: [] });
  });

  it('finds a catalogued field a page leaves out, and a path the catalogue does not have', () => {
    const cards = CONTROLLER_ACTIVITY_LAYOUT.cards.map((c) => ({
      ...c,
      fields: c.fields.filter((f) => f !== 'websiteAnalytics'),
    }));
    const broken: ShowLayout<string> = {
      ...CONTROLLER_ACTIVITY_LAYOUT,
      cards: [...cards, { title: 'x', fields: ['nickname'] }],
    };
    expect(layoutProblems(broken)).toEqual({ missing: ['websiteAnalytics'], unknown: ['nickname'] });
  });
});
