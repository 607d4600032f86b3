import { describe, expect, it } from 'vitest';
import { CheckInputError } from './errors';
import { findingKey, findingsFor, findingsForPolicy, runChecks, worstSeverity } from './engine';
import {
  controllerActivity,
  dpo,
  organisation,
  policy,
  processor,
  TODAY,
  workspace,
} from '../../../../test/fixtures/checks/test-builders';

const messy = () =>
  workspace({
    organisation: organisation({ supervisoryAuthority: { name: '' } }),
    contacts: [dpo({ published: false })],
    activities: [
      controllerActivity('act-1', {
        name: 'Payroll',
        purposes: [],
        processorIds: ['proc-1'],
        audiences: ['employees'],
      }),
      controllerActivity('act-2', { name: 'Accounts', lastReviewedOn: '2024-01-01' }),
    ],
    processors: [
      processor('proc-1', { dpa: { signed: false } }),
      processor('sub-1', { name: 'Cloud Corp', parentProcessorId: 'proc-1', countries: ['IN'] }),
    ],
  });

describe('runChecks', () => {
  it('refuses a malformed date with a clear message and runs nothing', () => {
    expect(() => runChecks(workspace(), { today: '15/06/2026' })).toThrow(CheckInputError);
    expect(() => runChecks(workspace(), { today: '15/06/2026' })).toThrow(/YYYY-MM-DD.*15\/06\/2026/);
  });

  it('sorts errors first and counts each severity', () => {
    const report = runChecks(messy(), { today: TODAY });
    const severities = report.findings.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
    expect(report.counts.error).toBe(report.bySeverity.error.length);
    expect(report.counts.error).toBeGreaterThanOrEqual(3);
    expect(report.counts.warning).toBeGreaterThanOrEqual(2);
  });

  it('groups findings per record, worst record first, for badges', () => {
    const report = runChecks(messy(), { today: TODAY });
    const payroll = report.byTarget.find((g) => g.target.id === 'act-1');
    expect(payroll?.findings.map((f) => f.ruleId)).toContain('activity.purposes-missing');
    expect(report.byTarget[0]?.findings[0]?.severity).toBe('error');
    expect(findingsFor(report, 'activities', 'act-2').map((f) => f.ruleId)).toEqual(['activity.review-overdue']);
    expect(worstSeverity(findingsFor(report, 'activities', 'act-2'))).toBe('warning');
    expect(worstSeverity([])).toBeNull();
  });

  it('gives every finding a distinct key', () => {
    const report = runChecks(messy(), { today: TODAY });
    expect(new Set(report.findings.map(findingKey)).size).toBe(report.findings.length);
  });

  it('uses only the clock it is given: the same record a year later gets review reminders', () => {
    expect(runChecks(workspace(), { today: TODAY }).findings).toEqual([]);
    expect(runChecks(workspace(), { today: '2027-03-01' }).findings.map((f) => f.ruleId)).toEqual([
      'activity.review-overdue',
    ]);
  });

  it('lists, for a policy export, only what concerns that policy and the activities it covers', () => {
    const ws = messy();
    const report = runChecks(ws, { today: TODAY });
    const customerPolicy = ws.documents[0];
    if (customerPolicy?.kind !== 'privacy_policy') throw new Error('expected a policy');
    const relevant = findingsForPolicy(ws, report, customerPolicy);
    const ids = relevant.map((f) => f.target.id);
    expect(ids).toContain('act-2');
    expect(ids).not.toContain('act-1'); // Payroll concerns employees, outside the customer policy
    expect(ids).not.toContain('proc-1');
    expect(ids).toContain('dpo-1');
    const employeePolicy = policy('pol-2', { audiences: ['employees'] });
    expect(findingsForPolicy(ws, report, employeePolicy).map((f) => f.target.id)).toEqual(
      expect.arrayContaining(['act-1', 'proc-1']),
    );
  });
});
