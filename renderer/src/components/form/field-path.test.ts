import { describe, expect, it } from 'vitest';
import { isFieldPath } from './field-path';

describe('a repository problem put on the field it names', () => {
  const values = {
    name: 'Payroll',
    purposes: [{ description: 'Pay staff', legalBasis: 'contract', art9Condition: null }],
    client: { address: { city: '' } },
  };

  it('names a field of the form, nested or in a list item, by its dotted path', () => {
    expect(isFieldPath(values, 'name')).toBe(true);
    expect(isFieldPath(values, 'purposes.0.legalBasis')).toBe(true);
    expect(isFieldPath(values, 'purposes.0.art9Condition')).toBe(true);
    expect(isFieldPath(values, 'client.address.city')).toBe(true);
  });

  it('does not name a field the form does not hold: the record as a whole, another item, another key', () => {
    expect(isFieldPath(values, '')).toBe(false);
    expect(isFieldPath(values, 'purposes.1.legalBasis')).toBe(false);
    expect(isFieldPath(values, 'purposes.first.legalBasis')).toBe(false);
    expect(isFieldPath(values, 'organisationId')).toBe(false);
    expect(isFieldPath(values, 'name.length')).toBe(false);
    expect(isFieldPath(values, 'toString')).toBe(false);
  });
});
