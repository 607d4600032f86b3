import Holidays from 'date-holidays';
import type { CivilDate, WorkingDayCalendar } from './deadlines';

/**
 * Public holidays of the organisation's country, for 1182/71 Art. 2(1) ("the public holidays … of the
 * Member State … in which an action is to be taken"). Source: the maintained `date-holidays` package
 * (rules per country, version pinned in package-lock.json), using only holidays it types `public`:
 * bank, school, optional and observance days are working days under Art. 2(2).
 *
 * Why a separate module rather than a call inside deadlines.ts: the deadline rules take a
 * {@link WorkingDayCalendar}, so their tests can use any calendar (property tests draw random holiday
 * sets) and a caller that already knows the holidays needs no package. This adapter is still pure
 * reference data (no I/O, no clock), which is why the domain may import `date-holidays`.
 *
 * Limits: national holidays only. Regional ones (e.g. Alsace-Moselle's Good Friday and 26 December in
 * France) are not applied, because the organisation records a country, not a region.
 */
export interface PublicHolidayCalendar extends WorkingDayCalendar {
  country: string;
  /** False when date-holidays has no rules for the country: then only weekends shift a deadline. */
  known: boolean;
}

let supported: ReadonlySet<string> | undefined;
const supportedCountries = (): ReadonlySet<string> => {
  supported ??= new Set(Object.keys(new Holidays().getCountries()));
  return supported;
};

const calendars = new Map<string, PublicHolidayCalendar>();

/** The calendar of a country (ISO 3166-1 alpha-2); cached, since every deadline of a workspace uses it. */
export const publicHolidayCalendar = (country: string): PublicHolidayCalendar => {
  const code = country.trim().toUpperCase();
  const cached = calendars.get(code);
  if (cached) return cached;
  const known = /^[A-Z]{2}$/.test(code) && supportedCountries().has(code);
  const holidays = known ? new Holidays(code) : undefined;
  const byYear = new Map<number, ReadonlySet<CivilDate>>();
  const yearSet = (year: number): ReadonlySet<CivilDate> => {
    let set = byYear.get(year);
    if (!set) {
      set = new Set(
        (holidays?.getHolidays(year) ?? [])
          .filter((holiday) => holiday.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      byYear.set(year, set);
    }
    return set;
  };
  const calendar: PublicHolidayCalendar = {
    country: code,
    known,
    isPublicHoliday: (date) => yearSet(Number(date.slice(0, 4))).has(date),
  };
  calendars.set(code, calendar);
  return calendar;
};
