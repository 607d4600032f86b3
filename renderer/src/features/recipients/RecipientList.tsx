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
import type { Recipient } from '../../domain';
import { countryName } from '../../domain/reference';
import { recipientSortKey, recipientsRepo } from './queries';

export const RecipientList = () => {
  const { t } = useTranslation('recipients');
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(recipientsRepo(), current?.id, recipientSortKey);
  const columns = useMemo<GridColDef<Recipient>[]>(
    () => [
      { field: 'name', headerName: t('fields.name'), flex: 2, minWidth: 200 },
      {
        field: 'category',
        headerName: t('fields.category'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_v, r) => t(`category.${r.category}`),
      },
      {
        field: 'country',
        headerName: t('fields.country'),
        flex: 1,
        minWidth: 120,
        valueGetter: (_v, r) => countryName(r.country, lang),
      },
    ],
    [t, lang],
  );
  const create = (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/recipients/new">
      {t('list.create')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} actions={create} />
      <EntityList
        label={t('list.title')}
        rows={rows}
        columns={columns}
        onOpen={(r) => void navigate(`/recipients/${r.id}`)}
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
