import CameraAltIcon from '@mui/icons-material/CameraAlt';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, TitledDialog } from '../../components';
import { useNotify } from '../../components/notifications';
import {
  diffSnapshots,
  listWorkspaceSnapshots,
  removeSnapshot,
  takeWorkspaceSnapshot,
  type SnapshotSummary,
} from '../../data/app-database';
import type { WorkspaceDiff } from '../../data/snapshots';
import { WorkspaceDiffView } from './WorkspaceDiffView';
import { errorMessage, localToday } from '../../domain/values';
import { useUiDates } from '../../i18n/dates';

const NOW = 'now';

const TakeSnapshotDialog = ({
  organisationId,
  open,
  onClose,
}: {
  organisationId: string;
  open: boolean;
  onClose(): void;
}) => {
  const { t } = useTranslation('history');
  const fmt = useUiDates();
  const notify = useNotify();
  const [label, setLabel] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [wasOpen, setWasOpen] = useState(false);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setLabel(t('snapshots.defaultLabel', { date: fmt.date(localToday()) }));
      setFailure(null);
    }
  }
  const take = async () => {
    try {
      await takeWorkspaceSnapshot(organisationId, label.trim());
      notify({ severity: 'success', message: t('snapshots.taken', { label: label.trim() }) });
      onClose();
    } catch (e) {
      setFailure(t('snapshots.failed', { reason: errorMessage(e) }));
    }
  };
  return (
    <TitledDialog
      open={open}
      onClose={onClose}
      title={t('snapshots.takeTitle')}
      actions={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="contained" disabled={label.trim() === ''} onClick={() => void take()}>
            {t('snapshots.take')}
          </Button>
        </>
      }
    >
      <Stack spacing={2} sx={{ pt: 0.5 }}>
        <DialogContentText>{t('snapshots.takeBody')}</DialogContentText>
        <TextField
          label={t('snapshots.label')}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={label.trim() === ''}
          helperText={label.trim() === '' ? t('snapshots.labelRequired') : undefined}
          slotProps={{ htmlInput: { maxLength: 300 } }}
        />
        {failure && <Alert severity="error">{failure}</Alert>}
      </Stack>
    </TitledDialog>
  );
};

/**
 * Snapshots of the record (Art. 30(4): the version made available to the supervisory
 * authority), and what changed between two of them or since one of them.
 */
export const SnapshotsPanel = ({ organisationId }: { organisationId: string }) => {
  const { t } = useTranslation('history');
  const fmt = useUiDates();
  const titleId = useId();
  const snapshots = useLiveQuery(() => listWorkspaceSnapshots(organisationId), [organisationId]);
  const [taking, setTaking] = useState(false);
  const [deleting, setDeleting] = useState<SnapshotSummary | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [diff, setDiff] = useState<WorkspaceDiff | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const fromId = from || snapshots?.[0]?.id || '';
  const compare = async () => {
    setFailure(null);
    try {
      // Always older → newer, whichever way round the two were picked.
      const a = snapshots?.find((s) => s.id === fromId);
      const b = to === NOW ? null : snapshots?.find((s) => s.id === to);
      const swap = a && b && b.createdAt < a.createdAt;
      setDiff(await diffSnapshots(swap ? b.id : fromId, swap ? a.id : to === NOW ? null : to));
    } catch (e) {
      setFailure(t('snapshots.compareFailed', { reason: errorMessage(e) }));
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id={titleId} variant="h6" component="h2" sx={{ fontSize: 18, fontWeight: 500, flexGrow: 1 }}>
          {t('snapshots.title')}
        </Typography>
        <Button variant="contained" startIcon={<CameraAltIcon />} onClick={() => setTaking(true)}>
          {t('snapshots.take')}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t('snapshots.description')}
      </Typography>
      {snapshots && snapshots.length === 0 && <Typography color="text.secondary">{t('snapshots.none')}</Typography>}
      {snapshots && snapshots.length > 0 && (
        <>
          <Table size="small" aria-label={t('snapshots.listLabel')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 200 }}>{t('snapshots.takenOn')}</TableCell>
                <TableCell>{t('snapshots.label')}</TableCell>
                <TableCell align="right" sx={{ width: 64 }} />
              </TableRow>
            </TableHead>
            <TableBody>
              {snapshots.map((s) => (
                <TableRow key={s.id} hover>
                  <TableCell>{fmt.dateTime(s.createdAt)}</TableCell>
                  <TableCell>{s.label}</TableCell>
                  <TableCell align="right">
                    <Tooltip title={t('snapshots.delete')}>
                      <IconButton
                        size="small"
                        aria-label={t('snapshots.deleteOf', { label: s.label })}
                        onClick={() => setDeleting(s)}
                      >
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 3, alignItems: { md: 'center' } }}>
            <TextField
              select
              label={t('snapshots.compareFrom')}
              value={fromId}
              onChange={(e) => setFrom(e.target.value)}
              sx={{ maxWidth: 380 }}
            >
              {snapshots.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.label}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('snapshots.compareTo')}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              sx={{ maxWidth: 380 }}
            >
              <MenuItem value={NOW}>{t('snapshots.now')}</MenuItem>
              {snapshots.map((s) => (
                <MenuItem key={s.id} value={s.id} disabled={s.id === fromId}>
                  {s.label}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="outlined"
              startIcon={<CompareArrowsIcon />}
              onClick={() => void compare()}
              sx={{ flexShrink: 0 }}
            >
              {t('snapshots.compare')}
            </Button>
          </Stack>
        </>
      )}
      {failure && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {failure}
        </Alert>
      )}
      {diff && (
        <Stack sx={{ mt: 2 }}>
          <WorkspaceDiffView diff={diff} />
        </Stack>
      )}
      <TakeSnapshotDialog organisationId={organisationId} open={taking} onClose={() => setTaking(false)} />
      <ConfirmDialog
        open={deleting !== null}
        destructive
        title={t('snapshots.deleteTitle', { label: deleting?.label ?? '' })}
        confirmLabel={t('snapshots.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void removeSnapshot(deleting.id).then(() => setDiff(null));
        }}
      >
        <Typography>{t('snapshots.deleteBody')}</Typography>
      </ConfirmDialog>
    </Paper>
  );
};
