import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useCurrentOrganisation } from '../../app/current-organisation';
import { useUiLanguage } from '../../app/use-ui-language';
import { EntityList, PageHeader, useLiveList } from '../../components';
import { TRANSFER_MECHANISM_ARTICLE, type Transfer } from '../../domain';
import { ADEQUACY_AS_OF, adequacyOf, countryName } from '../../domain/reference';
import { useFindingsColumn } from '../checks/findings-column';
import { AdequacyChip } from './AdequacyChip';
import { transferSortKey, transfersRepo } from './queries';

export const destinationOf = (tr: Transfer, lang: 'en' | 'fr'): string =>
  tr.destinationType === 'country' ? countryName(tr.country, lang) : tr.internationalOrganisation;

export const TransferList = () => {
  const { t } = useTranslation('transfers');
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(transfersRepo(), current?.id, transferSortKey);
  const findingsColumn = useFindingsColumn<Transfer>('transfers');
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
      { field: 'recipientName', headerName: t('fields.recipientName'), flex: 1.5, minWidth: 180 },
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
    [t, lang, findingsColumn],
  );
  const create = (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/transfers/new">
      {t('list.create')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={`${t('list.subtitle')} ${t('adequacy.asOf', { date: ADEQUACY_AS_OF })}`}
        actions={create}
      />
      <EntityList
        label={t('list.title')}
        rows={rows}
        columns={columns}
        onOpen={(tr) => void navigate(`/transfers/${tr.id}`)}
        empty={
          <>
            <Typography variant="h6">{t('list.emptyTitle')}</Typography>
            <Typography color="text.secondary">{t('list.emptyBody')}</Typography>
            {create}
          </>
        }
      />
    </>
  );
};
