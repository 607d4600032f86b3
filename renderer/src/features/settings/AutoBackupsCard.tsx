import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import RestoreIcon from '@mui/icons-material/Restore';
import SaveAltIcon from '@mui/icons-material/SaveAlt';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
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
import { useNotify } from '../../components/notifications';
import {
  listAutomaticBackups,
  readAppBackupSettings,
  restoreAutomaticBackup,
  setAppBackupRetentionDays,
} from '../../data/app-database';
import type { ApplyProgress, AutoBackupSummary, BackupError } from '../../data/backup';
import { getPlatform } from '../../platform';
import { automaticBackupCopyForSaving, mirrorBackupsToFolder } from './backup-folder';
import { BackupErrorAlert } from './BackupErrorAlert';
import { ProgressLine } from './RestoreDialog';
import { formatDateTime, formatSize, saveBackup } from './save-backup';
import { SettingsCard } from './SettingsCard';
import { appVersion, useAppInfo } from './use-app-info';
import { errorMessage } from '../../domain/values';

type RestoreState =
  | { kind: 'confirm'; backup: AutoBackupSummary }
  | { kind: 'applying'; backup: AutoBackupSummary; progress: ApplyProgress }
  | { kind: 'refused'; backup: AutoBackupSummary; error: BackupError }
  | { kind: 'failed'; backup: AutoBackupSummary; message: string };

const RetentionField = ({ days }: { days: number }) => {
  const { t } = useTranslation('settings');
  const notify = useNotify();
  const [text, setText] = useState(String(days));
  const [shown, setShown] = useState(days);
  if (days !== shown) {
    setShown(days);
    setText(String(days));
  }
  const value = Number(text);
  const valid = /^\d+$/.test(text.trim()) && Number.isInteger(value) && value >= 1 && value <= 3650;
  const save = () => {
    if (!valid || value === days) return;
    void setAppBackupRetentionDays(value).then(
      () => notify({ severity: 'success', message: t('autoBackups.retentionSaved', { count: value }) }),
      (e: unknown) => notify({ severity: 'error', message: errorMessage(e) }),
    );
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label={t('autoBackups.retention')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
        error={!valid}
        helperText={valid ? t('autoBackups.retentionHelp') : t('autoBackups.retentionInvalid')}
        slotProps={{
          input: { endAdornment: <InputAdornment position="end">{t('autoBackups.days')}</InputAdornment> },
          htmlInput: { inputMode: 'numeric' },
        }}
        sx={{ maxWidth: 420 }}
      />
    </Stack>
  );
};

/** The copies DPO Desk takes by itself: each day, before an upgrade, before a restore. */
export const AutoBackupsCard = () => {
  const { t, i18n } = useTranslation('settings');
  const notify = useNotify();
  const info = useAppInfo();
  const titleId = useId();
  const backups = useLiveQuery(() => listAutomaticBackups(), []);
  const settings = useLiveQuery(() => readAppBackupSettings(), []);
  const [restore, setRestore] = useState<RestoreState | null>(null);

  const run = async (backup: AutoBackupSummary) => {
    setRestore({ kind: 'applying', backup, progress: { phase: 'backing-up', done: 0, total: 0 } });
    const result = await restoreAutomaticBackup(backup.id, await appVersion(), (progress) =>
      setRestore({ kind: 'applying', backup, progress }),
    );
    if (result.ok) {
      setRestore(null);
      // The safety backup taken before the restore is copied to the backup folder too.
      void mirrorBackupsToFolder().catch((e: unknown) => notify({ severity: 'error', message: errorMessage(e) }));
      notify({
        severity: 'success',
        message: t('autoBackups.restored', { date: formatDateTime(backup.createdAt, i18n.language) }),
      });
      return;
    }
    const { error } = result;
    if (error.kind === 'write-failed') setRestore({ kind: 'failed', backup, message: error.message });
    else setRestore({ kind: 'refused', backup, error });
  };

  // The copy is encrypted with the backup password when one is kept, as the folder's file is.
  const download = async (backup: AutoBackupSummary) => {
    try {
      const copy = await automaticBackupCopyForSaving(backup.id);
      if (!copy) return;
      const day = backup.createdAt.slice(0, 10);
      await saveBackup({
        bytes: copy.bytes,
        fileName: `dpo-desk-auto-${day}${copy.encrypted ? '.encrypted' : ''}.dpodesk-backup.json`,
      });
    } catch (e) {
      notify({ severity: 'error', message: errorMessage(e) });
    }
  };

  const reveal = getPlatform().revealBackups;
  return (
    <SettingsCard title={t('autoBackups.title')} description={t('autoBackups.description')}>
      <Stack spacing={2}>
        {settings && <RetentionField days={settings.backupRetentionDays} />}
        {info?.edition === 'desktop' && info.backupsPath && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2">{t('autoBackups.folder')}</Typography>
            <Box component="code" sx={{ fontFamily: 'monospace', fontSize: 13 }}>
              {info.backupsPath}
            </Box>
            {reveal && (
              <Button
                size="small"
                startIcon={<FolderOpenIcon />}
                onClick={() => reveal().catch((e: unknown) => notify({ severity: 'error', message: errorMessage(e) }))}
              >
                {t('autoBackups.showInFolder')}
              </Button>
            )}
          </Stack>
        )}
        {backups && backups.length === 0 && <Typography color="text.secondary">{t('autoBackups.none')}</Typography>}
        {backups && backups.length > 0 && (
          <Table size="small" aria-label={t('autoBackups.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('autoBackups.date')}</TableCell>
                <TableCell>{t('autoBackups.reason')}</TableCell>
                <TableCell align="right">{t('autoBackups.size')}</TableCell>
                <TableCell align="right">
                  <Box
                    component="span"
                    sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
                  >
                    {t('autoBackups.actions')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {backups.map((b) => (
                <TableRow key={b.id} hover>
                  <TableCell>{formatDateTime(b.createdAt, i18n.language)}</TableCell>
                  <TableCell>{t(`autoBackups.reasons.${b.reason}`)}</TableCell>
                  <TableCell align="right">{formatSize(b.sizeBytes, i18n.language)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title={t('autoBackups.saveCopy')}>
                      <IconButton size="small" aria-label={t('autoBackups.saveCopy')} onClick={() => void download(b)}>
                        <SaveAltIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <Button
                      size="small"
                      startIcon={<RestoreIcon />}
                      onClick={() => setRestore({ kind: 'confirm', backup: b })}
                    >
                      {t('autoBackups.restore')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
      <Dialog
        open={restore !== null}
        onClose={restore?.kind === 'applying' ? undefined : () => setRestore(null)}
        aria-labelledby={titleId}
        maxWidth="sm"
        fullWidth
      >
        <DialogTitle id={titleId}>
          {restore && t('autoBackups.confirmTitle', { date: formatDateTime(restore.backup.createdAt, i18n.language) })}
        </DialogTitle>
        <DialogContent>
          {restore?.kind === 'confirm' && (
            <Stack spacing={1.5}>
              <DialogContentText>{t('autoBackups.confirmBody')}</DialogContentText>
              <Alert severity="info">{t('autoBackups.confirmSafety')}</Alert>
            </Stack>
          )}
          {restore?.kind === 'applying' && <ProgressLine progress={restore.progress} />}
          {restore?.kind === 'refused' && <BackupErrorAlert error={restore.error} />}
          {restore?.kind === 'failed' && (
            <Alert severity="error">
              {t('restore.writeFailed')} ({restore.message})
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          {restore?.kind === 'confirm' ? (
            <>
              <Button onClick={() => setRestore(null)} autoFocus>
                {t('common:actions.cancel')}
              </Button>
              <Button variant="contained" color="warning" onClick={() => void run(restore.backup)}>
                {t('autoBackups.confirmRestore')}
              </Button>
            </>
          ) : (
            <Button onClick={() => setRestore(null)} disabled={restore?.kind === 'applying'}>
              {t('common:actions.close')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </SettingsCard>
  );
};
