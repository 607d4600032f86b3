import { activityTarget, checkedActivities, daysBetween, defineRule, monthsBefore } from './helpers';
import type { CheckRule, FindingTarget } from './types';
import type { Processor } from '../processor';

/** How long a record may go without a look before the DPO is reminded (accountability, Art. 5(2), 24(1)). */
export const REVIEW_INTERVAL_MONTHS = 12;
/** How early a processor agreement's end is announced, so there is time to renew it. */
export const DPA_EXPIRY_NOTICE_DAYS = 60;

/** The date an activity was last looked at: the recorded review, else its last change. */
export const lastReviewOf = (a: { lastReviewedOn: string; updatedAt: string }): string =>
  a.lastReviewedOn !== '' ? a.lastReviewedOn : a.updatedAt.slice(0, 10);

export const reviewOverdue = defineRule({
  id: 'activity.review-overdue',
  article: 'Art. 5(2), 24(1)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.activity.review-overdue'],
  check: (ctx, emit) => {
    const limit = monthsBefore(ctx.today, REVIEW_INTERVAL_MONTHS);
    return checkedActivities(ctx)
      .filter((a) => a.status === 'active' && lastReviewOf(a) <= limit)
      .map((a) =>
        emit('messages.activity.review-overdue', activityTarget(a, 'lastReviewedOn'), {
          activity: a.name,
          lastReview: lastReviewOf(a),
          months: REVIEW_INTERVAL_MONTHS,
        }),
      );
  },
});

const dpaTarget = (p: Processor): FindingTarget => ({
  table: 'processors',
  id: p.id,
  field: 'dpa.expiresOn',
  label: p.name,
});

export const dpaExpired = defineRule({
  id: 'processor.dpa-expired',
  article: 'Art. 28(3)',
  severity: 'error',
  scope: 'processor',
  messageKeys: ['messages.processor.dpa-expired'],
  check: (ctx, emit) =>
    [...ctx.index.processors.values()]
      .filter((p) => p.dpa.signed && p.dpa.expiresOn !== '' && daysBetween(ctx.today, p.dpa.expiresOn) < 0)
      .map((p) => emit('messages.processor.dpa-expired', dpaTarget(p), { processor: p.name, date: p.dpa.expiresOn })),
});

export const dpaExpiring = defineRule({
  id: 'processor.dpa-expiring',
  article: 'Art. 28(3)',
  severity: 'warning',
  scope: 'processor',
  messageKeys: ['messages.processor.dpa-expiring'],
  check: (ctx, emit) =>
    [...ctx.index.processors.values()]
      .filter((p) => {
        if (!p.dpa.signed || p.dpa.expiresOn === '') return false;
        const left = daysBetween(ctx.today, p.dpa.expiresOn);
        return left >= 0 && left <= DPA_EXPIRY_NOTICE_DAYS;
      })
      .map((p) =>
        emit('messages.processor.dpa-expiring', dpaTarget(p), {
          processor: p.name,
          date: p.dpa.expiresOn,
          days: daysBetween(ctx.today, p.dpa.expiresOn),
        }),
      ),
});

export const REMINDER_RULES: readonly CheckRule[] = [reviewOverdue, dpaExpired, dpaExpiring];
