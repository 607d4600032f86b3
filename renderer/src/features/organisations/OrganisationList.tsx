import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { EntityList } from '../../components/EntityList';
import { PageHeader } from '../../components/PageHeader';
import { StatusChip } from '../../components/StatusChip';
import type { Organisation } from '../../domain';
import { LoadExampleButton } from '../examples';
import { countryName } from '../../domain/reference';
import { languageOrEnglish } from '../../domain/languages';
import { formatUiInstantDay } from '../../i18n/dates';

/** All workspaces: a lawyer keeps one organisation per client. */
export const OrganisationList = () => {
  const { t } = useTranslation('organisations');
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const { organisations, current } = useCurrentOrganisation();
  const columns = useMemo<GridColDef<Organisation>[]>(
    () => [
      {
        field: 'name',
        headerName: t('fields.name'),
        flex: 2,
        minWidth: 200,
        renderCell: ({ row }) => (
          <span>
            {row.name}
            {row.id === current?.id && (
              <>
                {' '}
                <StatusChip label={t('current')} tone="info" />
              </>
            )}
          </span>
        ),
      },
      { field: 'shortName', headerName: t('fields.shortName'), flex: 1, minWidth: 120 },
      {
        field: 'role',
        headerName: t('fields.role'),
        flex: 1,
        minWidth: 140,
        valueGetter: (_v, row) => t(`role.${row.role}`),
      },
      {
        field: 'country',
        headerName: t('fields.country'),
        flex: 1,
        minWidth: 120,
        valueGetter: (_v, row) => countryName(row.address.country, lang),
      },
      {
        field: 'updatedAt',
        headerName: t('fields.updatedAt'),
        flex: 1,
        minWidth: 140,
        valueGetter: (_v, row) => formatUiInstantDay(row.updatedAt, languageOrEnglish(lang)),
      },
    ],
    [t, lang, current?.id],
  );
  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          <>
            <LoadExampleButton />
            <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/organisations/new">
              {t('list.create')}
            </Button>
          </>
        }
      />
      <EntityList
        label={t('list.title')}
        rows={organisations}
        columns={columns}
        onOpen={(o) => void navigate(`/organisations/${o.id}`)}
        empty={
          <>
            <Typography variant="h6">{t('list.emptyTitle')}</Typography>
            <Typography color="text.secondary">{t('list.emptyBody')}</Typography>
            <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/organisations/new">
              {t('list.create')}
            </Button>
          </>
        }
      />
    </>
  );
};
