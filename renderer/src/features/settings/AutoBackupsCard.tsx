import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import SaveAltIcon from '@mui/icons-material/SaveAlt';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/notifications';
import {
  automaticBackupCopy,
  listAutomaticBackups,
  readAppBackupSettings,
  restoreAutomaticBackup,
  setAppBackupRetentionDays,
} from '../../data/app-database';
import type { AutoBackupSummary } from '../../data/backup';
import { getPlatform } from '../../platform';
import { mirrorBackupsToFolder } from './backup-folder';
import { BackupsList, type RestoreListed } from './BackupsList';
import { formatDateTime, saveBackup } from './save-backup';
import { SettingsCard } from './SettingsCard';
import { appVersion, useAppInfo } from './use-app-info';
import { errorMessage } from '../../domain/values';

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
  const backups = useLiveQuery(() => listAutomaticBackups(), []);
  const settings = useLiveQuery(() => readAppBackupSettings(), []);

  const run: RestoreListed<AutoBackupSummary> = async (backup, _password, onProgress) => {
    const result = await restoreAutomaticBackup(backup.id, await appVersion(), onProgress);
    if (result.ok) {
      // The safety backup taken before the restore is copied to the backup folder too.
      void mirrorBackupsToFolder().catch((e: unknown) => notify({ severity: 'error', message: errorMessage(e) }));
      notify({
        severity: 'success',
        message: t('autoBackups.restored', { date: formatDateTime(backup.createdAt, i18n.language) }),
      });
      return null;
    }
    const { error } = result;
    return error.kind === 'write-failed' ? { kind: 'failed', message: error.message } : { kind: 'refused', error };
  };

  // The copy is encrypted with the backup password when one is kept, as the folder's file is.
  const download = async (backup: AutoBackupSummary) => {
    try {
      const password = await getPlatform().backupFolder.readPassword();
      const bytes = await automaticBackupCopy(backup.id, password);
      if (!bytes) return;
      const day = backup.createdAt.slice(0, 10);
      await saveBackup({
        bytes,
        fileName: `dpo-desk-auto-${day}${password !== null ? '.encrypted' : ''}.dpodesk-backup.json`,
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
        {backups && (
          <BackupsList
            label={t('autoBackups.title')}
            none={t('autoBackups.none')}
            items={backups}
            itemKey={(b) => b.id}
            actions={(b) => (
              <Tooltip title={t('autoBackups.saveCopy')}>
                <IconButton size="small" aria-label={t('autoBackups.saveCopy')} onClick={() => void download(b)}>
                  <SaveAltIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            )}
            body={
              <Stack spacing={1.5}>
                <DialogContentText>{t('autoBackups.confirmBody')}</DialogContentText>
                <Alert severity="info">{t('autoBackups.confirmSafety')}</Alert>
              </Stack>
            }
            failedText={(message) => `${t('restore.writeFailed')} (${message})`}
            onRestore={run}
          />
        )}
      </Stack>
    </SettingsCard>
  );
};
