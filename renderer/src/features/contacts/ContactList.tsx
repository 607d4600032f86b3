import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useCurrentOrganisation } from '../../app/current-organisation';
import { EntityList, PageHeader, StatusChip, useLiveList } from '../../components';
import type { Contact } from '../../domain';
import { contactSortKey, contactsRepo } from './queries';

export const ContactList = () => {
  const { t } = useTranslation('contacts');
  const navigate = useNavigate();
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
  const create = (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/contacts/new">
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
        onOpen={(c) => void navigate(`/contacts/${c.id}`)}
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
