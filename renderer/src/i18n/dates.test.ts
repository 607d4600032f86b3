import { describe, expect, it } from 'vitest';
import { formatUiDate, formatUiDateTime, formatUiLocalDateTime } from './dates';

describe('dates shown in the interface', () => {
  it('shows a stored day in the interface language, never as ISO', () => {
    expect(formatUiDate('2024-03-15', 'en')).toBe('15 March 2024');
    expect(formatUiDate('2024-03-15', 'fr')).toBe('15 mars 2024');
    expect(formatUiDate('2024-03-15', 'de')).toBe('15.3.2024');
    expect(formatUiDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatUiDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
  });

  it('shows the day of a date-time, and leaves empty and unreadable values as they are', () => {
    expect(formatUiDate('2024-03-15T23:30:00+01:00', 'fr')).toBe('15 mars 2024');
    expect(formatUiDate('', 'en')).toBe('');
    expect(formatUiDate('soon', 'en')).toBe('soon');
  });

  it('shows an instant on the clock of the given zone', () => {
    const text = formatUiDateTime('2026-03-02T08:30:00Z', 'fr', 'Europe/Paris');
    expect(text).toContain('09:30');
    expect(text).toContain('2026');
    expect(text).not.toContain('2026-03-02');
    expect(formatUiDateTime('2026-03-02T08:30:00Z', 'en', 'Not/AZone')).toContain('2026');
  });

  it('shows a wall-clock deadline in each language without moving it to another zone', () => {
    expect(formatUiLocalDateTime('2026-03-05T09:30', 'en')).toBe('5 Mar 2026, 09:30');
    expect(formatUiLocalDateTime('2026-03-05T09:30', 'fr')).toBe('5 mars 2026, 09:30');
    expect(formatUiLocalDateTime('2026-03-05T09:30:00', 'de')).toBe('05.03.2026, 09:30');
    expect(formatUiLocalDateTime('not a time', 'en')).toBe('not a time');
  });

  it('shows an instant with the day first in English (never the US month-first order)', () => {
    expect(formatUiDateTime('2026-03-05T09:30:00Z', 'en', 'UTC')).toBe('5 Mar 2026, 09:30');
    expect(formatUiDateTime('2026-03-05T09:30:00Z', 'fr', 'UTC')).toBe('5 mars 2026, 09:30');
    expect(formatUiDateTime('2026-03-05T09:30:00Z', 'de', 'UTC')).toBe('05.03.2026, 09:30');
  });
});
