import { describe, expect, it } from 'vitest';
import { formatDate, joinList } from './format';

describe('German document formatting', () => {
  it('writes German dates and lists as German readers expect', () => {
    expect(formatDate('2026-12-01', 'de')).toBe('1.12.2026');
    expect(formatDate('2026-05-25', 'en')).toBe('25 May 2026');
    expect(joinList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
  });
});
