import { useMemo } from 'react';
import { StatusChip, useNow } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, localToday, requestContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { LogExportButton } from '../log-exports';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { RequestDueChip, safeRequestDue } from './RequestDueChip';
import { useRequestPage } from './RequestShow';
import { RequestFields } from './RequestFields';

const requestsRepo = () => repositories().requests;

/** The time limits are counted from the organisation's country, as of today. */
const useDueReading = () => {
  const country = useCurrentOrganisation().current?.address.country ?? '';
  const today = useNow().slice(0, 10);
  return useMemo(() => ({ country, today }), [country, today]);
};

/** A data subject's request (Arts. 15–22): received today until the DPO says otherwise. */
export const requestResource = defineResource({
  catalogue: CATALOGUES.request,
  schema: requestContentSchema,
  repo: requestsRepo,
  nameOf: (r) => (r.reference === '' ? r.requesterName : `${r.reference} — ${r.requesterName}`),
  blank: () => blankOf(requestContentSchema, { receivedOn: localToday(), requesterName: '', types: [] }),
  Fields: RequestFields,
  List: resourceList(CATALOGUES.request, requestsRepo, {
    sortKey: (r) => r.receivedOn,
    findings: true,
    useContext: useDueReading,
    columns: ({ t, fmt, context: { country, today } }) => [
      { field: 'reference', minWidth: 120 },
      { field: 'requesterName', flex: 1.5, minWidth: 180 },
      { field: 'types', flex: 1.5, minWidth: 180 },
      // Sorted by the stored ISO day, shown in the interface language.
      { field: 'receivedOn', minWidth: 130 },
      {
        field: 'due',
        minWidth: 130,
        valueGetter: (_v, r) => safeRequestDue(r, country, today)?.due.end ?? '',
        valueFormatter: (v: string) => fmt.date(v),
      },
      {
        field: 'clock',
        minWidth: 170,
        sortable: false,
        renderCell: ({ row }) => <RequestDueChip request={row} country={country} today={today} />,
      },
      { field: 'status', minWidth: 150, renderCell: ({ row }) => <StatusChip label={t(`status.${row.status}`)} /> },
    ],
    extraActions: <LogExportButton target={{ kind: 'log', log: 'requests' }} />,
  }),
  show: { usePage: useRequestPage },
});
