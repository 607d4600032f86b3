import { describe, expect, it } from 'vitest';
import { activitiesInRegister, policyGaps, registerGaps } from './gaps';
import { findPolicy } from './policy';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../../../test/fixtures/policy/sample-workspace';

describe('gaps before an export', () => {
  it('warns about an activity without purpose in the register that lists it, not when it is filtered out', () => {
    const ws = samplePolicyWorkspace();
    const target = ws.activities.find((a) => a.kind === 'controller' && a.deletedAt === null);
    if (!target) throw new Error('sample has no controller activity');
    const broken = { ...ws, activities: ws.activities.map((a) => (a.id === target.id ? { ...a, purposes: [] } : a)) };
    const scope = { register: 'controller' as const, includeRetired: false, departments: [], statuses: [] };
    const gaps = registerGaps(broken, scope, '2026-11-22');
    const purposeGap = gaps.find((f) => f.target.id === target.id && f.messageKey.includes('purposes-missing'));
    expect(purposeGap?.article).toMatch(/Art\. 30/);
    const other = { ...scope, departments: ['No such department'] };
    expect(activitiesInRegister(broken, other)).toEqual([]);
    expect(registerGaps(broken, other, '2026-11-22').some((f) => f.target.id === target.id)).toBe(false);
  });

  it('lists only gaps (errors and warnings) for a policy, never reminders', () => {
    const ws = samplePolicyWorkspace();
    const gaps = policyGaps(ws, findPolicy(ws, SAMPLE_POLICY_ID), '2026-11-22');
    expect(gaps.every((f) => f.severity !== 'info')).toBe(true);
  });

  it('warns about the missing agreement of a sub-processor below a processor the register lists (Brevo → Twilio)', () => {
    const ws = samplePolicyWorkspace();
    const target = ws.activities.find((a) => a.kind === 'controller' && a.deletedAt === null);
    const parent = ws.processors.find((p) => target?.processorIds.includes(p.id));
    if (!target || !parent) throw new Error('sample has no controller activity with a processor');
    const sub = {
      ...parent,
      id: 'sub-twilio',
      name: 'Twilio',
      countries: ['IE'],
      parentProcessorId: parent.id,
      dpa: { signed: false, signedOn: '', expiresOn: '', reference: '' },
    };
    const scope = { register: 'controller' as const, includeRetired: false, departments: [], statuses: [] };
    const gaps = registerGaps({ ...ws, processors: [...ws.processors, sub] }, scope, '2026-11-22');
    expect(gaps.filter((f) => f.target.id === 'sub-twilio').map((f) => f.ruleId)).toEqual([
      'processor.sub-processor-dpa-missing',
    ]);
  });
});
