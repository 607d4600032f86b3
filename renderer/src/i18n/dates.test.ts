import { describe, expect, it } from 'vitest';
import { formatUiDate, formatUiDateTime } from './dates';

describe('dates shown in the interface', () => {
  it('shows a stored day in the interface language, never as ISO', () => {
    expect(formatUiDate('2024-03-15', 'en')).toBe('15 March 2024');
    expect(formatUiDate('2024-03-15', 'fr')).toBe('15 mars 2024');
    expect(formatUiDate('2024-03-15', 'de')).toBe('15.3.2024');
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
});
