import { describe, expect, it } from 'vitest';
import { changeLabel, changedFields, entryChanges, formatField, formatValue, pathLabel } from './values';

const t = (key: string, options?: Record<string, unknown>) =>
  ({ yes: 'Yes', no: 'No' })[key] ?? String(options?.defaultValue ?? key);

describe('history values', () => {
  it('lists only the fields a reader cares about', () => {
    const before = { id: 'a', name: 'Payroll', revision: 1, updatedAt: '2026-01-01', status: 'draft' };
    const after = { id: 'a', name: 'Payroll', revision: 2, updatedAt: '2026-02-01', status: 'active' };
    expect(changedFields(before, after)).toEqual([{ key: 'status', before: 'draft', after: 'active' }]);
  });

  it('sees a field added or removed, and a creation from nothing', () => {
    expect(changedFields({ name: 'A' }, { name: 'A', owner: 'HR' }).map((c) => c.key)).toEqual(['owner']);
    expect(changedFields(null, { name: 'A' })).toEqual([{ key: 'name', before: undefined, after: 'A' }]);
  });

  it('writes values in words', () => {
    expect(formatValue('', t)).toBe('—');
    expect(formatValue(true, t)).toBe('Yes');
    expect(
      formatValue(
        [
          { id: '1', name: 'Employees' },
          { id: '2', name: 'Candidates' },
        ],
        t,
      ),
    ).toBe('Employees; Candidates');
    expect(formatValue({ period: 5, unit: 'years', criteria: '' }, t)).toBe('Period: 5 · Unit: years');
  });
});

describe('pathLabel', () => {
  const fr = (key: string, options?: Record<string, unknown>) =>
    ({ 'activities:fields.purposes': 'Finalités', 'history:fields.legalBasis': 'Base légale' })[key] ??
    String(options?.defaultValue);
  it('names each field by its catalogue label in the interface language and keeps the item names', () => {
    expect(
      pathLabel(
        [
          { kind: 'field', key: 'purposes', labelKey: 'activities:fields.purposes' },
          { kind: 'item', title: 'Payer les salariés' },
          { kind: 'field', key: 'legalBasis', labelKey: 'history:fields.legalBasis' },
          { kind: 'field', key: 'someNewField', labelKey: 'history:fields.someNewField' },
        ],
        fr,
      ),
    ).toBe('Finalités › Payer les salariés › Base légale › Some new field');
  });
});

describe('formatField', () => {
  const tl = (key: string, options?: Record<string, unknown>) =>
    key === 'linked' ? `${String(options?.count)} linked` : String(options?.defaultValue ?? key);
  it('counts linked records instead of printing their identifiers', () => {
    expect(formatField('processorIds', ['a-1', 'b-2'], tl)).toBe('2 linked');
    expect(formatField('purposes[p-1].legalBasis', 'contract', tl)).toBe('contract');
  });
});

describe("a history entry names its fields as the record's kind has them", () => {
  const entry = (kind: string) => ({
    table: 'activities' as const,
    before: { kind, name: 'Hosting', processorIds: ['p-1'] },
    after: { kind, name: 'Hosting', processorIds: [] },
  });
  it("calls a processor activity's processors its sub-processors, a controller activity's its processors", () => {
    expect(entryChanges(entry('processor')).map((c) => changeLabel(c, t))).toEqual(['activities:fields.subProcessors']);
    expect(entryChanges(entry('controller')).map((c) => changeLabel(c, t))).toEqual(['history:fields.processorIds']);
  });
  it('takes the kind of the record deleted when there is no version after', () => {
    expect(entryChanges({ ...entry('processor'), after: null })[0]).toMatchObject({ kind: 'processor' });
  });
});
