import { currentRiskAssessment, type Breach } from '../breach';
import { isRequestClosed, type DataSubjectRequest } from '../data-subject-request';
import { breachClockOf, requestDueOf } from '../log-deadlines';
import { isLive } from '../workspace';
import { defineRule } from './helpers';
import type { CheckContext, CheckRule, FindingTarget } from './types';

/*
 * Checks of the breach register (Art. 33(5)) and of the request log (Art. 12): rules as data, each
 * with its article. The hours and days come from the deadline module (through log-deadlines.ts);
 * the rules only read its answers.
 */

const breachTarget = (b: Breach, field: string): FindingTarget => ({
  table: 'breaches',
  id: b.id,
  field,
  label: b.reference === '' ? b.title : `${b.reference} ${b.title}`,
});
const requestTarget = (r: DataSubjectRequest, field: string): FindingTarget => ({
  table: 'requests',
  id: r.id,
  field,
  label: r.reference === '' ? r.requesterName : `${r.reference} ${r.requesterName}`,
});

/** Live breaches that triage did not dismiss as "not a personal-data breach". */
const checkedBreaches = (ctx: CheckContext): Breach[] =>
  ctx.ws.breaches.filter((b) => isLive(b) && b.status !== 'dismissed');

/** The start of the check's day: rules see no clock but `today`, so a clock is read at its first minute. */
const startOf = (today: string): string => `${today}T00:00:00Z`;

/** The breach's clock, or undefined when its time zone cannot be read (the form refuses such values). */
const clockOf = (b: Breach, today: string) => {
  try {
    return breachClockOf(b, startOf(today)).clock;
  } catch {
    return undefined;
  }
};

export const lateNotificationWithoutReason = defineRule({
  id: 'breach.late-notification-without-reason',
  article: 'Art. 33(1)',
  severity: 'error',
  scope: 'breach',
  messageKeys: ['messages.breach.late-notification-without-reason'],
  check(ctx, emit) {
    return checkedBreaches(ctx).flatMap((b) =>
      clockOf(b, ctx.today)?.state === 'notifiedLate' && b.delayReason.trim() === ''
        ? [
            emit('messages.breach.late-notification-without-reason', breachTarget(b, 'delayReason'), {
              breach: b.title,
            }),
          ]
        : [],
    );
  },
});

export const notNotifiedWithoutJustification = defineRule({
  id: 'breach.not-notified-without-justification',
  article: 'Art. 33(1), 33(5)',
  severity: 'error',
  scope: 'breach',
  messageKeys: ['messages.breach.not-notified-without-justification'],
  check(ctx, emit) {
    // Past its 72 hours with no filing, and not documented as "unlikely to result in a risk".
    return checkedBreaches(ctx).flatMap((b) =>
      b.role === 'controller' && b.notifyDecision !== 'do_not_notify' && clockOf(b, ctx.today)?.state === 'overdue'
        ? [
            emit('messages.breach.not-notified-without-justification', breachTarget(b, 'notifyDecision'), {
              breach: b.title,
            }),
          ]
        : [],
    );
  },
});

export const art34DecisionMissing = defineRule({
  id: 'breach.art34-decision-missing',
  article: 'Art. 34(1), 34(3)',
  severity: 'error',
  scope: 'breach',
  messageKeys: ['messages.breach.art34-decision-missing'],
  check(ctx, emit) {
    return checkedBreaches(ctx).flatMap((b) =>
      currentRiskAssessment(b.riskAssessments)?.result === 'high_risk' &&
      b.subjectsDecision === 'undecided' &&
      b.art34Exemption === null
        ? [emit('messages.breach.art34-decision-missing', breachTarget(b, 'subjectsDecision'), { breach: b.title })]
        : [],
    );
  },
});

export const breachActivityWithoutSecurity = defineRule({
  id: 'breach.activity-without-security-measures',
  article: 'Art. 32(1), 30(1)(g)',
  severity: 'warning',
  scope: 'breach',
  messageKeys: ['messages.breach.activity-without-security-measures'],
  check(ctx, emit) {
    return checkedBreaches(ctx).flatMap((b) =>
      b.activityIds.flatMap((id) => {
        const a = ctx.index.activities.get(id);
        if (!a) return [];
        const measures = a.securityMeasureIds.filter((m) => ctx.index.securityMeasures.has(m));
        return measures.length > 0
          ? []
          : [
              emit(
                'messages.breach.activity-without-security-measures',
                { table: 'activities', id: a.id, field: 'securityMeasureIds', label: a.name },
                { breach: b.title, activity: a.name },
              ),
            ];
      }),
    );
  },
});

export const requestOverdue = defineRule({
  id: 'request.overdue',
  article: 'Art. 12(3)',
  severity: 'error',
  scope: 'request',
  messageKeys: ['messages.request.overdue'],
  check(ctx, emit) {
    const country = ctx.ws.organisation.address.country;
    return ctx.ws.requests.filter(isLive).flatMap((r) => {
      if (isRequestClosed(r)) return [];
      let due;
      try {
        due = requestDueOf(r, country, ctx.today);
      } catch {
        return [];
      }
      return due.daysLeft < 0
        ? [
            emit('messages.request.overdue', requestTarget(r, 'respondedOn'), {
              requester: r.requesterName,
              due: due.due.end,
              days: -due.daysLeft,
            }),
          ]
        : [];
    });
  },
});

export const idCopyKept = defineRule({
  id: 'request.id-copy-kept',
  article: 'Art. 5(1)(c), 5(1)(e)',
  severity: 'warning',
  scope: 'request',
  messageKeys: ['messages.request.id-copy-kept'],
  check(ctx, emit) {
    return ctx.ws.requests.filter(isLive).flatMap((r) =>
      isRequestClosed(r) && r.identityCheck.idCopyHeld && r.identityCheck.idCopyDeletedOn === ''
        ? [
            emit('messages.request.id-copy-kept', requestTarget(r, 'identityCheck.idCopyDeletedOn'), {
              requester: r.requesterName,
            }),
          ]
        : [],
    );
  },
});

export const LOG_RULES: readonly CheckRule[] = [
  lateNotificationWithoutReason,
  notNotifiedWithoutJustification,
  art34DecisionMissing,
  breachActivityWithoutSecurity,
  requestOverdue,
  idCopyKept,
];
