import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WEEKENDS_ONLY,
  addDays,
  addMonths,
  breachClock,
  breachNotificationDeadline,
  daysBetween,
  daysLeft,
  extensionNoticeInTime,
  isWeekend,
  isWorkingDay,
  localToInstant,
  parseCivilDate,
  periodEnd,
  requestDeadlines,
  type CivilDate,
  type WorkingDayCalendar,
} from './deadlines';
import { publicHolidayCalendar } from './public-holidays';

const FR = publicHolidayCalendar('FR');
const month = { unit: 'months', amount: 1 } as const;

describe('month periods (1182/71 Art. 3(2)(c))', () => {
  it('ends on the last day of a month that has no matching date', () => {
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('ends on the same date when the month has it', () => {
    expect(addMonths('2028-02-29', 1)).toBe('2028-03-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('is not 30 days: 1 February + 1 month is 1 March, 1 March + 1 month is 1 April', () => {
    expect(addMonths('2026-02-01', 1)).toBe('2026-03-01');
    expect(daysBetween('2026-02-01', addMonths('2026-02-01', 1))).toBe(28);
    expect(daysBetween('2026-03-01', addMonths('2026-03-01', 1))).toBe(31);
  });

  it('received 31 March 2026 is due Thursday 30 April 2026 (a working day in France)', () => {
    expect(periodEnd('2026-03-31', month, FR)).toEqual({ nominalEnd: '2026-04-30', end: '2026-04-30', shift: 'none' });
  });

  it('received 29 February 2028 is due Wednesday 29 March 2028', () => {
    expect(periodEnd('2028-02-29', month, FR).end).toBe('2028-03-29');
  });
});

describe('working-day shift (1182/71 Art. 3(4))', () => {
  it('31 January 2026 + 1 month ends Saturday 28 February, so Monday 2 March 2026', () => {
    expect(periodEnd('2026-01-31', month, FR)).toEqual({
      nominalEnd: '2026-02-28',
      end: '2026-03-02',
      shift: 'weekend',
    });
  });

  it('a last day on a French public holiday moves to the next working day', () => {
    // 14 April 2026 + 1 month = Thursday 14 May 2026, Ascension.
    expect(periodEnd('2026-04-14', month, FR)).toEqual({
      nominalEnd: '2026-05-14',
      end: '2026-05-15',
      shift: 'publicHoliday',
    });
    // 30 April 2026 + 1 month = Saturday 30 May; 1 May is irrelevant, Monday 1 June is a working day.
    expect(periodEnd('2026-04-30', month, FR).end).toBe('2026-06-01');
    // 24 April 2026 + 1 month = Sunday 24 May → Monday 25 May is Whit Monday → Tuesday 26 May.
    expect(periodEnd('2026-04-24', month, FR).end).toBe('2026-05-26');
  });

  it('uses the organisation’s country: 26 December is a holiday in Germany, not in France', () => {
    // 26 November 2026 + 1 month = Saturday 26 December: Monday 28 December in both countries.
    expect(periodEnd('2026-11-26', month, FR).end).toBe('2026-12-28');
    // 26 November 2025 + 1 month = Friday 26 December 2025: a working day in France, not in Germany.
    expect(periodEnd('2025-11-26', month, FR).end).toBe('2025-12-26');
    expect(periodEnd('2025-11-26', month, publicHolidayCalendar('DE')).end).toBe('2025-12-29');
  });

  it('an unknown country still shifts weekends and says its holidays are unknown', () => {
    const none = publicHolidayCalendar('ZZ');
    expect(none.known).toBe(false);
    expect(periodEnd('2026-01-31', month, none).end).toBe('2026-03-02');
    expect(FR.known).toBe(true);
  });

  it('a period of days does not count the day of the event (Art. 3(1)) and gets two working days (Art. 3(5))', () => {
    expect(periodEnd('2026-06-01', { unit: 'days', amount: 8 }, FR).end).toBe('2026-06-09');
    // Friday 1 May 2026 (holiday) + 2 days = Sunday 3 May → Monday 4 May, but only one working day
    // (4 May) lies in the period, so Art. 3(5) takes it to Tuesday 5 May.
    expect(periodEnd('2026-05-01', { unit: 'days', amount: 2 }, FR)).toEqual({
      nominalEnd: '2026-05-03',
      end: '2026-05-05',
      shift: 'twoWorkingDays',
    });
  });
});

describe('requests (GDPR Art. 12(3))', () => {
  it('tells the extension notice deadline and the extended due date', () => {
    const d = requestDeadlines({ receivedOn: '2026-03-31', country: 'FR', calendar: FR, extensionMonths: 2 });
    expect(d.firstMonth.end).toBe('2026-04-30');
    expect(d.extensionNoticeBy).toBe('2026-04-30');
    // 30 April + 2 months = Tuesday 30 June 2026.
    expect(d.due.end).toBe('2026-06-30');
    expect(extensionNoticeInTime(d, '2026-04-30')).toBe(true);
    expect(extensionNoticeInTime(d, '2026-05-01')).toBe(false);
  });

  it('runs the two further months from the end of the first month (the earlier reading)', () => {
    const d = requestDeadlines({ receivedOn: '2026-01-31', country: 'FR', calendar: FR, extensionMonths: 2 });
    // First month: 28 February (Saturday) → 2 March; extension from 28 February → Tuesday 28 April.
    expect(d.firstMonth.end).toBe('2026-03-02');
    expect(d.due).toEqual({ nominalEnd: '2026-04-28', end: '2026-04-28', shift: 'none' });
  });

  it('refuses an extension beyond two further months', () => {
    expect(() =>
      requestDeadlines({ receivedOn: '2026-01-05', country: 'FR', calendar: FR, extensionMonths: 3 }),
    ).toThrow(/two further months/);
  });

  it('an identity check suspends the clock in France, for the days between asking and receiving', () => {
    const d = requestDeadlines({
      receivedOn: '2026-03-02',
      country: 'FR',
      calendar: FR,
      pauses: [{ from: '2026-03-04', to: '2026-03-14', reason: 'identity' }],
    });
    expect(d.suspendedDays).toBe(10);
    // 2 April + 10 days = Sunday 12 April → Monday 13 April 2026.
    expect(d.firstMonth).toEqual({ nominalEnd: '2026-04-12', end: '2026-04-13', shift: 'weekend' });
  });

  it('overlapping pauses count once; pauses with no legal basis do not move the date', () => {
    const base = { receivedOn: '2026-03-02', country: 'FR', calendar: FR } as const;
    const merged = requestDeadlines({
      ...base,
      pauses: [
        { from: '2026-03-04', to: '2026-03-10', reason: 'identity' },
        { from: '2026-03-08', to: '2026-03-14', reason: 'identity' },
      ],
    });
    expect(merged.suspendedDays).toBe(10);
    const clarification = requestDeadlines({
      ...base,
      pauses: [{ from: '2026-03-04', to: '2026-03-14', reason: 'clarification' }],
    });
    expect(clarification.suspendedDays).toBe(0);
    expect(clarification.due.end).toBe('2026-04-02');
    const belgium = requestDeadlines({
      ...base,
      country: 'BE',
      calendar: publicHolidayCalendar('BE'),
      pauses: [{ from: '2026-03-04', to: '2026-03-14', reason: 'identity' }],
    });
    expect(belgium.suspendedDays).toBe(0);
  });

  it('an open pause counts up to today and says the clock is suspended', () => {
    const d = requestDeadlines({
      receivedOn: '2026-03-02',
      country: 'FR',
      calendar: FR,
      asOf: '2026-03-09',
      pauses: [{ from: '2026-03-04', to: null, reason: 'identity' }],
    });
    expect(d.suspended).toBe(true);
    expect(d.suspendedDays).toBe(5);
    expect(() =>
      requestDeadlines({
        receivedOn: '2026-03-02',
        country: 'FR',
        calendar: FR,
        pauses: [{ from: '2026-03-04', to: null, reason: 'identity' }],
      }),
    ).toThrow(/today/);
  });

  it('refuses impossible dates and pauses in words', () => {
    expect(() => parseCivilDate('2026-02-30')).toThrow('2026-02-30 does not exist in the calendar.');
    expect(() =>
      requestDeadlines({
        receivedOn: '2026-03-02',
        country: 'FR',
        calendar: FR,
        pauses: [{ from: '2026-03-10', to: '2026-03-04', reason: 'identity' }],
      }),
    ).toThrow(/cannot end/);
  });

  it('counts days left, zero on the due day and negative once overdue', () => {
    expect(daysLeft('2026-04-28', '2026-04-30')).toBe(2);
    expect(daysLeft('2026-04-30', '2026-04-30')).toBe(0);
    expect(daysLeft('2026-05-02', '2026-04-30')).toBe(-2);
  });
});

describe('breaches (GDPR Art. 33(1))', () => {
  it('72 hours from awareness, with no working-day shift even over a weekend', () => {
    // Friday 27 November 2026, 16:30 in Paris (UTC+1) → Monday 30 November 16:30.
    const d = breachNotificationDeadline('2026-11-27T16:30', 'Europe/Paris');
    expect(d.awareAt).toBe('2026-11-27T15:30:00.000Z');
    expect(d.deadlineAt).toBe('2026-11-30T15:30:00.000Z');
    expect(d.deadlineLocal).toBe('2026-11-30T16:30:00');
  });

  it('counts elapsed hours across a change of clocks', () => {
    // Clocks go forward in Paris on Sunday 29 March 2026 at 02:00: 72 hours later the wall clock shows 11:00.
    const d = breachNotificationDeadline('2026-03-27T10:00', 'Europe/Paris');
    expect(d.deadlineLocal).toBe('2026-03-30T11:00:00');
    expect(Date.parse(d.deadlineAt) - Date.parse(d.awareAt)).toBe(72 * 3_600_000);
  });

  it('reads an ambiguous wall-clock time as the earlier instant', () => {
    // 25 October 2026, 02:30 happens twice in Paris; the first is 00:30 UTC.
    expect(localToInstant('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('says when the notification is late and reasons are required', () => {
    const d = breachNotificationDeadline('2026-06-01T09:00:00+02:00', 'Europe/Paris');
    expect(breachClock(d, '2026-06-03T09:00:00+02:00')).toEqual({
      state: 'running',
      minutesLeft: 1440,
      delayReasonRequired: false,
    });
    expect(breachClock(d, '2026-06-04T09:00:00+02:00').state).toBe('running');
    expect(breachClock(d, '2026-06-04T09:01:00+02:00')).toMatchObject({ state: 'overdue', delayReasonRequired: true });
    expect(breachClock(d, '2026-06-10T00:00:00Z', '2026-06-04T08:59:00+02:00').state).toBe('notifiedInTime');
    expect(breachClock(d, '2026-06-10T00:00:00Z', '2026-06-04T10:00:00+02:00')).toMatchObject({
      state: 'notifiedLate',
      minutesLeft: -60,
      delayReasonRequired: true,
    });
  });

  it('refuses an unknown time zone in words', () => {
    expect(() => breachNotificationDeadline('2026-06-01T09:00', 'Mars/Olympus')).toThrow(/not a time zone/);
  });
});

describe('properties', () => {
  const civilDate = fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
    .map((d): CivilDate => d.toISOString().slice(0, 10));
  /** A random holiday calendar: any day may be a holiday, so the rules cannot rely on France's. */
  const calendar = fc
    .array(fc.integer({ min: 0, max: 36_524 }), { maxLength: 3_000 })
    .map((days): WorkingDayCalendar => {
      const set = new Set(days.map((n) => addDays('1990-01-01', n)));
      return { isPublicHoliday: (date) => set.has(date) };
    });
  const calendars = fc.oneof(
    calendar,
    fc.constant(FR),
    fc.constant(WEEKENDS_ONLY),
    fc.constant(publicHolidayCalendar('DE')),
  );

  it('a month period ends on or after the month-end rule, on a working day, after only non-working days', () => {
    fc.assert(
      fc.property(civilDate, calendars, (received, cal) => {
        const { nominalEnd, end } = periodEnd(received, month, cal);
        const expected = addMonths(received, 1);
        expect(nominalEnd).toBe(expected);
        expect(end >= expected).toBe(true);
        expect(isWorkingDay(end, cal)).toBe(true);
        // Every day between the nominal and the real end is a non-working day.
        for (let day = expected; day < end; day = addDays(day, 1)) expect(isWorkingDay(day, cal)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('the month-end rule keeps the date or clamps to the month’s last day, never 30 days', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: 1, max: 36 }), (received, months) => {
        const end = parseCivilDate(addMonths(received, months));
        const start = parseCivilDate(received);
        expect((end.year - start.year) * 12 + (end.month - start.month)).toBe(months);
        const last = new Date(Date.UTC(end.year, end.month, 0)).getUTCDate();
        expect(end.day).toBe(Math.min(start.day, last));
      }),
    );
  });

  it('a later receipt never gives an earlier due date', () => {
    fc.assert(
      fc.property(
        civilDate,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 2 }),
        calendars,
        (a, gap, ext, cal) => {
          const b = addDays(a, gap);
          const da = requestDeadlines({ receivedOn: a, country: 'FR', calendar: cal, extensionMonths: ext });
          const db = requestDeadlines({ receivedOn: b, country: 'FR', calendar: cal, extensionMonths: ext });
          expect(db.due.end >= da.due.end).toBe(true);
          expect(db.extensionNoticeBy >= da.extensionNoticeBy).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an extension never shortens the period, and the notice is due within the first month', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: 1, max: 2 }), (received, ext) => {
        const plain = requestDeadlines({ receivedOn: received, country: 'FR', calendar: FR });
        const extended = requestDeadlines({ receivedOn: received, country: 'FR', calendar: FR, extensionMonths: ext });
        expect(extended.due.end > plain.due.end).toBe(true);
        expect(extended.extensionNoticeBy).toBe(plain.due.end);
        expect(isWeekend(extended.due.end)).toBe(false);
        expect(FR.isPublicHoliday(extended.due.end)).toBe(false);
      }),
    );
  });

  it('the breach deadline is exactly 72 hours after awareness, whatever the zone and the season', () => {
    const zones = fc.constantFrom(
      'Europe/Paris',
      'Europe/London',
      'America/New_York',
      'Australia/Sydney',
      'UTC',
      'Asia/Kolkata',
    );
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2080, 0, 1) }), zones, (ms, zone) => {
        const aware = new Date(ms).toISOString();
        const d = breachNotificationDeadline(aware, zone);
        expect(Date.parse(d.deadlineAt) - ms).toBe(72 * 3_600_000);
        // The wall-clock reading of the deadline leads back to the same instant.
        expect(Date.parse(localToInstant(d.deadlineLocal, zone))).toBeLessThanOrEqual(Date.parse(d.deadlineAt));
      }),
      { numRuns: 300 },
    );
  });
});
