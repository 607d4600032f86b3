import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { ResourceListPage, StatusChip, useLiveList, useNow } from '../../components';
import { instantToLocal, breachTimeZone, type Breach } from '../../domain';
import { useFindingsColumn } from '../checks/findings-column';
import { LogExportButton } from '../log-exports';
import { BreachClockChip } from './BreachClockChip';
import { breachSortKey, breachesRepo } from './queries';
import { useUiDates } from '../../i18n/dates';

/** The awareness time as the organisation's clock showed it ("2026-03-02T09:30", sortable). */
export const awareLocal = (b: Breach): string => {
  try {
    return instantToLocal(b.awareAt, breachTimeZone(b)).slice(0, 16);
  } catch {
    return b.awareAt;
  }
};

export const BreachList = () => {
  const { t } = useTranslation('breaches');
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(breachesRepo(), current?.id, breachSortKey);
  const now = useNow();
  const fmt = useUiDates();
  const findingsColumn = useFindingsColumn<Breach>('breaches');
  const columns = useMemo<GridColDef<Breach>[]>(
    () => [
      findingsColumn,
      { field: 'reference', headerName: t('fields.reference'), minWidth: 120 },
      { field: 'title', headerName: t('fields.title'), flex: 2, minWidth: 220 },
      {
        field: 'awareAt',
        headerName: t('fields.awareAt'),
        minWidth: 160,
        valueGetter: (_v, b) => awareLocal(b),
        // Sorted by the wall-clock text, shown in the interface language.
        valueFormatter: (v: string) => fmt.localDateTime(v),
      },
      {
        field: 'status',
        headerName: t('fields.status'),
        minWidth: 150,
        valueGetter: (_v, b) => t(`status.${b.status}`),
        renderCell: ({ row }) => <StatusChip label={t(`status.${row.status}`)} />,
      },
      {
        field: 'clock',
        headerName: t('fields.clock'),
        minWidth: 190,
        sortable: false,
        renderCell: ({ row }) => <BreachClockChip breach={row} now={now} />,
      },
    ],
    [t, fmt, findingsColumn, now],
  );
  return (
    <ResourceListPage
      namespace="breaches"
      basePath="/breaches"
      rows={rows}
      columns={columns}
      extraActions={<LogExportButton target={{ kind: 'log', log: 'breaches' }} />}
    />
  );
};
