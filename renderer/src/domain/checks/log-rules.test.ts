import { describe, expect, it } from 'vitest';
import { runChecks } from './engine';
import { breach, controllerActivity, request, TODAY, workspace } from '../../../../test/fixtures/checks/test-builders';
import type { Workspace } from '../workspace';

const findings = (ws: Workspace, ruleId: string, today = TODAY) =>
  runChecks(ws, { today }).findings.filter((f) => f.ruleId === ruleId);

// TODAY is 2026-06-15; the builders' breach was known on 2026-06-01 09:30 Paris time (07:30 UTC).
const filed = (filedAt: string) => ({
  notifyDecision: 'notify' as const,
  notifications: [{ id: 'n-1', authority: 'CNIL', filedAt }],
});

describe('breach register checks', () => {
  it('asks for the reasons of a notification filed after the 72 hours, pointing at the field', () => {
    const late = breach('br-1', filed('2026-06-04T09:31:00+02:00'));
    const [f] = findings(workspace({ breaches: [late] }), 'breach.late-notification-without-reason');
    expect(f?.target).toMatchObject({ table: 'breaches', id: 'br-1', field: 'delayReason' });
    expect(f?.article).toBe('Art. 33(1)');
    // With the reasons, or filed within 72 hours (one minute before the end), nothing is found.
    const explained = breach('br-1', { ...filed('2026-06-04T09:31:00+02:00'), delayReason: 'Forensics took 4 days.' });
    const inTime = breach('br-1', filed('2026-06-04T09:29:00+02:00'));
    expect(findings(workspace({ breaches: [explained] }), 'breach.late-notification-without-reason')).toEqual([]);
    expect(findings(workspace({ breaches: [inTime] }), 'breach.late-notification-without-reason')).toEqual([]);
  });

  it('flags a breach past its 72 hours with neither a filing nor a decision not to notify', () => {
    const ws = workspace({ breaches: [breach('br-1')] });
    expect(findings(ws, 'breach.not-notified-without-justification')).toHaveLength(1);
    // Within the 72 hours (checked on 2026-06-02), nothing yet.
    expect(findings(ws, 'breach.not-notified-without-justification', '2026-06-02')).toEqual([]);
    const decided = breach('br-1', { notifyDecision: 'do_not_notify', notifyJustification: 'Encrypted, key safe.' });
    expect(findings(workspace({ breaches: [decided] }), 'breach.not-notified-without-justification')).toEqual([]);
  });

  it('asks for an Art. 34 decision only when the assessment in force is a high risk', () => {
    const assessment = (id: string, result: 'risk' | 'high_risk', supersedesId: string | null = null) => ({
      id,
      likelihood: 'high' as const,
      severity: 'high' as const,
      result,
      reasons: 'Health data of 2,000 patients exposed.',
      assessedOn: '2026-06-02',
      supersedesId,
    });
    const high = breach('br-1', { riskAssessments: [assessment('ra-1', 'high_risk')] });
    expect(findings(workspace({ breaches: [high] }), 'breach.art34-decision-missing')[0]?.target.field).toBe(
      'subjectsDecision',
    );
    const reassessed = breach('br-1', {
      riskAssessments: [assessment('ra-1', 'high_risk'), assessment('ra-2', 'risk', 'ra-1')],
    });
    expect(findings(workspace({ breaches: [reassessed] }), 'breach.art34-decision-missing')).toEqual([]);
    const exempt = breach('br-1', {
      riskAssessments: [assessment('ra-1', 'high_risk')],
      art34Exemption: 'a_unintelligible',
      art34ExemptionEvidence: 'AES-256, key held in the HSM.',
    });
    expect(findings(workspace({ breaches: [exempt] }), 'breach.art34-decision-missing')).toEqual([]);
  });

  it('points at the security measures of an affected activity that has none (Art. 32)', () => {
    const bare = controllerActivity('act-2', { name: 'Payroll', securityMeasureIds: [] });
    const ws = workspace({
      activities: [controllerActivity('act-1'), bare],
      breaches: [breach('br-1', { activityIds: ['act-1', 'act-2'] })],
    });
    const found = findings(ws, 'breach.activity-without-security-measures');
    expect(found.map((f) => f.target)).toEqual([
      { table: 'activities', id: 'act-2', field: 'securityMeasureIds', label: 'Payroll' },
    ]);
  });
});

describe('request log checks', () => {
  it('flags a request past its month, counted as Regulation 1182/71 does', () => {
    // Received 31 March 2026: due 30 April 2026 (April has no 31st).
    const ws = workspace({ requests: [request('dsr-1', { receivedOn: '2026-03-31' })] });
    expect(findings(ws, 'request.overdue', '2026-04-30')).toEqual([]);
    const [f] = findings(ws, 'request.overdue', '2026-05-01');
    expect(f?.params).toMatchObject({ due: '2026-04-30', days: 1 });
    expect(f?.target).toMatchObject({ table: 'requests', field: 'respondedOn' });
    const answered = request('dsr-1', { receivedOn: '2026-03-31', status: 'responded', outcome: 'granted' });
    expect(findings(workspace({ requests: [answered] }), 'request.overdue', '2026-05-01')).toEqual([]);
  });

  it('flags an identity document copy kept after the request was closed', () => {
    const kept = request('dsr-1', { status: 'closed', identityCheck: { needed: true, idCopyHeld: true } });
    expect(findings(workspace({ requests: [kept] }), 'request.id-copy-kept')[0]?.target.field).toBe(
      'identityCheck.idCopyDeletedOn',
    );
    const deleted = request('dsr-1', {
      status: 'closed',
      identityCheck: { needed: true, idCopyHeld: true, idCopyDeletedOn: '2026-06-10' },
    });
    const open = request('dsr-1', { identityCheck: { needed: true, idCopyHeld: true } });
    expect(findings(workspace({ requests: [deleted, open] }), 'request.id-copy-kept')).toEqual([]);
  });
});
