import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { ResourceListPage, useLiveList } from '../../components';
import { TRANSFER_MECHANISM_ARTICLE, transferRecipientName, type Transfer } from '../../domain';
import { ADEQUACY_AS_OF, adequacyOf, countryName } from '../../domain/reference';
import { useFindingsColumn } from '../checks/findings-column';
import { AdequacyChip } from './AdequacyChip';
import { transferSortKey, transfersRepo, useTransferRecipientRecords } from './queries';
import { useUiDates } from '../../i18n/dates';
import type { Language } from '../../domain/common';

export const destinationOf = (tr: Transfer, lang: Language): string =>
  tr.destinationType === 'country' ? countryName(tr.country, lang) : tr.internationalOrganisation;

export const TransferList = () => {
  const { t } = useTranslation('transfers');
  const lang = useUiLanguage();
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(transfersRepo(), current?.id, transferSortKey);
  const findingsColumn = useFindingsColumn<Transfer>('transfers');
  const records = useTransferRecipientRecords(current?.id);
  const fmt = useUiDates();
  const columns = useMemo<GridColDef<Transfer>[]>(
    () => [
      findingsColumn,
      {
        field: 'destination',
        headerName: t('fields.destination'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_v, tr) => destinationOf(tr, lang),
      },
      {
        field: 'recipientName',
        headerName: t('fields.recipientName'),
        flex: 1.5,
        minWidth: 180,
        // The current name of the record the transfer points at.
        valueGetter: (_v, tr) => transferRecipientName(tr, records),
      },
      {
        field: 'mechanism',
        headerName: t('fields.mechanism'),
        flex: 2,
        minWidth: 220,
        valueGetter: (_v, tr) => `${t(`mechanism.${tr.mechanism}`)} (${TRANSFER_MECHANISM_ARTICLE[tr.mechanism]})`,
      },
      {
        field: 'adequacy',
        headerName: t('fields.adequacy'),
        minWidth: 190,
        valueGetter: (_v, tr) => t(`adequacy.${adequacyOf(tr)}`),
        renderCell: ({ row }) => <AdequacyChip destination={row} />,
      },
    ],
    [t, lang, findingsColumn, records],
  );
  return (
    <ResourceListPage
      namespace="transfers"
      basePath="/transfers"
      rows={rows}
      columns={columns}
      subtitle={`${t('list.subtitle')} ${t('adequacy.asOf', { date: fmt.date(ADEQUACY_AS_OF) })}`}
    />
  );
};
