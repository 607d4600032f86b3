import type { DataSubjectRequest, DeadlineRegime } from './data-subject-request';
import {
  requestDeadlines,
  type CivilDate,
  type PauseInterval,
  type Period,
  type RequestDeadlines,
  type WorkingDayCalendar,
} from './deadlines';

/**
 * The deadline module applied to a stored request: its regime, its pauses and its extension.
 * Kept apart from deadlines.ts so the counting rules know nothing of the record's shape.
 */

/**
 * #11 the first period of each regime: GDPR Art. 12(3) one month; Code de la santé publique L1111-7,
 * 8 days, or 2 months for information more than 5 years old (reference part 2, [D9]).
 */
export const REGIME_PERIOD: Record<DeadlineRegime, Period> = {
  standard: { unit: 'months', amount: 1 },
  fr_health: { unit: 'days', amount: 8 },
  fr_health_older_than_5_years: { unit: 'months', amount: 2 },
};

/**
 * The pauses of a request as the deadline module takes them. The identity check pauses from the day
 * more information was asked to the day it came; it stops the clock where the country's law says so
 * (France) or where the DPO ticked that a national rule applies. Another pause stops the clock only
 * when the DPO recorded its legal basis, or the country's law covers its reason.
 */
export const pausesOfRequest = (r: DataSubjectRequest): PauseInterval[] => {
  const pauses: PauseInterval[] = [];
  const id = r.identityCheck;
  if (id.askedOn !== '') {
    pauses.push({
      from: id.askedOn,
      to: id.receivedOn === '' ? null : id.receivedOn,
      reason: 'identity',
      ...(id.pausesClock ? { suspensive: true } : {}),
    });
  }
  for (const p of r.pauses) {
    pauses.push({
      from: p.from,
      to: p.to === '' ? null : p.to,
      reason: p.reason,
      ...(p.legalBasis.trim() !== '' ? { suspensive: true } : {}),
    });
  }
  return pauses;
};

/** The dates of a stored request, for an organisation of `country` with its holiday calendar, as of `asOf`. */
export const deadlinesOfRequest = (
  r: DataSubjectRequest,
  country: string,
  calendar: WorkingDayCalendar,
  asOf: CivilDate,
): RequestDeadlines =>
  requestDeadlines({
    receivedOn: r.receivedOn,
    country,
    calendar,
    asOf,
    period: REGIME_PERIOD[r.deadlineRegime],
    pauses: pausesOfRequest(r),
    extensionMonths: r.extension.extended ? (r.extension.months ?? 0) : 0,
  });
