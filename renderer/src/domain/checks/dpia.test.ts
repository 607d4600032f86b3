import { describe, expect, it } from 'vitest';
import { CNIL_DPIA_LIST, screenDpia, WP248_CRITERIA } from './dpia';
import { buildCheckContext } from './engine';
import { dpiaResultInconsistent, dpiaUnscreened } from './dpia';
import { controllerActivity, TODAY, workspace } from '../../../../test/fixtures/checks/test-builders';

const none = { art35_3: [], wp248: [], cnilList: [] };

describe('screenDpia', () => {
  it('says "not required" when nothing is ticked', () => {
    expect(screenDpia(none)).toEqual({ result: 'not_required', reasons: [] });
  });

  it('asks for a documented decision on one WP248 criterion, with its label in both languages', () => {
    const s = screenDpia({ ...none, wp248: ['vulnerable_subjects'] });
    expect(s.result).toBe('decision_needed');
    expect(s.reasons).toEqual([
      expect.objectContaining({
        source: 'wp248',
        code: 'vulnerable_subjects',
        label: expect.objectContaining({ fr: expect.stringContaining('vulnérables') }),
      }),
    ]);
  });

  it('counts an estimated 10,000 data subjects or more as large scale (WP248 criterion 5), once', () => {
    const large = screenDpia({ ...none, wp248: ['vulnerable_subjects'] }, '10000_99999');
    expect(large.result).toBe('likely_required');
    expect(large.reasons).toContainEqual(
      expect.objectContaining({ code: 'large_scale', inferredFrom: 'estimatedDataSubjects' }),
    );
    // Ticked already: not counted twice.
    expect(screenDpia({ ...none, wp248: ['large_scale'] }, '100000_plus').reasons).toHaveLength(1);
    // Fewer people, or no answer yet: nothing is inferred.
    expect(screenDpia(none, '1000_9999').result).toBe('not_required');
    expect(screenDpia(none, null).result).toBe('not_required');
  });

  it('says "likely required" from two WP248 criteria', () => {
    expect(screenDpia({ ...none, wp248: ['large_scale', 'systematic_monitoring'] }).result).toBe('likely_required');
  });

  it('says "required" for any Art. 35(3) case, whatever the criteria count, and cites the point', () => {
    const s = screenDpia({ ...none, art35_3: ['public_area_monitoring'] });
    expect(s.result).toBe('required');
    expect(s.reasons[0]?.article).toBe('Art. 35(3)(c)');
  });

  it('says "required" for a CNIL-list match, citing Art. 35(4)', () => {
    const s = screenDpia({ ...none, cnilList: ['employee_monitoring'] });
    expect(s).toMatchObject({ result: 'required', reasons: [{ source: 'cnil', article: 'Art. 35(4)' }] });
  });

  it('ships the nine WP248 criteria and the fourteen CNIL list items with EN and FR labels', () => {
    expect(WP248_CRITERIA.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(CNIL_DPIA_LIST).toHaveLength(14);
    for (const item of [...WP248_CRITERIA, ...CNIL_DPIA_LIST]) {
      expect(item.label.en.length).toBeGreaterThan(5);
      expect(item.label.fr.length).toBeGreaterThan(5);
      expect(item.label.fr).not.toBe(item.label.en);
    }
  });
});

describe('DPIA rules beyond the basic fixtures', () => {
  const run = (rule: typeof dpiaResultInconsistent, dpia: Parameters<typeof controllerActivity>[1]) =>
    rule.run(buildCheckContext(workspace({ activities: [controllerActivity('act-1', dpia)] }), TODAY));

  it('flags two WP248 criteria recorded as "not required" without reasoning, pointing at the reasoning', () => {
    const found = run(dpiaResultInconsistent, {
      dpia: { wp248: ['large_scale', 'matching_combining'], result: 'not_required' },
    });
    expect(found).toMatchObject([
      {
        messageKey: 'messages.dpia.result-inconsistent_likely',
        target: { field: 'dpia.reasoning' },
        params: { count: 2 },
      },
    ]);
  });

  it('accepts "not required" against two criteria when the reasoning is written (WP248 allows it)', () => {
    const found = run(dpiaResultInconsistent, {
      dpia: {
        wp248: ['large_scale', 'matching_combining'],
        result: 'not_required',
        reasoning: 'Aggregated statistics only.',
      },
    });
    expect(found).toEqual([]);
  });

  it('accepts a DPIA done although the screening did not require one', () => {
    expect(run(dpiaResultInconsistent, { dpia: { result: 'required', completedOn: '2026-01-01' } })).toEqual([]);
  });

  it('reminds to screen an active activity with automated decisions, but not a draft', () => {
    const adm = {
      automatedDecision: { exists: true, logic: 'Score', significance: 'Refusal' },
      dpia: { result: 'not_screened' as const },
    };
    expect(run(dpiaUnscreened, adm)).toMatchObject([{ messageKey: 'messages.dpia.unscreened_adm' }]);
    expect(run(dpiaUnscreened, { ...adm, status: 'draft' })).toEqual([]);
  });
});
