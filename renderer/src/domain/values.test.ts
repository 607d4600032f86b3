import { describe, expect, it } from 'vitest';
import { breachContentSchema } from './breach';
import { recipientContentSchema } from './recipient';
import { blankOf, localToday } from './values';

describe('blankOf', () => {
  it('fills every default of the schema and keeps the answers given, even on a refined schema', () => {
    expect(blankOf(recipientContentSchema, { name: '', category: 'processor' })).toMatchObject({
      name: '',
      category: 'processor',
      country: '',
      description: '',
    });
    const breach = blankOf(breachContentSchema, { title: '', awareAt: '', timeZone: 'Europe/Paris' });
    expect(breach).toMatchObject({ title: '', timeZone: 'Europe/Paris', processorId: null, activityIds: [] });
  });
});

describe('localToday', () => {
  it('is the local calendar day, not UTC’s', () => {
    expect(localToday(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
  });
});
