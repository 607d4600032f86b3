import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import type { EntityTable } from '../../domain';
import { type CheckReport, type Finding } from '../../domain/checks';
import { FindingsBadge } from './FindingsBadge';
import { useLiveChecks } from './queries';

export const NO_FINDINGS: readonly Finding[] = [];

/** Findings per record id of one table, so each row of a list looks its badge up in constant time. */
const byRecord = (report: CheckReport | undefined, table: EntityTable): Map<string, Finding[]> => {
  const out = new Map<string, Finding[]>();
  for (const f of report?.findings ?? []) {
    if (f.target.table !== table) continue;
    const list = out.get(f.target.id);
    if (list) list.push(f);
    else out.set(f.target.id, [f]);
  }
  return out;
};

/** The live findings of the current organisation for one table (the checks run only while `enabled`). */
export const useTableFindings = (table: EntityTable, enabled: boolean): Map<string, Finding[]> => {
  const { current } = useCurrentOrganisation();
  const checks = useLiveChecks(enabled ? current?.id : undefined);
  const report = checks ? checks.report : undefined;
  return useMemo(() => byRecord(report, table), [report, table]);
};

/**
 * A "Checks" column for a record list (processors, transfers): the findings badge of each row.
 * Put it first in the list's columns.
 */
export const useFindingsColumn = <R extends GridValidRowModel & { id: string }>(table: EntityTable): GridColDef<R> => {
  const { t } = useTranslation('checksUi');
  const findings = useTableFindings(table, true);
  return useMemo(
    () => ({
      field: '__findings',
      headerName: t('badge.column'),
      width: 90,
      sortable: false,
      filterable: false,
      valueGetter: (_v, row) => findings.get(row.id)?.length ?? 0,
      renderCell: ({ row }) => <FindingsBadge findings={findings.get(row.id) ?? NO_FINDINGS} />,
    }),
    [t, findings],
  );
};
