import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { describe, expect, it } from 'vitest';
import { pickerDateTime, storedDateTime, validZone } from './FormDateTimeField';

dayjs.extend(utc);

describe('a breach date and time typed in the picker', () => {
  it('is stored as the organisation’s wall-clock time with that zone’s offset on that day', () => {
    expect(storedDateTime(dayjs.utc('2026-03-02T09:30'), 'Europe/Paris')).toBe('2026-03-02T09:30:00+01:00');
    expect(storedDateTime(dayjs.utc('2026-07-02T09:30'), 'Europe/Paris')).toBe('2026-07-02T09:30:00+02:00');
    expect(storedDateTime(dayjs.utc('2026-07-02T09:30'), 'America/New_York')).toBe('2026-07-02T09:30:00-04:00');
  });

  it('shows a stored instant on the organisation’s clock, whatever offset it was written with', () => {
    expect(pickerDateTime('2026-03-02T09:30:00+01:00', 'Europe/Paris')?.format('YYYY-MM-DDTHH:mm')).toBe(
      '2026-03-02T09:30',
    );
    expect(pickerDateTime('2026-03-02T08:30:00Z', 'Europe/Paris')?.format('YYYY-MM-DDTHH:mm')).toBe('2026-03-02T09:30');
  });

  it('round-trips every typed minute, in and out of summer time', () => {
    for (const local of ['2026-01-15T00:00', '2026-03-29T03:30', '2026-10-25T01:59', '2026-12-31T23:59']) {
      const stored = storedDateTime(dayjs.utc(local), 'Europe/Paris');
      expect(pickerDateTime(stored, 'Europe/Paris')?.format('YYYY-MM-DDTHH:mm')).toBe(local);
    }
  });

  it('keeps an empty field empty and a half-typed one as text the schema refuses', () => {
    expect(storedDateTime(null, 'Europe/Paris')).toBe('');
    expect(storedDateTime(dayjs.utc('not a date'), 'Europe/Paris')).toBe('Invalid date');
    expect(pickerDateTime('', 'Europe/Paris')).toBeNull();
    expect(pickerDateTime('Invalid date', 'Europe/Paris')).toBeNull();
  });

  it('reads an unknown or empty zone as UTC', () => {
    expect(validZone('')).toBe('UTC');
    expect(validZone('Mars/Olympus')).toBe('UTC');
    expect(validZone('Europe/Paris')).toBe('Europe/Paris');
  });
});
