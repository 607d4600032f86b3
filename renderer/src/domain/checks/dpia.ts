import cnilData from '../../../../assets/reference-data/cnil-dpia-list.json' with { type: 'json' };
import wp248Data from '../../../../assets/reference-data/wp248-criteria.json';
import type { ControllerActivity, DataSubjectsBand, Dpia, DpiaResult } from '../activity';
import type { Language } from '../common';
import type { Art35_3Case, Wp248Criterion } from '../legal';
import { activityTarget, checkedControllerActivities, defineRule, hasText } from './helpers';
import type { CheckRule } from './types';

/** A label in every document language (the reference files carry one text per language). */
export type LocalisedLabel = Readonly<Record<Language, string>>;
export interface Wp248CriterionRef {
  code: Wp248Criterion;
  number: number;
  label: LocalisedLabel;
}
export interface CnilDpiaItem {
  code: string;
  number: number;
  label: LocalisedLabel;
}
export interface Art35_3CaseRef {
  code: Art35_3Case;
  article: string;
  label: LocalisedLabel;
}

/** WP248 rev.01, the nine criteria (assets/reference-data/wp248-criteria.json). */
export const WP248_CRITERIA = wp248Data.criteria as readonly Wp248CriterionRef[];
export const ART35_3_CASES = wp248Data.art35_3Cases as readonly Art35_3CaseRef[];
/** WP248: "in most cases … a processing meeting two criteria would require a DPIA". */
export const WP248_LIKELY_REQUIRED_THRESHOLD: number = wp248Data.likelyRequiredThreshold;
/** The CNIL's Art. 35(4) list (délibération n° 2018-327). */
export const CNIL_DPIA_LIST: readonly CnilDpiaItem[] = cnilData.items;

/**
 * required: an Art. 35(3) case or a CNIL-list match, a DPIA must be carried out;
 * likely_required: two or more WP248 criteria;
 * decision_needed: exactly one criterion, the DPO decides and documents why (WP248);
 * not_required: nothing ticked.
 */
export type DpiaScreeningResult = 'required' | 'likely_required' | 'decision_needed' | 'not_required';

export interface DpiaReason {
  source: 'art35_3' | 'cnil' | 'wp248';
  code: string;
  article: string;
  label: LocalisedLabel;
  /** Set when the criterion follows from another answer rather than a ticked box. */
  inferredFrom?: 'estimatedDataSubjects';
}

/**
 * The bands of `estimatedDataSubjects` that meet WP248 rev.01 criterion 5 ("large scale") for the
 * screening. WP248 names the number of data subjects as the first factor but sets no figure; the
 * threshold of 10,000 people is the product's choice, not law, and the DPO can still tick or
 * leave the criterion and document the decision.
 */
export const LARGE_SCALE_BANDS: ReadonlySet<DataSubjectsBand> = new Set(['10000_99999', '100000_plus']);
export interface DpiaScreening {
  result: DpiaScreeningResult;
  reasons: DpiaReason[];
}

const unknownLabel = (code: string): LocalisedLabel => ({ en: code, fr: code, de: code });

/**
 * Pure Art. 35 screening of the boxes ticked on an activity. An estimated number of data subjects
 * in a large-scale band counts as WP248 criterion 5 when the box is not ticked already.
 */
export const screenDpia = (
  inputs: Pick<Dpia, 'art35_3' | 'wp248' | 'cnilList'>,
  estimatedDataSubjects: DataSubjectsBand | null = null,
): DpiaScreening => {
  const art35: DpiaReason[] = inputs.art35_3.map((code) => {
    const ref = ART35_3_CASES.find((c) => c.code === code);
    return { source: 'art35_3', code, article: ref?.article ?? 'Art. 35(3)', label: ref?.label ?? unknownLabel(code) };
  });
  const cnil: DpiaReason[] = inputs.cnilList.map((code) => ({
    source: 'cnil',
    code,
    article: 'Art. 35(4)',
    label: CNIL_DPIA_LIST.find((c) => c.code === code)?.label ?? unknownLabel(code),
  }));
  const wp248: DpiaReason[] = inputs.wp248.map((code) => ({
    source: 'wp248',
    code,
    article: 'Art. 35(1)',
    label: WP248_CRITERIA.find((c) => c.code === code)?.label ?? unknownLabel(code),
  }));
  if (estimatedDataSubjects && LARGE_SCALE_BANDS.has(estimatedDataSubjects) && !inputs.wp248.includes('large_scale'))
    wp248.push({
      source: 'wp248',
      code: 'large_scale',
      article: 'Art. 35(1)',
      label: WP248_CRITERIA.find((c) => c.code === 'large_scale')?.label ?? unknownLabel('large_scale'),
      inferredFrom: 'estimatedDataSubjects',
    });
  const reasons = [...art35, ...cnil, ...wp248];
  if (art35.length > 0 || cnil.length > 0) return { result: 'required', reasons };
  if (wp248.length >= WP248_LIKELY_REQUIRED_THRESHOLD) return { result: 'likely_required', reasons };
  if (wp248.length === 1) return { result: 'decision_needed', reasons };
  return { result: 'not_required', reasons };
};

const processesSpecialOrCriminalData = (a: ControllerActivity): boolean =>
  a.dataCategories.some((c) => c.specialCategory !== null || c.criminalOffence);

const STORED_LEVEL: Record<Exclude<DpiaResult, 'not_screened'>, number> = {
  not_required: 0,
  likely_required: 1,
  required: 2,
};

export const dpiaResultInconsistent: CheckRule = defineRule({
  id: 'dpia.result-inconsistent',
  article: 'Art. 35(1), 35(3), 35(4)',
  severity: 'error',
  scope: 'activity',
  messageKeys: ['messages.dpia.result-inconsistent_required', 'messages.dpia.result-inconsistent_likely'],
  check(ctx, emit) {
    return checkedControllerActivities(ctx).flatMap((a) => {
      const stored = a.dpia.result;
      if (stored === 'not_screened') return [];
      const screening = screenDpia(a.dpia, a.estimatedDataSubjects);
      if (screening.result === 'required' && STORED_LEVEL[stored] < STORED_LEVEL.required) {
        return [
          emit('messages.dpia.result-inconsistent_required', activityTarget(a, 'dpia.result'), {
            activity: a.name,
            reasons: screening.reasons
              .filter((r) => r.source !== 'wp248')
              .map((r) => r.article)
              .join(', '),
          }),
        ];
      }
      // WP248: two criteria usually mean a DPIA; deciding otherwise is allowed only with written reasons.
      if (screening.result === 'likely_required' && stored === 'not_required' && !hasText(a.dpia.reasoning)) {
        return [
          emit('messages.dpia.result-inconsistent_likely', activityTarget(a, 'dpia.reasoning'), {
            activity: a.name,
            count: screening.reasons.length,
          }),
        ];
      }
      return [];
    });
  },
});

export const dpiaDecisionUndocumented: CheckRule = defineRule({
  id: 'dpia.decision-undocumented',
  article: 'Art. 35(1), WP248',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.dpia.decision-undocumented'],
  check(ctx, emit) {
    return checkedControllerActivities(ctx).flatMap((a) => {
      const screening = screenDpia(a.dpia, a.estimatedDataSubjects);
      const decidedToAssess = a.dpia.result === 'required' || a.dpia.result === 'likely_required';
      if (screening.result !== 'decision_needed' || decidedToAssess || hasText(a.dpia.reasoning)) return [];
      const criterion = screening.reasons[0];
      return [
        emit('messages.dpia.decision-undocumented', activityTarget(a, 'dpia.reasoning'), {
          activity: a.name,
          criterion: WP248_CRITERIA.find((c) => c.code === criterion?.code)?.number ?? 0,
        }),
      ];
    });
  },
});

export const dpiaUnscreened: CheckRule = defineRule({
  id: 'dpia.unscreened',
  article: 'Art. 35(1)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.dpia.unscreened_special', 'messages.dpia.unscreened_adm', 'messages.dpia.unscreened_ticked'],
  check(ctx, emit) {
    return checkedControllerActivities(ctx).flatMap((a) => {
      if (a.status !== 'active' || a.dpia.result !== 'not_screened') return [];
      const target = activityTarget(a, 'dpia.result');
      if (processesSpecialOrCriminalData(a))
        return [emit('messages.dpia.unscreened_special', target, { activity: a.name })];
      if (a.automatedDecision.exists) return [emit('messages.dpia.unscreened_adm', target, { activity: a.name })];
      const screening = screenDpia(a.dpia, a.estimatedDataSubjects);
      if (screening.result === 'required' || screening.result === 'likely_required')
        return [emit('messages.dpia.unscreened_ticked', target, { activity: a.name })];
      return [];
    });
  },
});

export const dpiaNotCarriedOut: CheckRule = defineRule({
  id: 'dpia.not-carried-out',
  article: 'Art. 35(1), 35(7)',
  severity: 'info',
  scope: 'activity',
  messageKeys: ['messages.dpia.not-carried-out'],
  check(ctx, emit) {
    return checkedControllerActivities(ctx).flatMap((a) =>
      (a.dpia.result === 'required' || a.dpia.result === 'likely_required') && a.dpia.completedOn === ''
        ? [emit('messages.dpia.not-carried-out', activityTarget(a, 'dpia.completedOn'), { activity: a.name })]
        : [],
    );
  },
});

export const DPIA_RULES: readonly CheckRule[] = [
  dpiaResultInconsistent,
  dpiaDecisionUndocumented,
  dpiaUnscreened,
  dpiaNotCarriedOut,
];
