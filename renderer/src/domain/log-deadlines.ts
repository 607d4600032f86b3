import { firstNotification, type Breach } from './breach';
import type { DataSubjectRequest } from './data-subject-request';
import {
  breachClock,
  breachNotificationDeadline,
  daysLeft,
  periodEnd,
  requestDeadlines,
  type BreachClock,
  type BreachDeadline,
  type CivilDate,
  type PeriodEnd,
  type RequestPause,
} from './deadlines';
import { publicHolidayCalendar } from './public-holidays';

/*
 * The records of the two logs read by the deadline module (deadlines.ts): this file only maps fields
 * to its inputs, it counts nothing itself. One place, so that the record's page, the lists, the
 * checks and the home screen show the same dates.
 */

/** The time zone a breach's times are read in: its own, or UTC when it was not said. */
export const breachTimeZone = (b: Pick<Breach, 'timeZone'>): string => (b.timeZone === '' ? 'UTC' : b.timeZone);

export interface BreachClockView {
  deadline: BreachDeadline;
  clock: BreachClock;
}

/** Art. 33(1): where a breach stands against its 72 hours at `now`, or at its first filing. */
export const breachClockOf = (
  b: Pick<Breach, 'awareAt' | 'timeZone' | 'notifications'>,
  now: string,
): BreachClockView => {
  const deadline = breachNotificationDeadline(b.awareAt, breachTimeZone(b));
  return { deadline, clock: breachClock(deadline, now, firstNotification(b)?.filedAt) };
};

/** The pauses of a request as the deadline module reads them: the identity check, then the others. */
export const requestPausesOf = (r: Pick<DataSubjectRequest, 'identityCheck' | 'pauses'>): RequestPause[] => [
  ...(r.identityCheck.askedOn === ''
    ? []
    : [
        {
          from: r.identityCheck.askedOn,
          to: r.identityCheck.receivedOn === '' ? null : r.identityCheck.receivedOn,
          reason: 'identity' as const,
        },
      ]),
  ...r.pauses.map((p) => ({ from: p.from, to: p.to === '' ? null : p.to, reason: p.reason })),
];

export interface RequestDueView {
  /** The day the answer is due. */
  due: PeriodEnd;
  /** Art. 12(3): the last day to tell the person of an extension; null under a health-data regime. */
  extensionNoticeBy: CivilDate | null;
  /** Whole days from `asOf` to the due day (negative once overdue). */
  daysLeft: number;
  /** A suspensive pause is still open: the due date assumes it ends today. */
  suspended: boolean;
}

/**
 * When a request must be answered. Standard regime: Art. 12(3) with its pauses and extension.
 * French health data (CSP L1111-7): 8 days, or 2 months for information more than 5 years old;
 * the Art. 12(3) extension does not apply to those periods (UNVERIFIED whether a pause does: none
 * is applied). Throws a RangeError with a readable message when the dates contradict each other.
 */
export const requestDueOf = (
  r: Pick<DataSubjectRequest, 'receivedOn' | 'deadlineRegime' | 'identityCheck' | 'pauses' | 'extension'>,
  country: string,
  asOf: CivilDate,
): RequestDueView => {
  const calendar = publicHolidayCalendar(country);
  if (r.deadlineRegime !== 'standard') {
    const due = periodEnd(
      r.receivedOn,
      r.deadlineRegime === 'fr_health' ? { unit: 'days', amount: 8 } : { unit: 'months', amount: 2 },
      calendar,
    );
    return { due, extensionNoticeBy: null, daysLeft: daysLeft(asOf, due.end), suspended: false };
  }
  const d = requestDeadlines({
    receivedOn: r.receivedOn,
    country,
    calendar,
    pauses: requestPausesOf(r),
    extensionMonths: r.extension.extended ? (r.extension.months ?? 0) : 0,
    asOf,
  });
  return {
    due: d.due,
    extensionNoticeBy: d.extensionNoticeBy,
    daysLeft: daysLeft(asOf, d.due.end),
    suspended: d.suspended,
  };
};
