import AddIcon from '@mui/icons-material/Add';
import ArticleOutlinedIcon from '@mui/icons-material/ArticleOutlined';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import TableChartOutlinedIcon from '@mui/icons-material/TableChartOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { startTransition, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { EntityList, PageHeader, StatusChip, useLiveList } from '../../components';
import { SnapshotsPanel } from '../history';
import type { DocumentSetting } from '../../domain/document-setting';
import { ExportDialog, type ExportTarget } from './ExportDialog';
import { documentSortKey, documentsRepo, isPolicy } from './queries';
import { languageOrEnglish } from '../../domain/languages';
import { formatUiInstantDay } from '../../i18n/dates';

interface OpenExport {
  target: ExportTarget;
  autoStart: boolean;
}

/** The two kinds of document the screen makes, each introduced by a card above the list. */
const CARDS = [
  { key: 'register', Icon: TableChartOutlinedIcon, article: 'Art. 30' },
  { key: 'policy', Icon: ArticleOutlinedIcon, article: 'Art. 13/14' },
] as const;

/** /documents: the organisation's privacy policies and saved register exports. */
export const DocumentList = () => {
  const { t, i18n } = useTranslation('documents');
  const navigate = useNavigate();
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(documentsRepo(), current?.id, documentSortKey);
  const [exporting, setExporting] = useState<OpenExport | undefined>();
  // The dialog renders in a transition: React lays it out in slices instead of one long block.
  const openExport = useCallback((open: OpenExport) => startTransition(() => setExporting(open)), []);

  const exportTarget = (d: DocumentSetting): ExportTarget =>
    isPolicy(d) ? { kind: 'policy', policy: d } : { kind: 'register', setting: d };

  const columns = useMemo<GridColDef<DocumentSetting>[]>(
    () => [
      {
        field: 'title',
        headerName: t('fields.title'),
        flex: 2,
        minWidth: 240,
        renderCell: ({ row }) => {
          const Icon = isPolicy(row) ? ArticleOutlinedIcon : TableChartOutlinedIcon;
          return (
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, height: '100%' }}>
              <Icon fontSize="small" color="action" />
              <span>{row.title}</span>
            </Stack>
          );
        },
      },
      {
        field: 'kind',
        headerName: t('fields.kind'),
        flex: 1,
        minWidth: 170,
        valueGetter: (_v, r) => (isPolicy(r) ? t('kind.privacy_policy') : t(`kind.register_${r.register}`)),
      },
      {
        field: 'language',
        headerName: t('fields.language'),
        width: 110,
        valueGetter: (_v, r) => t(`language.${r.language}`),
      },
      { field: 'version', headerName: t('fields.version'), width: 90 },
      {
        field: 'review',
        headerName: t('fields.updatedAt'),
        // Wide enough for « Dernière modification » and its sort arrow.
        width: 200,
        valueGetter: (_v, r) => r.updatedAt,
        renderCell: ({ row }) => formatUiInstantDay(row.updatedAt, languageOrEnglish(i18n.language)),
      },
      {
        field: 'actions',
        headerName: '',
        sortable: false,
        filterable: false,
        width: 150,
        renderCell: ({ row }) => (
          <Button
            size="small"
            startIcon={<FileDownloadIcon />}
            aria-label={t(isPolicy(row) ? 'list.exportNamed' : 'list.exportAgainNamed', { name: row.title })}
            onClick={(e) => {
              e.stopPropagation();
              // A saved register re-exports in one click as PDF; a policy opens the export options.
              openExport({ target: exportTarget(row), autoStart: !isPolicy(row) });
            }}
          >
            {isPolicy(row) ? t('list.export') : t('list.exportAgain')}
          </Button>
        ),
      },
    ],
    [t, i18n.language, openExport],
  );

  if (!current) return null;
  const actions = (
    <Stack direction="row" sx={{ gap: 1 }}>
      <Button
        variant="outlined"
        startIcon={<TableChartOutlinedIcon />}
        onClick={() => openExport({ target: { kind: 'register' }, autoStart: false })}
      >
        {t('list.exportRegister')}
      </Button>
      <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/documents/policies/new">
        {t('list.createPolicy')}
      </Button>
    </Stack>
  );
  return (
    <>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} actions={actions} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 3 }}>
        {CARDS.map(({ key, Icon, article }) => (
          <Paper key={key} variant="outlined" sx={{ p: 2.5 }}>
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center', mb: 0.5 }}>
              <Icon color="primary" />
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
                {t(`cards.${key}Title`)}
              </Typography>
              <StatusChip label={article} tone="info" />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {t(`cards.${key}Body`)}
            </Typography>
          </Paper>
        ))}
      </Box>
      <EntityList
        label={t('list.title')}
        tableExport={false}
        rows={rows}
        columns={columns}
        onOpen={(d) =>
          isPolicy(d)
            ? void navigate(`/documents/policies/${d.id}`)
            : openExport({ target: exportTarget(d), autoStart: false })
        }
        empty={
          <>
            <Typography variant="h6">{t('list.emptyTitle')}</Typography>
            <Typography color="text.secondary">{t('list.emptyBody')}</Typography>
            {actions}
          </>
        }
      />
      {/* Snapshots of the register as sent to the authority, and what changed since. */}
      <Box sx={{ mt: 3 }}>
        <SnapshotsPanel organisationId={current.id} />
      </Box>
      {exporting && (
        <ExportDialog
          target={exporting.target}
          organisation={current}
          autoStart={exporting.autoStart}
          onClose={() => setExporting(undefined)}
        />
      )}
    </>
  );
};
