import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/notifications';
import {
  eraseTrashItems,
  eraseWholeTrash,
  MAX_TRASH_RETENTION_DAYS,
  MIN_TRASH_RETENTION_DAYS,
  restoreTrashItem,
  saveTrashRetentionDays,
  trashItems,
  trashRetentionDays,
  type TrashItem,
} from '../../data/app-database';
import { catalogueOfTable } from '../../domain/catalogue';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { TrashItemDialog } from './TrashDialogs';
import { useUiDates } from '../../i18n/dates';
import { errorMessage } from '../../domain/values';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The table's columns before the actions. */
const COLUMNS = ['record', 'kind', 'workspace', 'deletedOn', 'daysLeft'] as const;

/**
 * The Trash: every deleted record, of every kind, restorable with its links for the retention
 * period (30 days at least), then erased automatically. Restoring shows first what comes back;
 * erasing one record or emptying the Trash asks first, naming what goes.
 */
export const TrashSection = () => {
  const { t } = useTranslation('trash');
  const fmt = useUiDates();
  const notify = useNotify();
  const navigate = useNavigate();
  const { organisations, setCurrentId } = useCurrentOrganisation();
  const items = useLiveQuery(() => trashItems(), []);
  const retention = useLiveQuery(() => trashRetentionDays(), []);
  const [restoring, setRestoring] = useState<TrashItem | null>(null);
  const [erasing, setErasing] = useState<TrashItem | null>(null);
  const [emptying, setEmptying] = useState(false);
  const [daysText, setDaysText] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A restored or erased record leaves the list, and its button with it: once the dialog has
  // closed, the keyboard focus goes to the heading rather than being lost to the page.
  const acted = useRef(false);
  const afterDialog = () => {
    if (!acted.current) return;
    acted.current = false;
    heading.current?.focus();
  };

  const workspaceOf = (item: TrashItem) =>
    item.table === 'organisations'
      ? '—'
      : (organisations?.find((o) => o.id === item.organisationId)?.name ?? t('deletedWorkspace'));
  const days = retention ?? MIN_TRASH_RETENTION_DAYS;
  const daysLeft = (item: TrashItem) =>
    Math.max(0, Math.ceil((new Date(item.deletedAt).getTime() + days * DAY_MS - Date.now()) / DAY_MS));

  // Only the dialogs' actions call these: the focus moves once the dialog has closed.
  const restore = async (item: TrashItem) => {
    acted.current = true;
    setFailure(null);
    try {
      await restoreTrashItem(item.table, item.id, item.revision);
    } catch (e) {
      setFailure(t('restoreFailed', { title: item.title, reason: errorMessage(e) }));
      return;
    }
    notify({
      severity: 'success',
      message: t('restored', { title: item.title }),
      action: {
        label: t('showInList'),
        run: () => {
          setCurrentId(item.organisationId);
          // The list a restored record is back in (its section's route).
          void navigate(catalogueOfTable(item.table)?.basePath ?? '/');
        },
      },
    });
  };
  const erase = async (run: () => Promise<number>) => {
    acted.current = true;
    setFailure(null);
    try {
      notify({ severity: 'success', message: t('erased', { count: await run() }) });
    } catch (e) {
      setFailure(t('eraseFailed', { reason: errorMessage(e) }));
    }
  };

  const daysValue = daysText ?? String(days);
  const daysNumber = Number(daysValue);
  const daysValid =
    Number.isInteger(daysNumber) && daysNumber >= MIN_TRASH_RETENTION_DAYS && daysNumber <= MAX_TRASH_RETENTION_DAYS;
  const saveDays = async () => {
    if (!daysValid) return;
    await saveTrashRetentionDays(daysNumber);
    setDaysText(null);
    notify({ severity: 'success', message: t('retention.saved', { count: daysNumber }) });
  };

  return (
    <Stack spacing={2} sx={{ p: 3, maxWidth: 1100 }}>
      <Typography variant="h5" component="h1" ref={heading} tabIndex={-1} sx={{ outline: 'none' }}>
        {t('title')}
      </Typography>
      <Typography color="text.secondary">{t('intro', { count: days })}</Typography>
      {failure && <Alert severity="error">{failure}</Alert>}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          label={t('retention.label')}
          type="number"
          value={daysValue}
          onChange={(e) => setDaysText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void saveDays();
          }}
          error={!daysValid}
          helperText={
            daysValid
              ? t('retention.help')
              : t('retention.invalid', { min: MIN_TRASH_RETENTION_DAYS, max: MAX_TRASH_RETENTION_DAYS })
          }
          slotProps={{ htmlInput: { min: MIN_TRASH_RETENTION_DAYS, max: MAX_TRASH_RETENTION_DAYS, step: 1 } }}
          sx={{ maxWidth: 260 }}
        />
        <Button variant="outlined" disabled={!daysValid || daysText === null} onClick={() => void saveDays()}>
          {t('retention.save')}
        </Button>
        <Button
          color="error"
          variant="outlined"
          startIcon={<DeleteForeverIcon />}
          disabled={!items || items.length === 0}
          onClick={() => setEmptying(true)}
          sx={{ ml: { sm: 'auto !important' } }}
        >
          {t('empty.action')}
        </Button>
      </Stack>
      {items && items.length === 0 && <Alert severity="info">{t('empty.none')}</Alert>}
      {items && items.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('title')}>
            {/* Column names on one line: German ones ("Endgültig gelöscht in") broke mid-phrase. */}
            <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableRow>
                {COLUMNS.map((c) => (
                  <TableCell key={c}>{t(`columns.${c}`)}</TableCell>
                ))}
                <TableCell align="right">{t('columns.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <TableRow key={`${item.table}:${item.id}`}>
                  <TableCell sx={{ fontWeight: 500 }}>{item.title}</TableCell>
                  <TableCell>{t(`kinds.${item.table}`)}</TableCell>
                  <TableCell>{workspaceOf(item)}</TableCell>
                  <TableCell>{fmt.dateTime(item.deletedAt)}</TableCell>
                  <TableCell>{t('daysLeft', { count: daysLeft(item) })}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      startIcon={<RestoreFromTrashIcon />}
                      aria-label={t('restoreNamed', { title: item.title })}
                      onClick={() => setRestoring(item)}
                    >
                      {t('restore')}
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      startIcon={<DeleteForeverIcon />}
                      aria-label={t('eraseNamed', { title: item.title })}
                      onClick={() => setErasing(item)}
                    >
                      {t('erase')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <TrashItemDialog
        action="restore"
        item={restoring}
        workspace={restoring ? workspaceOf(restoring) : ''}
        onConfirm={(item) => void restore(item)}
        onClose={() => setRestoring(null)}
        onExited={afterDialog}
      />
      <TrashItemDialog
        action="erase"
        item={erasing}
        onConfirm={(item) => void erase(() => eraseTrashItems([item]))}
        onClose={() => setErasing(null)}
        onExited={afterDialog}
      />
      <ConfirmDialog
        open={emptying}
        title={t('empty.title')}
        confirmLabel={t('empty.confirm')}
        destructive
        onConfirm={() => void erase(eraseWholeTrash)}
        onClose={() => setEmptying(false)}
        onExited={afterDialog}
      >
        <Typography>{t('empty.body', { count: items?.length ?? 0 })}</Typography>
      </ConfirmDialog>
    </Stack>
  );
};
