/**
 * Deadlines as EU law counts them: the one place that turns "received on", "aware at", pauses and
 * extensions into the dates a DPO must meet. Pure arithmetic on civil dates (YYYY-MM-DD) and ISO
 * instants; public holidays come in through a {@link WorkingDayCalendar} (see public-holidays.ts), so
 * the rules can be tested with any calendar and the module stays free of reference-data loading.
 *
 * Sources used:
 * - Regulation (EEC, Euratom) No 1182/71 of 3 June 1971 determining the rules applicable to periods,
 *   dates and time limits (OJ L 124, 8.6.1971, p. 1):
 *   - Art. 2(2): "working days" are all days other than public holidays, Sundays and Saturdays; the
 *     public holidays are those of the Member State where the action is to be taken (Art. 2(1)).
 *   - Art. 3(1): where a period in days, weeks, months or years is calculated from the moment an event
 *     occurs, the day of that event is not counted.
 *   - Art. 3(2)(b)–(c): a period in days ends at the end of its last day; a period in months ends at
 *     the end of the day of the last month that has the same date as the day from which it runs, or,
 *     when that month has no such date, at the end of that month's last day.
 *   - Art. 3(4): where the last day of a period expressed otherwise than in hours is a public holiday,
 *     Sunday or Saturday, the period ends at the end of the following working day. Periods in hours are
 *     therefore never shifted.
 *   - Art. 3(5): any period of two days or more includes at least two working days.
 * - GDPR Art. 12(3): one month of receipt of the request, "may be extended by two further months", the
 *   person being told of the extension, with reasons, within one month of receipt.
 * - GDPR Art. 33(1): notify "where feasible, not later than 72 hours after having become aware".
 * - EDPB Guidelines 01/2022 on data subject rights – Right of access, v2.1 (adopted 28 March 2023,
 *   corrected 30 May 2024), section 5.3 "Timing for the provision of access" (table of contents read
 *   at issuu "mervinskiy 467", p. 47; overview.legal/posts/38055 for the text's front matter). The
 *   guidelines apply the one-month period of Art. 12(3) from receipt of the request and refer to
 *   Regulation 1182/71 for counting it. UNVERIFIED wording: the paragraph itself could not be
 *   retrieved in this session, so the rules above are taken from the Regulation's own text, which the
 *   guidelines point to; nothing here relies on wording of the guidelines beyond that reference.
 *
 * A month is never counted as 30 days: every month period goes through {@link addMonths}.
 */

/** A calendar date, YYYY-MM-DD, with no time zone: the day as the organisation's calendar shows it. */
export type CivilDate = string;

/** Units a period can be expressed in (1182/71 Art. 3). Hours are handled by {@link breachNotificationDeadline}. */
export type PeriodUnit = 'days' | 'months';

export interface Period {
  unit: PeriodUnit;
  amount: number;
}

/** Tells which days are public holidays where the action is to be taken (1182/71 Art. 2(1)). */
export interface WorkingDayCalendar {
  isPublicHoliday(date: CivilDate): boolean;
}

/** A calendar with no public holidays: only Saturdays and Sundays are not working days. */
export const WEEKENDS_ONLY: WorkingDayCalendar = { isPublicHoliday: () => false };

/** Why a period's last day moved (1182/71 Art. 3(4) and 3(5)). */
export type EndShift = 'none' | 'weekend' | 'publicHoliday' | 'twoWorkingDays';

export interface PeriodEnd {
  /** The last day before any shift: what Art. 3(2) alone gives. */
  nominalEnd: CivilDate;
  /** The day the period really ends (at its last hour). */
  end: CivilDate;
  shift: EndShift;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Dates the organisation's records can sensibly hold; keeps loops and holiday look-ups bounded. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses a civil date, refusing impossible ones (2026-02-30) with a message a DPO understands. */
export const parseCivilDate = (date: CivilDate): Ymd => {
  const match = CIVIL_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date such as 2026-05-25.`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`${date}: the year must lie between ${MIN_YEAR} and ${MAX_YEAR}.`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${date} does not exist in the calendar.`);
  }
  return { year, month, day };
};

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const formatYmd = ({ year, month, day }: Ymd): CivilDate => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const toEpochDay = (date: CivilDate): number => {
  const { year, month, day } = parseCivilDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};
const fromEpochDay = (epochDay: number): CivilDate => {
  const d = new Date(epochDay * DAY_MS);
  return formatYmd({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
};

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CivilDate, to: CivilDate): number => toEpochDay(to) - toEpochDay(from);

export const addDays = (date: CivilDate, days: number): CivilDate => {
  if (!Number.isInteger(days)) throw new RangeError('A number of days must be a whole number.');
  return fromEpochDay(toEpochDay(date) + days);
};

/**
 * 1182/71 Art. 3(2)(c): the same date `months` months later, or that month's last day when it has no
 * such date (31 March + 1 month → 30 April; 31 January 2028 + 1 month → 29 February 2028).
 */
export const addMonths = (date: CivilDate, months: number): CivilDate => {
  if (!Number.isInteger(months)) throw new RangeError('A number of months must be a whole number.');
  const { year, month, day } = parseCivilDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatYmd({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
};

/** 0 = Sunday … 6 = Saturday, for a civil date. */
const weekday = (date: CivilDate): number => new Date(toEpochDay(date) * DAY_MS).getUTCDay();

export const isWeekend = (date: CivilDate): boolean => {
  const day = weekday(date);
  return day === 0 || day === 6;
};

/** 1182/71 Art. 2(2). */
export const isWorkingDay = (date: CivilDate, calendar: WorkingDayCalendar): boolean =>
  !isWeekend(date) && !calendar.isPublicHoliday(date);

/** No calendar has a month without a working day; a longer run means the calendar is broken. */
const MAX_NON_WORKING_RUN = 60;

const nextWorkingDayOnOrAfter = (date: CivilDate, calendar: WorkingDayCalendar): CivilDate => {
  let day = date;
  for (let i = 0; i <= MAX_NON_WORKING_RUN; i += 1) {
    if (isWorkingDay(day, calendar)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`The holiday calendar has no working day in the ${MAX_NON_WORKING_RUN} days after ${date}.`);
};

const workingDaysIn = (afterDay: CivilDate, throughDay: CivilDate, calendar: WorkingDayCalendar): number => {
  let count = 0;
  for (let day = addDays(afterDay, 1); day <= throughDay; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
};

/**
 * Moves a nominal last day to the day the period really ends: the next working day when it falls on a
 * Saturday, Sunday or public holiday (Art. 3(4)), and far enough for a period of two days or more to
 * hold two working days (Art. 3(5)). `from` is the day of the event, not counted (Art. 3(1)).
 */
const settleEnd = (from: CivilDate, nominalEnd: CivilDate, calendar: WorkingDayCalendar): PeriodEnd => {
  let end = nextWorkingDayOnOrAfter(nominalEnd, calendar);
  let shift: EndShift = end === nominalEnd ? 'none' : isWeekend(nominalEnd) ? 'weekend' : 'publicHoliday';
  if (daysBetween(from, nominalEnd) >= 2) {
    while (workingDaysIn(from, end, calendar) < 2) {
      end = nextWorkingDayOnOrAfter(addDays(end, 1), calendar);
      shift = 'twoWorkingDays';
    }
  }
  return { nominalEnd, end, shift };
};

const nominalEndOf = (from: CivilDate, period: Period): CivilDate => {
  if (!Number.isInteger(period.amount) || period.amount < 1 || period.amount > 1200) {
    throw new RangeError('A period must be a whole number of days or months between 1 and 1200.');
  }
  return period.unit === 'months' ? addMonths(from, period.amount) : addDays(from, period.amount);
};

/**
 * The end of a period in days or months running from the day of an event (1182/71 Art. 3(1), (2), (4), (5)).
 * 31 January 2026 + 1 month: nominal end Saturday 28 February 2026, real end Monday 2 March 2026.
 */
export const periodEnd = (from: CivilDate, period: Period, calendar: WorkingDayCalendar): PeriodEnd =>
  settleEnd(from, nominalEndOf(from, period), calendar);

// ---------------------------------------------------------------------------------------------
// Data-subject requests, GDPR Art. 12(3)

/** Why the clock of a request was stopped (reference part 2, field 13). */
export type PauseReason = 'identity' | 'clarification' | 'other';

/**
 * Where national law suspends the Art. 12(3) time limits, and for which reason. Only the identity
 * check has a stated legal basis, and only in France: décret 2005-1309 as amended by décret 2018-687
 * (identity proved by any means; with reasonable doubt, more may be asked; the Art. 12(3) time limits
 * are suspended while it is awaited), as quoted by agilit.law (reference breach-and-request-logs.md,
 * part 2, [D3]). UNVERIFIED: the décret's exact current wording and numbering (décret 2019-536).
 * Any other pause is recorded but does not move the due date.
 */
export const SUSPENSIVE_PAUSES: Readonly<Record<string, readonly PauseReason[]>> = {
  FR: ['identity'],
};

export const isSuspensivePause = (reason: PauseReason, country: string): boolean =>
  (SUSPENSIVE_PAUSES[country.toUpperCase()] ?? []).includes(reason);

export interface PauseInterval {
  /** The day the information was asked for. */
  from: CivilDate;
  /** The day it arrived; null while still awaited. */
  to: CivilDate | null;
  reason: PauseReason;
  /**
   * Whether this pause stops the clock. When left out, the country's law decides
   * ({@link SUSPENSIVE_PAUSES}); a caller passes true where the DPO has recorded a legal basis of
   * their own (another Member State's rule), false where the DPO says it does not apply.
   */
  suspensive?: boolean;
}

export interface RequestDeadlineInput {
  /** Day of receipt by anyone in the organisation, whatever the channel (Art. 12(3): "of receipt"). */
  receivedOn: CivilDate;
  /** ISO 3166-1 alpha-2 country whose law and public holidays apply ('' when not recorded). */
  country: string;
  calendar: WorkingDayCalendar;
  pauses?: readonly PauseInterval[];
  /** Further months of extension, 0–2 (Art. 12(3): "by two further months"). */
  extensionMonths?: number;
  /** Today, to count an open pause up to; required when a pause is still open. */
  asOf?: CivilDate;
  /** The first period: one month (Art. 12(3)) unless a special regime applies (e.g. 8 days, CSP L1111-7). */
  period?: Period;
}

export interface RequestDeadlines {
  /** End of the first month, after suspensions and the working-day shift. */
  firstMonth: PeriodEnd;
  /** Art. 12(3): the person must be told of an extension, with reasons, by this day. */
  extensionNoticeBy: CivilDate;
  /** Art. 12(4): reasons for not acting and the remedies, by this day. */
  refusalNoticeBy: CivilDate;
  /** The day the answer is due: the first month, or the extended period when there is one. */
  due: PeriodEnd;
  /** Calendar days added by suspensive pauses (overlaps counted once). */
  suspendedDays: number;
  /** True while a suspensive pause is open: `due` then assumes the pause ends on `asOf`. */
  suspended: boolean;
}

const MAX_PAUSES = 50;

/** Days covered by the suspensive pauses, each from the day asked to the day answered, overlaps merged. */
const suspendedDaysOf = (input: RequestDeadlineInput): { days: number; open: boolean } => {
  const pauses = (input.pauses ?? []).filter(
    (pause) => pause.suspensive ?? isSuspensivePause(pause.reason, input.country),
  );
  if (pauses.length > MAX_PAUSES) throw new RangeError(`A request can hold at most ${MAX_PAUSES} pauses.`);
  let open = false;
  const spans = pauses.map((pause) => {
    if (pause.to === null) {
      if (input.asOf === undefined) throw new RangeError('An open pause needs today’s date to be counted.');
      open = true;
    }
    const to = pause.to ?? input.asOf ?? pause.from;
    const start = toEpochDay(pause.from);
    const end = toEpochDay(to);
    if (end < start) throw new RangeError(`A pause cannot end (${to}) before it starts (${pause.from}).`);
    if (start < toEpochDay(input.receivedOn)) {
      throw new RangeError(
        `A pause cannot start (${pause.from}) before the request was received (${input.receivedOn}).`,
      );
    }
    return { start, end };
  });
  spans.sort((a, b) => a.start - b.start);
  let days = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const { start, end } of spans) {
    const from = Math.max(start, reach);
    if (end > from) days += end - from;
    reach = Math.max(reach, end);
  }
  return { days, open };
};

/**
 * The dates of a data-subject request. The extension runs from the nominal end of the first month
 * ("two further months"): where the first month has no day matching the receipt date (received
 * 31 January → 28 February), this gives 28 April rather than the 30 April that a single three-month
 * period would; we take the earlier reading so that the DPO is never shown a later date than either
 * reading allows. Suspensions add their days before the working-day shift, which applies only to the
 * period's final day (Art. 3(4)).
 */
export const requestDeadlines = (input: RequestDeadlineInput): RequestDeadlines => {
  const extensionMonths = input.extensionMonths ?? 0;
  if (!Number.isInteger(extensionMonths) || extensionMonths < 0 || extensionMonths > 2) {
    throw new RangeError('An extension is one or two further months (GDPR Art. 12(3)).');
  }
  const { days, open } = suspendedDaysOf(input);
  const firstNominal = nominalEndOf(input.receivedOn, input.period ?? { unit: 'months', amount: 1 });
  const firstMonth = settleEnd(input.receivedOn, addDays(firstNominal, days), input.calendar);
  const due =
    extensionMonths === 0
      ? firstMonth
      : settleEnd(input.receivedOn, addDays(addMonths(firstNominal, extensionMonths), days), input.calendar);
  return {
    firstMonth,
    extensionNoticeBy: firstMonth.end,
    refusalNoticeBy: firstMonth.end,
    due,
    suspendedDays: days,
    suspended: open,
  };
};

/** Whole days from `asOf` to the due day: 0 on the day itself, negative once overdue. */
export const daysLeft = (asOf: CivilDate, due: CivilDate): number => daysBetween(asOf, due);

/** Was the extension notice given in time (Art. 12(3), "within one month of receipt")? */
export const extensionNoticeInTime = (deadlines: RequestDeadlines, notifiedOn: CivilDate): boolean =>
  daysBetween(notifiedOn, deadlines.extensionNoticeBy) >= 0;

// ---------------------------------------------------------------------------------------------
// Breaches, GDPR Art. 33(1): 72 hours from awareness

export const BREACH_NOTIFICATION_HOURS = 72;

/** Checks an IANA time zone name such as Europe/Paris; throws a readable error otherwise. */
export const assertTimeZone = (timeZone: string): void => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new RangeError(`"${timeZone}" is not a time zone such as Europe/Paris.`);
  }
};

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall-clock date and time of an instant in a time zone, as YYYY-MM-DDTHH:mm:ss. */
export const instantToLocal = (instant: string | number, timeZone: string): string => {
  assertTimeZone(timeZone);
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`"${String(instant)}" is not a date and time.`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
};

const offsetAt = (ms: number, timeZone: string): number => {
  const local = instantToLocal(ms, timeZone);
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) throw new RangeError(`Unexpected local time ${local}.`);
  const { year, month, day } = parseCivilDate(match[1] ?? '');
  const asUtc = Date.UTC(year, month - 1, day, Number(match[2]), Number(match[3]), Number(match[4] ?? 0));
  return asUtc - Math.floor(ms / 1000) * 1000;
};

/**
 * The instant of a wall-clock time (YYYY-MM-DDTHH:mm, as a date-time field gives it) in a time zone.
 * A time that occurs twice (clocks going back) gives the earlier instant, so a clock never starts
 * late; a time that does not exist (clocks going forward) is read with the offset before the change.
 */
export const localToInstant = (local: string, timeZone: string): string => {
  assertTimeZone(timeZone);
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) throw new RangeError(`"${local}" is not a date and time such as 2026-05-25T14:30.`);
  const { year, month, day } = parseCivilDate(match[1] ?? '');
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  const second = Number(match[4] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`"${local}" is not a time of day.`);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsets = new Set([
    offsetAt(wall - DAY_MS, timeZone),
    offsetAt(wall, timeZone),
    offsetAt(wall + DAY_MS, timeZone),
  ]);
  const target = `${match[1]}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const matching = [...offsets].map((offset) => wall - offset).filter((ms) => instantToLocal(ms, timeZone) === target);
  const chosen = matching.length > 0 ? Math.min(...matching) : wall - offsetAt(wall - DAY_MS, timeZone);
  return new Date(chosen).toISOString();
};

export interface BreachDeadline {
  /** Awareness as an instant (UTC ISO). */
  awareAt: string;
  /** Awareness + exactly 72 hours, as an instant (UTC ISO). */
  deadlineAt: string;
  /** The same instant on the organisation's wall clock (YYYY-MM-DDTHH:mm:ss). */
  deadlineLocal: string;
  timeZone: string;
}

/**
 * GDPR Art. 33(1): 72 hours after awareness, counted as elapsed hours: a change of clocks in between
 * does not add or remove an hour, and no working-day shift applies (1182/71 Art. 3(4) excludes periods
 * in hours). 1182/71 Art. 3(2)(a) would start an hours period at the beginning of the next full hour;
 * we count from the minute of awareness, which is at most 59 minutes earlier and never late.
 * `awareAt` is an ISO instant with offset, or a wall-clock time read in the organisation's time zone.
 */
export const breachNotificationDeadline = (awareAt: string, timeZone: string): BreachDeadline => {
  assertTimeZone(timeZone);
  const instant = LOCAL_DATE_TIME.test(awareAt) ? localToInstant(awareAt, timeZone) : awareAt;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`"${awareAt}" is not a date and time.`);
  const deadlineMs = ms + BREACH_NOTIFICATION_HOURS * HOUR_MS;
  return {
    awareAt: new Date(ms).toISOString(),
    deadlineAt: new Date(deadlineMs).toISOString(),
    deadlineLocal: instantToLocal(deadlineMs, timeZone),
    timeZone,
  };
};

export type BreachClockState = 'running' | 'overdue' | 'notifiedInTime' | 'notifiedLate';

export interface BreachClock {
  state: BreachClockState;
  /** Minutes left before the deadline (negative once past), from `now` or, once notified, from the filing. */
  minutesLeft: number;
  /** Art. 33(1): a notification after 72 hours must give the reasons for the delay. */
  delayReasonRequired: boolean;
}

/** Where a breach stands against its 72 hours, now or at its first filing with the authority. */
export const breachClock = (deadline: BreachDeadline, now: string, firstNotifiedAt?: string): BreachClock => {
  const reference = Date.parse(firstNotifiedAt ?? now);
  if (Number.isNaN(reference)) throw new RangeError(`"${firstNotifiedAt ?? now}" is not a date and time.`);
  const minutesLeft = Math.floor((Date.parse(deadline.deadlineAt) - reference) / 60_000);
  const late = minutesLeft < 0;
  const state: BreachClockState =
    firstNotifiedAt === undefined ? (late ? 'overdue' : 'running') : late ? 'notifiedLate' : 'notifiedInTime';
  return { state, minutesLeft, delayReasonRequired: late };
};
