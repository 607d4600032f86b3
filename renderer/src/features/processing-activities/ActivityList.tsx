import AddIcon from '@mui/icons-material/Add';
import LibraryAddIcon from '@mui/icons-material/LibraryAdd';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridCellParams, type GridColDef, type MuiEvent } from '@mui/x-data-grid';
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { GRID_HEADER_HEIGHT, GRID_HEADER_SX, PageHeader, StatusChip, type StatusTone } from '../../components';
import type { Activity, ActivityStatus } from '../../domain';
import {
  ACTIVITY_KINDS,
  departmentsOf,
  filterRows,
  NO_FILTER,
  toRow,
  type ActivityFilter,
  type ActivityKind,
  type ActivityRow,
} from './activity-model';
import { useActivityOptions } from './labels';
import { GRID_LOCALE_TEXT } from '../../components/EntityList';
import { languageOrEnglish } from '../../domain/languages';
import { useActivities } from './queries';
import { GuidedStartBanner } from '../guided-start/GuidedStartBanner';
import { TemplateDialog } from '../templates';
import { useUiDates } from '../../i18n/dates';

/** Renders the findings badge of one activity (the checks add it; the column is hidden without it). */
export type ActivityFindingsRenderer = (activity: Activity) => ReactNode;

const PAGE_SIZE = 100;

const STATUS_TONE: Record<ActivityStatus, StatusTone> = { draft: 'warning', active: 'good', retired: 'neutral' };

const INITIAL_STATE = { pagination: { paginationModel: { pageSize: PAGE_SIZE } } };
const PAGE_SIZE_OPTIONS = [25, 50, PAGE_SIZE];
const GRID_SX = { bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' }, ...GRID_HEADER_SX };

/**
 * The search field keeps its own state so a keystroke first repaints only the field; the list
 * follows at once through a deferred value (no debounce: the list answers every keystroke, and
 * React drops intermediate renders when typing outpaces them).
 */
const SearchBox = ({ onSearch }: { onSearch(value: string): void }) => {
  const { t } = useTranslation('activities');
  const [value, setValue] = useState('');
  return (
    <TextField
      type="search"
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        onSearch(e.target.value);
      }}
      placeholder={t('list.search')}
      // Grows into the row's free space: the French hint ("Rechercher un nom, une référence, une
      // finalité, un service…") is cut off at the English width.
      sx={{ flex: '1 1 320px', maxWidth: 560 }}
      fullWidth={false}
      slotProps={{
        htmlInput: { 'aria-label': t('list.search') },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
};

/** All activities of the current organisation, with search, filters and the two "New" buttons. */
export const ActivityList = ({ renderFindings }: { renderFindings?: ActivityFindingsRenderer | undefined }) => {
  const { t, i18n } = useTranslation('activities');
  const fmt = useUiDates();
  const navigate = useNavigate();
  const o = useActivityOptions();
  const { current } = useCurrentOrganisation();
  const activities = useActivities(current?.id);
  const [filter, setFilter] = useState<ActivityFilter>(NO_FILTER);
  const onSearch = useCallback((search: string) => setFilter((f) => (f.search === search ? f : { ...f, search })), []);

  // Rows (with their search text) are built once per change of the data, not per keystroke.
  const rows = useMemo(
    () => (activities ?? []).map(toRow).sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [activities, i18n.language],
  );
  const departments = useMemo(() => departmentsOf(rows), [rows]);
  const deferredFilter = useDeferredValue(filter);
  const visible = useMemo(() => filterRows(rows, deferredFilter), [rows, deferredFilter]);

  const columns = useMemo<GridColDef<ActivityRow>[]>(() => {
    const cols: GridColDef<ActivityRow>[] = [
      { field: 'name', headerName: t('columns.name'), flex: 2, minWidth: 220 },
      { field: 'reference', headerName: t('columns.reference'), width: 110 },
      {
        field: 'kind',
        headerName: t('columns.kind'),
        // "Auftragsverarbeiter" in full.
        width: 160,
        valueFormatter: (v: ActivityKind) => t(`kindShort.${v}`),
      },
      { field: 'department', headerName: t('columns.department'), flex: 1, minWidth: 130 },
      {
        field: 'status',
        headerName: t('columns.status'),
        width: 110,
        renderCell: ({ row }) => <StatusChip label={t(`enums.status.${row.status}`)} tone={STATUS_TONE[row.status]} />,
      },
      { field: 'legalBases', headerName: t('columns.legalBases'), flex: 1, minWidth: 140 },
      {
        field: 'lastReviewedOn',
        headerName: t('columns.lastReviewed'),
        width: 130,
        valueFormatter: (v: string) => (v ? fmt.date(v) : '—'),
      },
    ];
    if (renderFindings)
      cols.unshift({
        field: 'findings',
        headerName: t('columns.findings'),
        width: 100,
        sortable: false,
        renderCell: ({ row }) => renderFindings(row),
      });
    return cols;
  }, [t, fmt, renderFindings]);

  const open = useCallback((p: { row: ActivityRow }) => void navigate(`/activities/${p.row.id}`), [navigate]);
  // Enter on a focused row opens it; arrows move between rows (DataGrid keyboard navigation).
  const onCellKeyDown = useCallback(
    (p: GridCellParams<ActivityRow>, e: MuiEvent<React.KeyboardEvent>) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      open(p);
    },
    [open],
  );
  const { t: tt } = useTranslation('templates');
  const [templateOpen, setTemplateOpen] = useState(false);
  const empty = rows.length === 0;
  const gridLanguage = languageOrEnglish(i18n.language);
  const localeText = useMemo(
    () => ({ ...GRID_LOCALE_TEXT[gridLanguage], noRowsLabel: empty ? t('list.empty') : t('list.noMatch') }),
    [empty, t, gridLanguage],
  );
  const setField = <K extends keyof ActivityFilter>(k: K, v: ActivityFilter[K]) => setFilter((f) => ({ ...f, [k]: v }));
  // The choice filters beside the search, each "All" or one of its options, headed as the list's column.
  const filters = [
    { key: 'status', width: 150, options: o.status },
    { key: 'department', width: 190, options: departments.map((d) => ({ value: d, label: d })) },
    { key: 'kind', width: 170, options: ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`kindShort.${k}`) })) },
  ] as const;

  return (
    <Box>
      <PageHeader
        title={t('list.title')}
        subtitle={current ? t('list.subtitle', { organisation: current.name }) : undefined}
        actions={
          <>
            {ACTIVITY_KINDS.map((kind) => (
              <Button
                key={kind}
                variant={kind === 'controller' ? 'contained' : 'outlined'}
                startIcon={<AddIcon />}
                component={RouterLink}
                to={`/activities/new?kind=${kind}`}
              >
                {t(kind === 'controller' ? 'list.newController' : 'list.newProcessor')}
              </Button>
            ))}
            <Button
              variant="outlined"
              startIcon={<LibraryAddIcon />}
              onClick={() => setTemplateOpen(true)}
              disabled={!current}
            >
              {tt('fromTemplate')}
            </Button>
          </>
        }
      />
      {current && <GuidedStartBanner organisationId={current.id} />}
      {templateOpen && current && (
        <TemplateDialog open onClose={() => setTemplateOpen(false)} organisation={current} mode={{ kind: 'create' }} />
      )}
      <Stack direction="row" sx={{ gap: 1.5, mb: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <SearchBox onSearch={onSearch} />
        {filters.map((f) => (
          <TextField
            key={f.key}
            select
            label={t(`columns.${f.key}`)}
            value={filter[f.key]}
            onChange={(e) => setField(f.key, f.options.find((option) => option.value === e.target.value)?.value ?? '')}
            sx={{ width: f.width }}
            fullWidth={false}
          >
            <MenuItem value="">{t('list.all')}</MenuItem>
            {f.options.map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
        ))}
        <Typography variant="body2" color="text.secondary" sx={{ ml: 'auto' }} role="status">
          {t('list.count', { count: visible.length, total: rows.length })}
        </Typography>
      </Stack>
      <Box sx={{ height: 'calc(100vh - 250px)', minHeight: 360 }}>
        <DataGrid
          rows={visible}
          columns={columns}
          loading={activities === undefined}
          density="compact"
          columnHeaderHeight={GRID_HEADER_HEIGHT}
          disableRowSelectionOnClick
          onRowClick={open}
          onCellKeyDown={onCellKeyDown}
          initialState={INITIAL_STATE}
          pageSizeOptions={PAGE_SIZE_OPTIONS}
          localeText={localeText}
          aria-label={t('list.title')}
          sx={GRID_SX}
        />
      </Box>
    </Box>
  );
};
