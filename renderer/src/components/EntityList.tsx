import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridValidRowModel } from '@mui/x-data-grid';
import { deDE, frFR } from '@mui/x-data-grid/locales';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/common';
import { languageOrEnglish } from '../domain/languages';

/**
 * A column's heading wraps onto a second line rather than being cut with an ellipsis ("Pays où les
 * données sont traitées ou hébergées"): the header row is tall enough for two lines.
 */
export const GRID_HEADER_HEIGHT = 56;
export const GRID_HEADER_SX = {
  '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600, whiteSpace: 'normal', lineHeight: 1.25 },
} as const;

/** The data grid's own words (filter menu, pagination) in the interface language; English is its default. */
export const GRID_LOCALE_TEXT: Record<
  Language,
  typeof frFR.components.MuiDataGrid.defaultProps.localeText | undefined
> = {
  en: undefined,
  fr: frFR.components.MuiDataGrid.defaultProps.localeText,
  de: deDE.components.MuiDataGrid.defaultProps.localeText,
};

export interface EntityListProps<R extends GridValidRowModel & { id: string }> {
  /** Accessible name of the grid ("Processors"). */
  label: string;
  rows: readonly R[] | undefined;
  columns: GridColDef<R>[];
  /** Opens a record: on click, or Enter on a focused row. */
  onOpen(row: R): void;
  /** Shown instead of the grid when there is no record yet (a sentence and a create button). */
  empty: ReactNode;
  /**
   * The grid's own Export menu (print, CSV of the table). Off where each row has an export of its
   * own (Documents), so two different "Export" actions do not sit side by side.
   */
  tableExport?: boolean;
}

/**
 * The list screen of a resource: MUI X DataGrid with quick search, sorting, keyboard navigation
 * (arrows move, Enter opens) and an empty state that says what to do first.
 */
export const EntityList = <R extends GridValidRowModel & { id: string }>({
  label,
  rows,
  columns,
  onOpen,
  empty,
  tableExport = true,
}: EntityListProps<R>) => {
  const { t, i18n } = useTranslation();
  if (rows !== undefined && rows.length === 0) {
    return (
      <Paper variant="outlined" sx={{ p: 5, textAlign: 'center' }}>
        <Stack spacing={2} sx={{ alignItems: 'center' }}>
          {empty}
        </Stack>
      </Paper>
    );
  }
  const localeText = GRID_LOCALE_TEXT[languageOrEnglish(i18n.language)];
  return (
    <Box sx={{ width: '100%' }}>
      <DataGrid<R>
        label={label}
        aria-label={label}
        rows={rows ?? []}
        columns={columns}
        loading={rows === undefined}
        showToolbar
        slotProps={{
          toolbar: {
            showQuickFilter: true,
            quickFilterProps: { debounceMs: 150 },
            csvOptions: { disableToolbarButton: !tableExport },
            printOptions: { disableToolbarButton: !tableExport },
          },
        }}
        localeText={{ ...localeText, noResultsOverlayLabel: t('list.noResults') }}
        onRowClick={(params) => onOpen(params.row)}
        onCellKeyDown={(params, event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onOpen(params.row);
          }
        }}
        disableRowSelectionOnClick
        disableColumnMenu={false}
        autoHeight
        density="compact"
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
        columnHeaderHeight={GRID_HEADER_HEIGHT}
        sx={{
          bgcolor: 'background.paper',
          '& .MuiDataGrid-row': { cursor: 'pointer' },
          ...GRID_HEADER_SX,
        }}
      />
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
        {t('list.keyboardHint')}
      </Typography>
    </Box>
  );
};
