import { describe, expect, it } from 'vitest';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../../export/policy/sample-workspace';
import { findPolicy } from '../../export/policy';
import {
  activitiesInRegister,
  exportFileName,
  findingLink,
  localToday,
  policyGaps,
  registerGaps,
  safeFileNamePart,
} from './export-plan';

describe('export file names', () => {
  it('reads "<Organisation> - <Document> - <date>.<ext>"', () => {
    expect(
      exportFileName({
        organisation: 'Tixeo SAS',
        document: 'Record of processing activities (controller)',
        date: '2026-11-22',
        format: 'pdf',
      }),
    ).toBe('Tixeo SAS - Record of processing activities (controller) - 2026-11-22.pdf');
  });

  it('uses .md for Markdown and removes characters file systems refuse', () => {
    expect(
      exportFileName({ organisation: 'A/B: "C"', document: 'Policy?*', date: '2026-01-02', format: 'markdown' }),
    ).toBe('A B C - Policy - 2026-01-02.md');
    expect(safeFileNamePart('  Name.  ')).toBe('Name');
  });

  it('takes today in local time as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
  });
});

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
    expect(findingLink(purposeGap!)).toBe(
      `/activities/${target.id}/edit?field=${encodeURIComponent(purposeGap!.target.field ?? '')}`.replace(
        /\?field=$/,
        '',
      ),
    );
    const other = { ...scope, departments: ['No such department'] };
    expect(activitiesInRegister(broken, other)).toEqual([]);
    expect(registerGaps(broken, other, '2026-11-22').some((f) => f.target.id === target.id)).toBe(false);
  });

  it('lists only gaps (errors and warnings) for a policy, never reminders', () => {
    const ws = samplePolicyWorkspace();
    const gaps = policyGaps(ws, findPolicy(ws, SAMPLE_POLICY_ID), '2026-11-22');
    expect(gaps.every((f) => f.severity !== 'info')).toBe(true);
  });
});
