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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/notifications';
import {
  eraseTrashItems,
  eraseTrashOlderThan,
  MAX_TRASH_RETENTION_DAYS,
  MIN_TRASH_RETENTION_DAYS,
  restoreTrashItem,
  saveTrashRetentionDays,
  trashItems,
  trashRetentionDays,
  type TrashItem,
} from '../../data/app-database';
import { useCurrentOrganisation } from '../../session/current-organisation';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What is asked before erasing for good: one record, or everything past the retention. */
type Erasing = { kind: 'one'; item: TrashItem } | { kind: 'expired' };

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The Trash: every deleted record, of every kind, restorable with its links for the retention
 * period (30 days at least), then erased automatically. Restore is one click; erasing asks first.
 */
export const TrashSection = () => {
  const { t, i18n } = useTranslation('trash');
  const notify = useNotify();
  const { organisations } = useCurrentOrganisation();
  const items = useLiveQuery(() => trashItems(), []);
  const retention = useLiveQuery(() => trashRetentionDays(), []);
  const [erasing, setErasing] = useState<Erasing | null>(null);
  const [daysText, setDaysText] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const dateOf = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso));
  const workspaceOf = (item: TrashItem) =>
    item.table === 'organisations'
      ? '—'
      : (organisations?.find((o) => o.id === item.organisationId)?.name ?? t('deletedWorkspace'));
  const days = retention ?? MIN_TRASH_RETENTION_DAYS;
  const daysLeft = (item: TrashItem) =>
    Math.max(0, Math.ceil((new Date(item.deletedAt).getTime() + days * DAY_MS - Date.now()) / DAY_MS));

  const restore = async (item: TrashItem) => {
    setFailure(null);
    try {
      await restoreTrashItem(item.table, item.id, item.revision);
      notify({ severity: 'success', message: t('restored', { title: item.title }) });
    } catch (e) {
      setFailure(t('restoreFailed', { reason: reason(e) }));
    }
  };
  const erase = async (what: Erasing) => {
    setErasing(null);
    setFailure(null);
    try {
      const n = what.kind === 'one' ? await eraseTrashItems([what.item]) : await eraseTrashOlderThan(days);
      notify({ severity: 'success', message: t('erased', { count: n }) });
    } catch (e) {
      setFailure(t('eraseFailed', { reason: reason(e) }));
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
      <Typography variant="h5" component="h1">
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
          startIcon={<DeleteForeverIcon />}
          disabled={!items || items.length === 0}
          onClick={() => setErasing({ kind: 'expired' })}
        >
          {t('eraseExpired', { count: days })}
        </Button>
      </Stack>
      {items && items.length === 0 && <Alert severity="info">{t('empty')}</Alert>}
      {items && items.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('columns.record')}</TableCell>
                <TableCell>{t('columns.kind')}</TableCell>
                <TableCell>{t('columns.workspace')}</TableCell>
                <TableCell>{t('columns.deletedOn')}</TableCell>
                <TableCell>{t('columns.daysLeft')}</TableCell>
                <TableCell align="right">{t('columns.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((item) => (
                <TableRow key={`${item.table}:${item.id}`}>
                  <TableCell sx={{ fontWeight: 500 }}>{item.title}</TableCell>
                  <TableCell>{t(`kinds.${item.table}`)}</TableCell>
                  <TableCell>{workspaceOf(item)}</TableCell>
                  <TableCell>{dateOf(item.deletedAt)}</TableCell>
                  <TableCell>{t('daysLeft', { count: daysLeft(item) })}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      startIcon={<RestoreFromTrashIcon />}
                      aria-label={t('restoreNamed', { title: item.title })}
                      onClick={() => void restore(item)}
                    >
                      {t('restore')}
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      startIcon={<DeleteForeverIcon />}
                      aria-label={t('eraseNamed', { title: item.title })}
                      onClick={() => setErasing({ kind: 'one', item })}
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
      <ConfirmDialog
        open={erasing !== null}
        title={
          erasing?.kind === 'one' ? t('confirmOne.title', { title: erasing.item.title }) : t('confirmExpired.title')
        }
        confirmLabel={t('confirmOne.confirm')}
        destructive
        onConfirm={() => {
          if (erasing) void erase(erasing);
        }}
        onClose={() => setErasing(null)}
      >
        <Typography>
          {erasing?.kind === 'one' ? t('confirmOne.body') : t('confirmExpired.body', { count: days })}
        </Typography>
      </ConfirmDialog>
    </Stack>
  );
};
