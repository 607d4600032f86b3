import { describe, expect, it } from 'vitest';
import { controllerActivity, organisation, processor, workspace } from './checks/test-builders';
import { countDue, dueForWorkspace, mergeDue, type DueItem } from './due';

const AT = { today: '2026-06-15', now: '2026-06-15T10:00:00.000Z' };
const lines = (items: readonly DueItem[]) => items.map((i) => [i.kind, i.target.label, i.params]);

describe('what is due in one record', () => {
  it('has nothing to say about a complete record reviewed this year with no agreement ending', () => {
    const due = dueForWorkspace(workspace(), AT);
    expect(due.items).toEqual([]);
    expect(due.completeness).toMatchObject({ score: 100, activities: 1, incomplete: 0 });
  });

  it('counts a review as overdue on the day twelve months after it, not the day before', () => {
    const ws = workspace({
      activities: [
        controllerActivity('a-1', { name: 'Exactly a year', lastReviewedOn: '2025-06-15' }),
        controllerActivity('a-2', { name: 'A day short', lastReviewedOn: '2025-06-16' }),
        controllerActivity('a-3', { name: 'Never looked at', lastReviewedOn: '2024-01-31' }),
        controllerActivity('a-4', { name: 'Retired', lastReviewedOn: '2020-01-01', status: 'retired' }),
      ],
    });
    const reviews = dueForWorkspace(ws, AT).items.filter((i) => i.kind === 'review_overdue');
    // Oldest review first: the most overdue comes to the top.
    expect(lines(reviews)).toEqual([
      ['review_overdue', 'Never looked at', { lastReview: '2024-01-31', months: 12 }],
      ['review_overdue', 'Exactly a year', { lastReview: '2025-06-15', months: 12 }],
    ]);
    expect(reviews[0]?.target).toEqual({
      table: 'activities',
      id: 'a-3',
      label: 'Never looked at',
      field: 'lastReviewedOn',
    });
  });

  it('announces an agreement ending within 60 days, today included, and calls one past its end expired', () => {
    const dpa = (expiresOn: string) => ({ signed: true, signedOn: '2024-01-01', expiresOn, reference: 'DPA' });
    const ws = workspace({
      processors: [
        processor('p-today', { name: 'Ends today', dpa: dpa('2026-06-15') }),
        processor('p-60', { name: 'Ends in 60 days', dpa: dpa('2026-08-14') }),
        processor('p-61', { name: 'Ends in 61 days', dpa: dpa('2026-08-15') }),
        processor('p-past', { name: 'Ended yesterday', dpa: dpa('2026-06-14') }),
        processor('p-unsigned', { name: 'Unsigned', dpa: { ...dpa('2026-06-01'), signed: false } }),
      ],
    });
    const items = dueForWorkspace(ws, AT).items.filter((i) => i.kind.startsWith('dpa'));
    expect(lines(items)).toEqual([
      ['dpa_expired', 'Ended yesterday', { date: '2026-06-14', days: 1 }],
      ['dpa_expiring', 'Ends today', { date: '2026-06-15', days: 0 }],
      ['dpa_expiring', 'Ends in 60 days', { date: '2026-08-14', days: 60 }],
    ]);
    expect(items.map((i) => i.urgency)).toEqual(['overdue', 'due_soon', 'due_soon']);
  });

  it('adds the register completeness as the last line when an item is missing', () => {
    const ws = workspace({ activities: [controllerActivity('a-1', { securityMeasureIds: [] })] });
    const due = dueForWorkspace(ws, AT);
    expect(due.completeness.score).toBeLessThan(100);
    expect(due.items.at(-1)).toMatchObject({
      kind: 'completeness',
      urgency: 'info',
      target: { table: 'checks' },
      params: { score: due.completeness.score, incomplete: 1 },
    });
  });

  it('refuses a day that is not a date, naming what it needs', () => {
    expect(() => dueForWorkspace(workspace(), { today: '15/06/2026', now: AT.now })).toThrow(/YYYY-MM-DD/);
  });
});

describe('what is due across client workspaces', () => {
  it('puts every overdue line of every organisation before any line still to come, and counts them', () => {
    const dpa = (expiresOn: string) => ({ signed: true, signedOn: '2024-01-01', expiresOn, reference: 'DPA' });
    const acme = workspace({
      organisation: organisation({ name: 'Acme SAS' }),
      processors: [processor('p-1', { name: 'Hosting', dpa: dpa('2026-07-01') })],
    });
    const beta = workspace({
      organisation: organisation({ id: 'org-2', name: 'Beta SA' }),
      activities: [controllerActivity('b-1', { name: 'Payroll', lastReviewedOn: '2025-01-01' })],
    });
    const merged = mergeDue([dueForWorkspace(acme, AT), dueForWorkspace(beta, AT)]);
    expect(merged.map((i) => [i.organisationName, i.kind])).toEqual([
      ['Beta SA', 'review_overdue'],
      ['Acme SAS', 'dpa_expiring'],
    ]);
    expect(countDue(merged)).toEqual({ overdue: 1, due_soon: 1, info: 0 });
  });
});
