import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { ResourceListPage, StatusChip, useLiveList } from '../../components';
import type { Contact } from '../../domain';
import { contactSortKey, contactsRepo } from './queries';

export const ContactList = () => {
  const { t } = useTranslation('contacts');
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(contactsRepo(), current?.id, contactSortKey);
  const columns = useMemo<GridColDef<Contact>[]>(
    () => [
      { field: 'name', headerName: t('fields.name'), flex: 2, minWidth: 180 },
      {
        field: 'role',
        headerName: t('fields.role'),
        flex: 1,
        minWidth: 200,
        valueGetter: (_v, c) => t(`role.${c.role}`),
      },
      {
        field: 'external',
        headerName: t('fields.firm'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_v, c) => (c.external ? c.firm || t('external') : t('internal')),
      },
      { field: 'email', headerName: t('fields.email'), flex: 1.5, minWidth: 180 },
      {
        field: 'published',
        headerName: t('fields.published'),
        minWidth: 130,
        renderCell: ({ row }) =>
          row.published ? (
            <StatusChip label={t('publishedYes')} tone="good" />
          ) : (
            <StatusChip label={t('publishedNo')} />
          ),
      },
    ],
    [t],
  );
  return <ResourceListPage namespace="contacts" basePath="/contacts" rows={rows} columns={columns} />;
};
