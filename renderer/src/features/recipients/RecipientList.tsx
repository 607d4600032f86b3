import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { ResourceListPage, useLiveList } from '../../components';
import type { Recipient } from '../../domain';
import { countryName } from '../../domain/reference';
import { recipientSortKey, recipientsRepo } from './queries';

export const RecipientList = () => {
  const { t } = useTranslation('recipients');
  const lang = useUiLanguage();
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
  return <ResourceListPage namespace="recipients" basePath="/recipients" rows={rows} columns={columns} />;
};
