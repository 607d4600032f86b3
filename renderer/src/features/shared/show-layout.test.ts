import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../domain/catalogue';
import { BREACH_LAYOUT } from '../breaches/show-layout';
import { CONTACT_LAYOUT } from '../contacts/show-layout';
import { ORGANISATION_LAYOUT } from '../organisations/show-layout';
import { CONTROLLER_ACTIVITY_LAYOUT, PROCESSOR_ACTIVITY_LAYOUT } from '../processing-activities/show-layout';
import { PROCESSOR_LAYOUT } from '../processors/show-layout';
import { REQUEST_LAYOUT } from '../requests/show-layout';
import { TRANSFER_LAYOUT } from '../transfers/show-layout';
import { catalogueLayout, layoutProblems, pathOf, type ShowLayout } from './show-layout';

const LAYOUTS: Record<string, ShowLayout<string>> = {
  'controller activity': CONTROLLER_ACTIVITY_LAYOUT,
  'processor activity': PROCESSOR_ACTIVITY_LAYOUT,
  organisation: ORGANISATION_LAYOUT,
  processor: PROCESSOR_LAYOUT,
  contact: CONTACT_LAYOUT,
  transfer: TRANSFER_LAYOUT,
  breach: BREACH_LAYOUT,
  request: REQUEST_LAYOUT,
  // The generic page of a resource with nothing of its own to lay out.
  recipient: catalogueLayout(CATALOGUES.recipient),
  'security measure': catalogueLayout(CATALOGUES.securityMeasure),
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

  it.each([
    ['breach', BREACH_LAYOUT, 'contactPointId'],
    ['request', REQUEST_LAYOUT, 'communications'],
  ] as const)('finds a catalogued field the %s page leaves out', (_, layout, left) => {
    const cards = layout.cards.map((c) => ({ ...c, fields: c.fields.filter((f) => pathOf(f) !== left) }));
    expect(layoutProblems({ ...layout, cards })).toEqual({ missing: [left], unknown: [] });
  });
});
