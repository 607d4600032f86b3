import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { EntityList } from './EntityList';
import { PageHeader } from './PageHeader';

export interface ResourceListPageProps<R extends GridValidRowModel & { id: string }> {
  /** i18n namespace with `list.title`, `list.subtitle`, `list.create`, `list.emptyTitle`, `list.emptyBody`. */
  namespace: string;
  /** Route of the resource ("/contacts"): rows open `<basePath>/<id>`, the create button `<basePath>/new`. */
  basePath: string;
  rows: readonly R[] | undefined;
  columns: GridColDef<R>[];
  /** Replaces the namespace's `list.subtitle` when the subtitle carries live facts. */
  subtitle?: string;
  /** Further ways to add records (e.g. "Add from the library"), shown before the "New …" button. */
  extraActions?: ReactNode;
  /** What the empty list offers besides "New …", when it is not `extraActions`. */
  emptyActions?: ReactNode;
}

/**
 * The list screen of one resource of the record: heading, "New …" button, the grid, and an empty
 * state that says what to do first. Every resource list reads the same way.
 */
export const ResourceListPage = <R extends GridValidRowModel & { id: string }>({
  namespace,
  basePath,
  rows,
  columns,
  subtitle,
  extraActions,
  emptyActions = extraActions,
}: ResourceListPageProps<R>) => {
  const { t } = useTranslation(namespace);
  const navigate = useNavigate();
  const create = (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={`${basePath}/new`}>
      {t('list.create')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={subtitle ?? t('list.subtitle')}
        actions={
          extraActions ? (
            <Stack direction="row" spacing={1}>
              {extraActions}
              {create}
            </Stack>
          ) : (
            create
          )
        }
      />
      <EntityList
        label={t('list.title')}
        rows={rows}
        columns={columns}
        onOpen={(r) => void navigate(`${basePath}/${r.id}`)}
        empty={
          <>
            <Typography variant="h6">{t('list.emptyTitle')}</Typography>
            <Typography color="text.secondary">{t('list.emptyBody')}</Typography>
            <Stack direction="row" spacing={1} sx={{ justifyContent: 'center' }}>
              {emptyActions}
              {create}
            </Stack>
          </>
        }
      />
    </>
  );
};
