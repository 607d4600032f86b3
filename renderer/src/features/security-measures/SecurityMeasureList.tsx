import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { ResourceListPage, useLiveList } from '../../components';
import type { SecurityMeasure } from '../../domain';
import { securityMeasureSortKey, securityMeasuresRepo } from './queries';

/** The organisation's catalogue of Art. 32 measures, grouped by category; activities link to them. */
export const SecurityMeasureList = () => {
  const { t } = useTranslation('securityMeasures');
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
  return <ResourceListPage namespace="securityMeasures" basePath="/security-measures" rows={rows} columns={columns} />;
};
