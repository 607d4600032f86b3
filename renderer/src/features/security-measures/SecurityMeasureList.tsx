import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useCurrentOrganisation } from '../../app/current-organisation';
import { EntityList, PageHeader, useLiveList } from '../../components';
import type { SecurityMeasure } from '../../domain';
import { securityMeasureSortKey, securityMeasuresRepo } from './queries';

/** The organisation's catalogue of Art. 32 measures, grouped by category; activities link to them. */
export const SecurityMeasureList = () => {
  const { t } = useTranslation('securityMeasures');
  const navigate = useNavigate();
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(securityMeasuresRepo(), current?.id, securityMeasureSortKey);
  const columns = useMemo<GridColDef<SecurityMeasure>[]>(
    () => [
      {
        field: 'category',
        headerName: t('fields.category'),
        flex: 1,
        minWidth: 180,
        valueGetter: (_v, m) => t(`category.${m.category}`),
        sortComparator: (a: string, b: string) => a.localeCompare(b),
      },
      { field: 'title', headerName: t('fields.title'), flex: 1.5, minWidth: 200 },
      { field: 'description', headerName: t('fields.description'), flex: 3, minWidth: 240 },
    ],
    [t],
  );
  const create = (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/security-measures/new">
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
        onOpen={(m) => void navigate(`/security-measures/${m.id}`)}
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
