import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { importActivities } from '../../data/app-database';
import {
  detectTable,
  importOptions,
  namesTheActivity,
  previewImport,
  suggestMapping,
  type ColumnMapping,
  type DetectedTable,
  type ImportPreview,
  type TextEncodingName,
} from '../../data/import';
import type { Organisation } from '../../domain';
import type { OpenedFile } from '../../platform';
import { FileReadingCancelledError, readSpreadsheetInWorker } from '../../workers';
import { limitReason } from './limit-reason';
import { SettingsDialog } from './SettingsDialog';
import { errorMessage } from '../../domain/values';

type Stage =
  | { kind: 'reading' }
  | { kind: 'unreadable'; message: string }
  | { kind: 'mapping'; table: DetectedTable; detected: boolean; encoding: TextEncodingName | undefined }
  | {
      kind: 'preview';
      table: DetectedTable;
      detected: boolean;
      preview: ImportPreview;
      encoding: TextEncodingName | undefined;
    }
  | { kind: 'saving' }
  | { kind: 'done'; count: number }
  | { kind: 'failed'; message: string };

const STEPS = ['choose', 'map', 'check', 'import'] as const;
/** The fields a column can fill, labelled as the activity's catalogue labels them. */
const OPTIONS = importOptions();
const stepIndex = (stage: Stage): number =>
  stage.kind === 'mapping'
    ? 1
    : stage.kind === 'preview' || stage.kind === 'saving' || stage.kind === 'failed'
      ? 2
      : stage.kind === 'done'
        ? 3
        : 0;

/** The first non-empty value of a column: shown next to the header so the DPO recognises it. */
const sampleOf = (table: DetectedTable, column: number): string =>
  table.rows.map((r) => (r[column] ?? '').trim()).find((v) => v !== '') ?? '';

/** With no template header found, the first non-empty row of the first sheet is taken as the headers. */
const fallbackTable = (sheets: { name: string; rows: string[][] }[]): DetectedTable | null => {
  for (const sheet of sheets) {
    const headerRow = sheet.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
    if (headerRow >= 0)
      return {
        sheetName: sheet.name,
        headerRow,
        headers: sheet.rows[headerRow] ?? [],
        rows: sheet.rows.slice(headerRow + 1),
      };
  }
  return null;
};

const MappingStep = ({
  table,
  detected,
  mapping,
  onChange,
}: {
  table: DetectedTable;
  detected: boolean;
  mapping: ColumnMapping[];
  onChange(m: ColumnMapping[]): void;
}) => {
  const { t } = useTranslation('settings');
  return (
    <Stack spacing={2}>
      <Typography>
        {detected
          ? t('import.mapping.found', { sheet: table.sheetName, row: table.headerRow + 1, count: table.rows.length })
          : t('import.mapping.notFound', { sheet: table.sheetName })}
      </Typography>
      <TableContainer sx={{ maxHeight: 440 }}>
        <Table size="small" stickyHeader aria-label={t('import.mapping.label')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('import.mapping.column')}</TableCell>
              <TableCell>{t('import.mapping.example')}</TableCell>
              <TableCell sx={{ width: 260 }}>{t('import.mapping.field')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {mapping.map((m, i) => (
              <TableRow key={m.column}>
                <TableCell component="th" scope="row" sx={{ maxWidth: 240 }}>
                  {m.header || t('import.mapping.untitled', { n: m.column + 1 })}
                  {m.confidence === 'known' && (
                    <Chip
                      size="small"
                      label={t('import.mapping.recognised')}
                      sx={{ ml: 1 }}
                      variant="outlined"
                      color="success"
                    />
                  )}
                </TableCell>
                <TableCell sx={{ maxWidth: 260, color: 'text.secondary' }}>
                  <Typography variant="body2" noWrap title={sampleOf(table, m.column)}>
                    {sampleOf(table, m.column)}
                  </Typography>
                </TableCell>
                <TableCell>
                  <TextField
                    select
                    value={m.field}
                    onChange={(e) => onChange(mapping.map((x, j) => (j === i ? { ...x, field: e.target.value } : x)))}
                    slotProps={{
                      htmlInput: { 'aria-label': t('import.mapping.fieldFor', { column: m.header || m.column + 1 }) },
                    }}
                  >
                    {OPTIONS.map((o) => (
                      <MenuItem key={o.field} value={o.field}>
                        {t(o.label)}
                      </MenuItem>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
};

const PreviewStep = ({ preview }: { preview: ImportPreview }) => {
  const { t } = useTranslation('settings');
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  const rows = [...new Set([...preview.activities.map((a) => a.row), ...errors.map((e) => e.row)])].sort(
    (a, b) => a - b,
  );
  return (
    <Stack spacing={2}>
      <Alert severity={errors.length > 0 ? 'warning' : 'info'}>
        {t('import.preview.summary', { count: preview.activities.length })}{' '}
        {errors.length > 0 && t('import.preview.leftOut', { count: new Set(errors.map((e) => e.row)).size })}{' '}
        {warnings.length > 0 && t('import.preview.warnings', { count: warnings.length })}
      </Alert>
      <TableContainer sx={{ maxHeight: 440 }}>
        <Table size="small" stickyHeader aria-label={t('import.preview.label')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 64 }}>{t('import.preview.row')}</TableCell>
              <TableCell>{t('import.preview.activity')}</TableCell>
              <TableCell align="right">{t('import.preview.purposes')}</TableCell>
              <TableCell align="right">{t('import.preview.categories')}</TableCell>
              <TableCell>{t('import.preview.problems')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const imported = preview.activities.find((a) => a.row === row);
              const problems = preview.problems.filter((p) => p.row === row);
              const refused = problems.some((p) => p.severity === 'error');
              return (
                <TableRow key={row} sx={refused ? { bgcolor: 'action.hover' } : undefined}>
                  <TableCell>{row}</TableCell>
                  <TableCell>
                    {imported ? (
                      imported.activity.name
                    ) : (
                      <Typography variant="body2" color="error">
                        {t('import.preview.notImported')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">{imported?.activity.purposes.length ?? '—'}</TableCell>
                  <TableCell align="right">{imported?.activity.dataCategories.length ?? '—'}</TableCell>
                  <TableCell>
                    {problems.map((p, i) => (
                      <Typography
                        key={i}
                        variant="body2"
                        color={p.severity === 'error' ? 'error' : 'warning.main'}
                        sx={{ '&:not(:last-child)': { mb: 0.5 } }}
                      >
                        {p.column ? `${p.column} — ` : ''}
                        {p.message}
                      </Typography>
                    ))}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
};

/**
 * Spreadsheet import (CNIL, ICO or any register): find the table, let the DPO confirm what each
 * column means, show every row with its problems, then create all the activities or none.
 */
export const ImportDialog = ({
  file,
  organisation,
  onClose,
}: {
  file: OpenedFile | null;
  organisation: Organisation | undefined;
  onClose(): void;
}) => {
  const { t, i18n } = useTranslation('settings');
  const navigate = useNavigate();
  const [stage, setStage] = useState<Stage>({ kind: 'reading' });
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [readFile, setReadFile] = useState<OpenedFile | null>(null);
  // The reading runs in a worker; Cancel terminates it (a huge file must not hold the dialog open).
  const reading = useRef<AbortController | null>(null);

  if (file !== readFile) {
    setReadFile(file);
    setStage({ kind: 'reading' });
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    if (file)
      void readSpreadsheetInWorker(file.bytes, file.name, controller.signal).then(
        (read) => {
          if (!read.ok) {
            const { limit, max } = read.error;
            setStage({
              kind: 'unreadable',
              message:
                read.error.kind === 'too-large' && limit !== undefined && max !== undefined
                  ? t('bounds:spreadsheetTooLarge', { reason: limitReason(t, i18n.language, limit, max) })
                  : t(`import.errors.${read.error.kind === 'too-large' ? 'unreadable' : read.error.kind}`, {
                      detail: read.error.message,
                    }),
            });
            return;
          }
          const detected = detectTable(read.sheets);
          const table = detected ?? fallbackTable(read.sheets);
          if (!table) {
            setStage({ kind: 'unreadable', message: t('import.errors.empty') });
            return;
          }
          setMapping(suggestMapping(table.headers));
          setStage({ kind: 'mapping', table, detected: detected !== null, encoding: read.encoding });
        },
        (error: unknown) => {
          if (!(error instanceof FileReadingCancelledError))
            setStage({ kind: 'unreadable', message: t('import.errors.unreadable', { detail: errorMessage(error) }) });
        },
      );
  }

  // Closing stops a reading still running (aborting a finished one does nothing).
  const close = () => {
    reading.current?.abort();
    onClose();
  };

  const mapped = namesTheActivity(mapping);

  const importAll = async (preview: ImportPreview) => {
    if (!organisation) return;
    setStage({ kind: 'saving' });
    const result = await importActivities(organisation.id, preview);
    setStage(
      result.ok
        ? { kind: 'done', count: result.created.length }
        : { kind: 'failed', message: t(`import.errors.${result.error.kind}`, { detail: result.error.message }) },
    );
  };

  const busy = stage.kind === 'saving';
  return (
    <SettingsDialog
      open={file !== null}
      onClose={close}
      busy={busy}
      title={t('import.title', { name: organisation?.name ?? '' })}
      maxWidth="lg"
      actions={
        <>
          {stage.kind === 'preview' && (
            <Box sx={{ flexGrow: 1, pl: 2 }}>
              <Button
                onClick={() =>
                  setStage({ kind: 'mapping', table: stage.table, detected: stage.detected, encoding: stage.encoding })
                }
              >
                {t('import.backToMapping')}
              </Button>
            </Box>
          )}
          {stage.kind === 'done' ? (
            <>
              <Button
                onClick={() => {
                  onClose();
                  void navigate('/activities');
                }}
              >
                {t('import.seeActivities')}
              </Button>
              <Button variant="contained" onClick={onClose}>
                {t('common:actions.close')}
              </Button>
            </>
          ) : (
            <Button onClick={close} disabled={busy}>
              {t('common:actions.cancel')}
            </Button>
          )}
          {stage.kind === 'mapping' && (
            <Button
              variant="contained"
              disabled={!mapped}
              onClick={() =>
                setStage({
                  kind: 'preview',
                  table: stage.table,
                  detected: stage.detected,
                  encoding: stage.encoding,
                  preview: previewImport(stage.table.rows, mapping, { firstRowNumber: stage.table.headerRow + 2 }),
                })
              }
            >
              {t('import.toPreview')}
            </Button>
          )}
          {stage.kind === 'preview' && (
            <Button
              variant="contained"
              disabled={stage.preview.activities.length === 0 || !organisation}
              onClick={() => void importAll(stage.preview)}
            >
              {t('import.importAll', { count: stage.preview.activities.length })}
            </Button>
          )}
        </>
      }
    >
      <Stepper activeStep={stepIndex(stage)} sx={{ mb: 3 }}>
        {STEPS.map((s) => (
          <Step key={s}>
            <StepLabel>{t(`import.steps.${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {stage.kind === 'reading' && (
        <Stack spacing={1} role="status">
          <Typography>{t('import.reading', { name: file?.name ?? '' })}</Typography>
          <LinearProgress aria-label={t('import.reading', { name: file?.name ?? '' })} />
        </Stack>
      )}
      {(stage.kind === 'unreadable' || stage.kind === 'failed') && <Alert severity="error">{stage.message}</Alert>}
      {/* How a CSV that is not plain UTF-8 was read, so the DPO checks the accents (nothing to say for UTF-8). */}
      {(stage.kind === 'mapping' || stage.kind === 'preview') &&
        stage.encoding !== undefined &&
        stage.encoding !== 'utf-8' && (
          <Alert severity="info" sx={{ mb: 2 }} data-encoding={stage.encoding}>
            {t(`bounds:encoding.${stage.encoding}`)}
          </Alert>
        )}
      {stage.kind === 'mapping' && (
        <>
          <MappingStep table={stage.table} detected={stage.detected} mapping={mapping} onChange={setMapping} />
          {!mapped && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              {t('import.mapping.needName')}
            </Alert>
          )}
        </>
      )}
      {stage.kind === 'preview' && <PreviewStep preview={stage.preview} />}
      {stage.kind === 'saving' && <LinearProgress aria-label={t('import.saving')} />}
      {stage.kind === 'done' && (
        <Alert severity="success">{t('import.done', { count: stage.count, name: organisation?.name ?? '' })}</Alert>
      )}
    </SettingsDialog>
  );
};
