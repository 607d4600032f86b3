import { describe, expect, it } from 'vitest';
import type { Finding } from '../../domain/checks';
import { departmentOptions, exportFileName, findingLink, safeFileNamePart } from './export-plan';
import { localToday } from '../../domain';

describe('export file names', () => {
  it('reads "<Organisation> - <Document> - <date>.<ext>"', () => {
    expect(
      exportFileName({
        organisation: 'Tixeo SAS',
        document: 'Record of processing activities (controller)',
        date: '2026-11-22',
        format: 'pdf',
      }),
    ).toBe('Tixeo SAS - Record of processing activities (controller) - 2026-11-22.pdf');
  });

  it('uses .md for Markdown and removes characters file systems refuse', () => {
    expect(
      exportFileName({ organisation: 'A/B: "C"', document: 'Policy?*', date: '2026-01-02', format: 'markdown' }),
    ).toBe('A B C - Policy - 2026-01-02.md');
    expect(safeFileNamePart('  Name.  ')).toBe('Name');
  });

  it('takes today in local time as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
  });
});

describe('where a gap is fixed', () => {
  const finding = (table: Finding['target']['table'], field?: string): Finding => ({
    ruleId: 'r',
    severity: 'error',
    article: 'Art. 30(1)(b)',
    messageKey: 'k',
    params: {},
    target: { table, id: 'id 1', label: 'Payroll', ...(field ? { field } : {}) },
  });

  it('opens the editor of the record, on the field when the finding names one', () => {
    expect(findingLink(finding('activities', 'purposes.0.legalBasis'))).toBe(
      '/activities/id%201/edit?field=purposes.0.legalBasis',
    );
    expect(findingLink(finding('processors'))).toBe('/processors/id%201/edit');
  });

  it('opens a policy on its page, which has no field links', () => {
    expect(findingLink(finding('documents', 'intro'))).toBe('/documents/policies/id%201');
  });
});

describe('department filter', () => {
  it('offers each department of the register once, trimmed and sorted, never an empty one', () => {
    const activities = [
      { kind: 'controller' as const, department: ' Sales ' },
      { kind: 'controller' as const, department: 'HR' },
      { kind: 'controller' as const, department: 'Sales' },
      { kind: 'controller' as const, department: '' },
      { kind: 'processor' as const, department: 'Hosting' },
    ];
    expect(departmentOptions(activities, 'controller')).toEqual(['HR', 'Sales']);
    expect(departmentOptions(activities, 'processor')).toEqual(['Hosting']);
  });
});
