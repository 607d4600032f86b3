import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { activityCompleteness, allActivityCompleteness, completenessScore, policyCompleteness } from './completeness';
import { CheckInputError } from './errors';
import {
  controllerActivity,
  override,
  policy,
  processor,
  processorActivity,
  workspace,
} from '../../../../test/fixtures/checks/test-builders';

describe('completenessScore (Art. 30 items of one activity)', () => {
  it('is 100 for a complete controller activity, counting only the items that apply', () => {
    const c = activityCompleteness(workspace(), 'act-1');
    expect(c.score).toBe(100);
    expect(c.items.filter((i) => i.applicable).map((i) => i.key)).toEqual([
      'controller',
      'dpo',
      'purposes',
      'data_subjects',
      'data_categories',
      'recipients',
      'retention',
      'security',
    ]);
    expect(c.items.find((i) => i.key === 'transfers')).toMatchObject({ applicable: false, present: false });
  });

  it('drops by the share of missing items and links each gap to its field', () => {
    const ws = workspace({ activities: [controllerActivity('act-1', { purposes: [], securityMeasureIds: [] })] });
    const c = activityCompleteness(ws, 'act-1');
    expect(c.score).toBe(75); // 6 of 8 applicable items
    expect(completenessScore(ws, 'act-1')).toBe(75);
    expect(c.gaps.map((g) => [g.article, g.target.field])).toEqual([
      ['Art. 30(1)(b)', 'purposes'],
      ['Art. 30(1)(g), 32(1)', 'securityMeasureIds'],
    ]);
  });

  it('makes transfers an item once a processor works outside the EEA, and shows the gap', () => {
    const ws = workspace({
      activities: [controllerActivity('act-1', { processorIds: ['proc-1'] })],
      processors: [processor('proc-1', { name: 'Helpdesk Pvt', countries: ['IN'] })],
    });
    const item = activityCompleteness(ws, 'act-1').items.find((i) => i.key === 'transfers');
    expect(item).toMatchObject({ applicable: true, present: false, article: 'Art. 30(1)(e)' });
    expect(item?.gaps[0]?.target).toMatchObject({ id: 'act-1', field: 'transferIds' });
  });

  it('uses the Art. 30(2) items for a processor activity', () => {
    const ws = workspace({ activities: [processorActivity('act-1', { processingCategories: [] })] });
    const c = activityCompleteness(ws, 'act-1');
    expect(c.items.filter((i) => i.applicable).map((i) => i.article)).toEqual([
      'Art. 30(2)(a)',
      'Art. 30(2)(a)',
      'Art. 30(2)(a)',
      'Art. 30(2)(b)',
      'Art. 30(2)(d)',
    ]);
    expect(c.score).toBe(80);
  });

  it('names the activity it cannot find', () => {
    expect(() => completenessScore(workspace(), 'nope')).toThrow(CheckInputError);
    expect(() => completenessScore(workspace(), 'nope')).toThrow(/"nope".*Acme SAS/);
  });
});

describe('policyCompleteness (Art. 13/14 items of a privacy policy)', () => {
  it('is 100 for a policy over a complete activity', () => {
    const c = policyCompleteness(workspace(), 'pol-1');
    expect(c.score).toBe(100);
    expect(c.items.find((i) => i.key === 'n4_legitimate_interests')?.applicable).toBe(false);
    expect(c.items.find((i) => i.key === 'n12_requirement')?.applicable).toBe(true);
  });

  it('loses the rights item when the section is overridden with nothing', () => {
    const ws = workspace({ documents: [policy('pol-1', { overrides: { rights: override('') } })] });
    const c = policyCompleteness(ws, 'pol-1');
    const rights = c.items.find((i) => i.key === 'n9_rights');
    expect(rights).toMatchObject({ present: false, article: 'Art. 13(2)(b), 14(2)(c)' });
    expect(rights?.gaps[0]?.target).toMatchObject({ table: 'documents', id: 'pol-1', field: 'overrides.rights.text' });
    expect(c.score).toBeLessThan(100);
  });

  it('counts the legitimate interest of covered activities, and ignores activities outside its scope', () => {
    const ws = workspace({
      activities: [
        controllerActivity('act-1', {
          purposes: [{ id: 'p1', description: 'Fraud', legalBasis: 'legitimate_interests' }],
        }),
        controllerActivity('act-2', { name: 'Payroll', audiences: ['employees'], purposes: [] }),
      ],
    });
    const c = policyCompleteness(ws, 'pol-1');
    const li = c.items.find((i) => i.key === 'n4_legitimate_interests');
    expect(li?.gaps.map((g) => g.target.field)).toEqual(['purposes.0.legitimateInterest']);
    expect(c.gaps.some((g) => g.target.id === 'act-2')).toBe(false);
  });

  it('names the policy it cannot find', () => {
    expect(() => policyCompleteness(workspace(), 'pol-x')).toThrow(/No privacy policy with id "pol-x"/);
  });
});

describe('allActivityCompleteness (the whole register in one pass)', () => {
  it('gives every activity exactly the completeness it gets on its own, gaps included', () => {
    for (const ex of EXAMPLES) {
      const all = allActivityCompleteness(ex.workspace);
      const live = ex.workspace.activities.filter((a) => a.deletedAt === null);
      expect(all.size, ex.slug).toBe(live.length);
      for (const a of live)
        expect(all.get(a.id), `${ex.slug} ${a.name}`).toEqual(activityCompleteness(ex.workspace, a.id));
    }
  });

  it('sees a gap on one activity without charging it to the others', () => {
    const ws = workspace();
    const first = ws.activities[0]!;
    if (first.kind !== 'controller') throw new Error('fixture: controller activity expected');
    const gap = {
      ...first,
      id: 'act-gap',
      dataCategories: first.dataCategories.map((c) => ({
        ...c,
        retention: { period: null, unit: 'years' as const, criteria: '', startEvent: '', source: '' },
      })),
    };
    const all = allActivityCompleteness({ ...ws, activities: [...ws.activities, gap] });
    expect(all.get('act-gap')?.items.find((i) => i.key === 'retention')?.present).toBe(false);
    expect(all.get(first.id)?.score).toBe(100);
  });
});
