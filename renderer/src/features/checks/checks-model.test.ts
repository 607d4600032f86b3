import { describe, expect, it } from 'vitest';
import { runChecks } from '../../domain/checks';
import {
  controllerActivity,
  organisation,
  processor,
  TODAY,
  workspace,
} from '../../../../test/fixtures/checks/test-builders';
import { activityCompleteness } from '../../domain/checks';
import {
  ALL_FINDINGS,
  applyFilter,
  groupFindings,
  overallCompleteness,
  sortScores,
  splitReport,
  type ActivityScore,
} from './checks-model';
import { findingHref } from './finding-links';

/** A record with gaps of every kind: an activity without retention, no controller contact, an agreement ending. */
const gappyWorkspace = () => {
  const base = controllerActivity('act-1', { name: 'Recruitment' });
  return workspace({
    organisation: organisation({
      email: '',
      phone: '',
      address: { street: '', postalCode: '', city: '', country: 'FR' },
    }),
    activities: [
      {
        ...base,
        dataCategories: base.dataCategories.map((c) => ({
          ...c,
          retention: { ...c.retention, period: null, criteria: '' },
        })),
        processorIds: ['proc-1'],
      },
      controllerActivity('act-2', { name: 'Newsletter' }),
    ],
    processors: [
      processor('proc-1', {
        name: 'CloudHost',
        dpa: { signed: true, signedOn: '2024-01-01', expiresOn: '2026-07-01', reference: '' },
      }),
    ],
  });
};

describe('Checks screen model', () => {
  const ws = gappyWorkspace();
  const report = runChecks(ws, { today: TODAY });

  it('keeps reminders apart from the gaps and counts only the gaps in the summary', () => {
    const view = splitReport(report);
    expect(view.reminders.map((f) => f.ruleId)).toEqual(['processor.dpa-expiring']);
    expect(view.gaps.some((f) => f.ruleId === 'processor.dpa-expiring')).toBe(false);
    expect(view.gaps.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['organisation.controller-contact', 'activity.retention-missing']),
    );
    expect(view.counts.error + view.counts.warning + view.counts.info).toBe(view.gaps.length);
  });

  it('filters by severity and by scope', () => {
    const { gaps } = splitReport(report);
    const warnings = applyFilter(gaps, { severities: new Set(['warning']), scope: null });
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((f) => f.severity === 'warning')).toBe(true);
    const organisationOnly = applyFilter(gaps, { ...ALL_FINDINGS, scope: 'organisation' });
    expect(organisationOnly.map((f) => f.target.table)).toEqual(['organisations']);
    expect(applyFilter(gaps, ALL_FINDINGS)).toHaveLength(gaps.length);
  });

  it('groups by severity (worst first) or by record (one group per record)', () => {
    const { gaps } = splitReport(report);
    const bySeverity = groupFindings(gaps, 'severity');
    expect(bySeverity[0]?.severity).toBe('error');
    expect(bySeverity.flatMap((g) => g.findings)).toHaveLength(gaps.length);
    const byRecord = groupFindings(gaps, 'record');
    expect(byRecord.map((g) => g.record?.label)).toEqual(expect.arrayContaining(['Acme SAS', 'Recruitment']));
    expect(new Set(byRecord.map((g) => g.key)).size).toBe(byRecord.length);
    expect(byRecord.find((g) => g.record?.label === 'Recruitment')?.findings.map((f) => f.ruleId)).toContain(
      'activity.retention-missing',
    );
  });

  it('scores the record as items present over items applicable, least complete activity first', () => {
    const scores: ActivityScore[] = ws.activities.map((activity) => ({
      activity,
      completeness: activityCompleteness(ws, activity.id),
    }));
    const sorted = sortScores(scores, 'en');
    expect(sorted[0]?.activity.name).toBe('Recruitment');
    const present = scores.reduce((n, s) => n + s.completeness.present, 0);
    const applicable = scores.reduce((n, s) => n + s.completeness.applicable, 0);
    expect(overallCompleteness(scores)).toBe(Math.round((100 * present) / applicable));
    expect(overallCompleteness(scores)).toBeLessThan(100);
    expect(overallCompleteness([])).toBeNull();
  });
});

describe('links from a finding to the field that fixes it', () => {
  it('opens the activity editor on the field', () => {
    expect(findingHref({ table: 'activities', id: 'act-1', field: 'dataCategories.0.retention' })).toBe(
      '/activities/act-1/edit?field=dataCategories.0.retention',
    );
  });

  it('uses each section’s edit route, and the policy editor for documents', () => {
    expect(findingHref({ table: 'processors', id: 'p 1', field: 'dpa.expiresOn' })).toBe(
      '/processors/p%201/edit?field=dpa.expiresOn',
    );
    expect(findingHref({ table: 'securityMeasures', id: 'sm-1' })).toBe('/security-measures/sm-1/edit');
    expect(findingHref({ table: 'organisations', id: 'org-1', field: 'email' })).toBe(
      '/organisations/org-1/edit?field=email',
    );
    expect(findingHref({ table: 'documents', id: 'pol-1', field: 'sections.rights' })).toBe(
      '/documents/policies/pol-1?field=sections.rights',
    );
  });

  it('links every finding of a gappy record to a route of its own table', () => {
    for (const f of runChecks(gappyWorkspace(), { today: TODAY }).findings) {
      const href = findingHref(f.target);
      expect(href.startsWith('/')).toBe(true);
      expect(href).toContain(encodeURIComponent(f.target.id));
      if (f.target.field) expect(href).toContain(`field=${encodeURIComponent(f.target.field)}`);
    }
  });
});
