import { describe, expect, it } from 'vitest';
import { breachSchema, type Breach } from './breach';
import {
  controllerActivity,
  organisation,
  processor,
  workspace,
  ORG_ID,
} from '../../../test/fixtures/checks/test-builders';
import { requestSchema, type DataSubjectRequest } from './data-subject-request';
import { countDue, dueForWorkspace, mergeDue, type DueItem } from './due';
import { workspaceSchema, type Workspace } from './workspace';

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

const meta = (id: string) => ({
  id,
  organisationId: ORG_ID,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-01-10T09:00:00.000Z',
  revision: 1,
  deletedAt: null,
});
const breach = (id: string, over: Partial<Parameters<typeof breachSchema.parse>[0]> = {}): Breach =>
  breachSchema.parse({ ...meta(id), title: `Breach ${id}`, awareAt: '2026-06-13T10:00:00.000Z', ...over });
const request = (id: string, over: Record<string, unknown> = {}): DataSubjectRequest =>
  requestSchema.parse({
    ...meta(id),
    requesterName: `Person ${id}`,
    types: ['access'],
    receivedOn: '2026-06-01',
    ...over,
  });
const withLogs = (breaches: Breach[], requests: DataSubjectRequest[], country = 'FR'): Workspace =>
  workspaceSchema.parse({
    ...workspace({
      organisation: organisation({
        address: { street: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country },
      }),
    }),
    breaches,
    requests,
  });

describe('breaches: the 72 hours of Art. 33(1)', () => {
  const at = (now: string) => ({ today: now.slice(0, 10), now });
  it('counts the hours left down to the last minute, then the hours late', () => {
    const ws = withLogs([breach('b-1', { awareAt: '2026-06-13T10:00:00.000Z' })], []);
    const line = (now: string) => dueForWorkspace(ws, at(now)).items.find((i) => i.target.table === 'breaches');
    // Aware Saturday 10:00 UTC: due Tuesday 10:00 UTC, with no working-day shift.
    expect(line('2026-06-13T10:00:00.000Z')).toMatchObject({
      kind: 'breach_clock',
      urgency: 'due_soon',
      params: { hours: 72 },
    });
    expect(line('2026-06-16T09:59:00.000Z')).toMatchObject({ kind: 'breach_clock', params: { hours: 0 } });
    expect(line('2026-06-16T10:00:00.000Z')).toMatchObject({ kind: 'breach_clock', params: { hours: 0 } });
    expect(line('2026-06-16T10:01:00.000Z')).toMatchObject({
      kind: 'breach_late',
      urgency: 'overdue',
      params: { hours: 1 },
    });
    expect(line('2026-06-18T10:00:00.000Z')).toMatchObject({ kind: 'breach_late', params: { hours: 48 } });
    expect(line('2026-06-16T10:01:00.000Z')?.deadline).toBe('2026-06-16T10:00:00.000Z');
  });

  it('stops the clock once the authority is notified, the breach is dismissed or closed, or judged not to notify', () => {
    const ws = withLogs(
      [
        breach('b-notified', {
          notifyDecision: 'notify',
          notifications: [{ id: 'n', authority: 'CNIL', filedAt: '2026-06-14T10:00:00.000Z' }],
        }),
        breach('b-dismissed', { status: 'dismissed', dismissalReason: 'No personal data' }),
        breach('b-no-risk', { notifyDecision: 'do_not_notify', notifyJustification: 'Encrypted, key safe' }),
        breach('b-client', { role: 'processor', clientName: 'Client SA' }),
        breach('b-open', { title: 'Stolen laptop' }),
      ],
      [],
    );
    const breaches = dueForWorkspace(ws, at('2026-06-14T10:00:00.000Z')).items.filter(
      (i) => i.target.table === 'breaches',
    );
    expect(breaches.map((i) => [i.target.label, i.params['hours']])).toEqual([['Stolen laptop', 48]]);
  });
});

describe('requests: the month of Art. 12(3)', () => {
  it('shows a request from seven days before its due day, and as overdue the day after', () => {
    // Received 31 March 2026 → due 30 April 2026 (month-end rule of 1182/71), a Thursday.
    const ws = withLogs([], [request('r-1', { receivedOn: '2026-03-31', requesterName: 'Paul Martin' })]);
    const line = (today: string) =>
      dueForWorkspace(ws, { today, now: `${today}T09:00:00.000Z` }).items.find((i) => i.target.table === 'requests');
    expect(line('2026-04-22')).toBeUndefined();
    expect(line('2026-04-23')).toMatchObject({ kind: 'request_due', params: { date: '2026-04-30', days: 7 } });
    expect(line('2026-04-30')).toMatchObject({ kind: 'request_due', urgency: 'due_soon', params: { days: 0 } });
    expect(line('2026-05-01')).toMatchObject({ kind: 'request_overdue', urgency: 'overdue', params: { days: 1 } });
  });

  it('moves a due day that falls on a weekend to the next working day', () => {
    // Received 31 January 2026 → 28 February 2026 is a Saturday → Monday 2 March 2026.
    const ws = withLogs([], [request('r-1', { receivedOn: '2026-01-31' })]);
    const item = dueForWorkspace(ws, { today: '2026-02-27', now: '2026-02-27T09:00:00.000Z' }).items[0];
    expect(item).toMatchObject({ kind: 'request_due', params: { date: '2026-03-02', days: 3 } });
  });

  it('asks to tell the person of an extension within the first month, and says when that is late', () => {
    const extended = request('r-1', {
      receivedOn: '2026-03-31',
      extension: { extended: true, months: 2, reasons: 'Many requests' },
    });
    const told = request('r-2', {
      receivedOn: '2026-03-31',
      extension: { extended: true, months: 2, reasons: 'Complex', personToldOn: '2026-04-10' },
    });
    const ws = withLogs([], [extended, told]);
    const lines = (today: string) =>
      dueForWorkspace(ws, { today, now: `${today}T09:00:00.000Z` }).items.filter((i) => i.target.table === 'requests');
    expect(lines('2026-04-20').map((i) => [i.kind, i.target.label, i.urgency, i.params['date']])).toEqual([
      ['request_extension_notice', 'Person r-1', 'due_soon', '2026-04-30'],
    ]);
    expect(lines('2026-05-04')[0]).toMatchObject({ kind: 'request_extension_notice', urgency: 'overdue' });
    // The extended due day (30 June 2026) is not yet within seven days.
    expect(lines('2026-05-04').some((i) => i.kind === 'request_due')).toBe(false);
  });

  it('leaves answered, withdrawn and closed requests out', () => {
    const ws = withLogs(
      [],
      [
        request('r-answered', {
          receivedOn: '2026-03-01',
          respondedOn: '2026-03-20',
          status: 'responded',
          outcome: 'granted',
        }),
        request('r-withdrawn', { receivedOn: '2026-03-01', withdrawnOn: '2026-03-05', outcome: 'withdrawn' }),
        request('r-closed', { receivedOn: '2026-03-01', status: 'closed' }),
      ],
    );
    expect(dueForWorkspace(ws, { today: '2026-06-15', now: '2026-06-15T09:00:00.000Z' }).items).toEqual([]);
  });

  it('puts a late breach before an overdue request before an overdue review', () => {
    const ws = workspaceSchema.parse({
      ...withLogs([breach('b-1')], [request('r-1', { receivedOn: '2026-01-05' })]),
      activities: [controllerActivity('a-1', { lastReviewedOn: '2024-01-01' })],
    });
    const kinds = dueForWorkspace(ws, { today: '2026-06-20', now: '2026-06-20T09:00:00.000Z' }).items.map(
      (i) => i.kind,
    );
    expect(kinds).toEqual(['breach_late', 'request_overdue', 'review_overdue']);
  });
});
