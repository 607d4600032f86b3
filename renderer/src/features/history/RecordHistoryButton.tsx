import HistoryIcon from '@mui/icons-material/History';
import RestoreIcon from '@mui/icons-material/Restore';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, TitledDialog } from '../../components';
import { useNotify } from '../../components/notifications';
import { recordHistory, restoreRecordVersion } from '../../data/app-database';
import type { AuditEntry, EntityTable } from '../../domain';
import { FieldChangeTable } from './FieldChangeTable';
import { entryChanges } from './values';
import { useUiDates } from '../../i18n/dates';
import { errorMessage } from '../../domain/values';

/** A deletion is undone by restoring the state before it; every other entry by the state after it. */
const restorable = (entry: AuditEntry): boolean => (entry.action === 'remove' ? entry.before : entry.after) != null;

const EntryCard = ({ entry, latest, onRestore }: { entry: AuditEntry; latest: boolean; onRestore(): void }) => {
  const { t } = useTranslation('history');
  const { t: tt } = useTranslation('trash');
  const fmt = useUiDates();
  // A creation or a deletion is the whole record: listing every field against nothing says little.
  const fields =
    entry.action === 'remove' || entry.before == null || (entry.cause && entry.cause.action !== 'purge')
      ? []
      : entryChanges(entry);
  return (
    <Paper variant="outlined" component="li" sx={{ p: 2, listStyle: 'none' }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: fields.length > 0 ? 1.5 : 0 }}>
        <Typography sx={{ fontWeight: 500 }}>{fmt.dateTime(entry.at)}</Typography>
        <Chip size="small" label={t(`actions.${entry.action}`)} variant="outlined" />
        {latest && <Chip size="small" label={t('record.current')} color="info" variant="outlined" />}
        <Box sx={{ flexGrow: 1 }} />
        {!latest && restorable(entry) && (
          <Button size="small" startIcon={<RestoreIcon />} onClick={onRestore}>
            {t('record.restore')}
          </Button>
        )}
      </Stack>
      {entry.action === 'remove' && <Typography color="text.secondary">{t('record.removed')}</Typography>}
      {entry.cause && (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {tt(`cause.${entry.cause.action}`, { title: entry.cause.title, kind: tt(`kinds.${entry.cause.table}`) })}
        </Typography>
      )}
      {entry.action === 'create' && fields.length === 0 && (
        <Typography color="text.secondary">{t('record.createdEmpty')}</Typography>
      )}
      {fields.length > 0 && <FieldChangeTable changes={fields} />}
    </Paper>
  );
};

/**
 * "History" on a record screen: every change to the record (when, what changed, before → after),
 * and any earlier version put back as a new change, which can itself be undone.
 */
export const RecordHistoryButton = ({ table, id, title }: { table: EntityTable; id: string; title?: string }) => {
  const { t } = useTranslation('history');
  const fmt = useUiDates();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<AuditEntry | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const entries = useLiveQuery(() => (open ? recordHistory(table, id) : Promise.resolve([])), [open, table, id]);

  const restore = async (entry: AuditEntry) => {
    setFailure(null);
    try {
      await restoreRecordVersion(entry.id);
      notify({ severity: 'success', message: t('record.restored') });
    } catch (e) {
      setFailure(t('record.restoreFailed', { reason: errorMessage(e) }));
    }
  };

  return (
    <>
      <Button variant="outlined" startIcon={<HistoryIcon />} onClick={() => setOpen(true)}>
        {t('record.button')}
      </Button>
      <TitledDialog
        open={open}
        onClose={() => setOpen(false)}
        maxWidth="md"
        title={title ? t('record.titleOf', { title }) : t('record.title')}
        actions={<Button onClick={() => setOpen(false)}>{t('common:actions.close')}</Button>}
      >
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {failure}
          </Alert>
        )}
        {entries && entries.length === 0 && <Typography color="text.secondary">{t('record.empty')}</Typography>}
        <Stack component="ol" spacing={1.5} sx={{ p: 0, m: 0 }} aria-label={t('record.listLabel')}>
          {entries?.map((entry, i) => (
            <EntryCard key={entry.id} entry={entry} latest={i === 0} onRestore={() => setConfirming(entry)} />
          ))}
        </Stack>
      </TitledDialog>
      <ConfirmDialog
        open={confirming !== null}
        title={t('record.confirmTitle')}
        confirmLabel={t('record.confirmRestore')}
        onClose={() => setConfirming(null)}
        onConfirm={() => confirming && void restore(confirming)}
      >
        <Typography>
          {confirming &&
            t(confirming.action === 'remove' ? 'record.confirmBodyRemoved' : 'record.confirmBody', {
              date: fmt.dateTime(confirming.at),
            })}
        </Typography>
      </ConfirmDialog>
    </>
  );
};
