import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { ResourceListPage, StatusChip, useLiveList, useNow } from '../../components';
import type { DataSubjectRequest } from '../../domain';
import { useFindingsColumn } from '../checks/findings-column';
import { LogExportButton } from '../log-exports';
import { RequestDueChip, safeRequestDue } from './RequestDueChip';
import { requestSortKey, requestsRepo } from './queries';
import { useUiDates } from '../../i18n/dates';

export const RequestList = () => {
  const { t } = useTranslation('requests');
  const fmt = useUiDates();
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(requestsRepo(), current?.id, requestSortKey);
  const today = useNow().slice(0, 10);
  const country = current?.address.country ?? '';
  const findingsColumn = useFindingsColumn<DataSubjectRequest>('requests');
  const columns = useMemo<GridColDef<DataSubjectRequest>[]>(
    () => [
      findingsColumn,
      { field: 'reference', headerName: t('fields.reference'), minWidth: 120 },
      { field: 'requesterName', headerName: t('fields.requesterName'), flex: 1.5, minWidth: 180 },
      {
        field: 'types',
        headerName: t('fields.types'),
        flex: 1.5,
        minWidth: 180,
        valueGetter: (_v, r) => r.types.map((x) => t(`type.${x}`)).join(', '),
      },
      {
        field: 'receivedOn',
        headerName: t('fields.receivedOn'),
        minWidth: 130,
        // Sorted by the stored ISO day, shown in the interface language.
        valueFormatter: (v: string) => fmt.date(v),
      },
      {
        field: 'due',
        headerName: t('fields.due'),
        minWidth: 130,
        valueGetter: (_v, r) => safeRequestDue(r, country, today)?.due.end ?? '',
        valueFormatter: (v: string) => fmt.date(v),
      },
      {
        field: 'clock',
        headerName: t('fields.clock'),
        minWidth: 170,
        sortable: false,
        renderCell: ({ row }) => <RequestDueChip request={row} country={country} today={today} />,
      },
      {
        field: 'status',
        headerName: t('fields.status'),
        minWidth: 150,
        valueGetter: (_v, r) => t(`status.${r.status}`),
        renderCell: ({ row }) => <StatusChip label={t(`status.${row.status}`)} />,
      },
    ],
    [t, fmt, findingsColumn, country, today],
  );
  return (
    <ResourceListPage
      namespace="requests"
      basePath="/requests"
      rows={rows}
      columns={columns}
      extraActions={<LogExportButton target={{ kind: 'log', log: 'requests' }} />}
    />
  );
};
