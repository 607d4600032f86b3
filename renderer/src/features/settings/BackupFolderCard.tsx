import CreateNewFolderIcon from '@mui/icons-material/CreateNewFolder';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/notifications';
import { getPlatform, type AutoBackupFileEntry, type BackupFolderStatus } from '../../platform';
import { mirrorBackupsToFolder } from './backup-folder';
import { BackupFilesPanel } from './BackupFilesPanel';
import { confirmationProblem, PasswordFields, type PasswordChoice } from './PasswordFields';
import { SettingsCard } from './SettingsCard';
import { SettingsDialog } from './SettingsDialog';
import { errorMessage } from '../../domain/values';

const MIN_PASSWORD = 8;

/** The folder's status and its files, re-read on demand (after a choice, a permission, a restore). */
export const useBackupFolder = () => {
  const [status, setStatus] = useState<BackupFolderStatus | null>(null);
  const [files, setFiles] = useState<AutoBackupFileEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const folder = getPlatform().backupFolder;
    try {
      const next = await folder.status();
      setStatus(next);
      setFiles(next.access === 'granted' ? await folder.list() : []);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { status, files, error, refresh };
};

/** Where the files go, and the buttons that choose a folder or grant access again (browser). */
export const BackupFolderLocation = ({
  status,
  onChanged,
}: {
  status: BackupFolderStatus;
  onChanged(): Promise<void>;
}) => {
  const { t } = useTranslation('backup-folder');
  const notify = useNotify();
  const folder = getPlatform().backupFolder;
  const act = (work: () => Promise<unknown>) => () =>
    void work()
      .then(async () => {
        await onChanged();
        const written = await mirrorBackupsToFolder();
        if (written && written.written.length > 0)
          notify({ severity: 'success', message: t('written', { count: written.written.length }) });
        await onChanged();
      })
      .catch((e: unknown) => notify({ severity: 'error', message: errorMessage(e) }));
  return (
    <Stack spacing={1.5}>
      {status.location === 'desktop' ? (
        <Typography variant="body2">
          {t('location.desktop')}{' '}
          <Box component="code" sx={{ fontFamily: 'monospace' }}>
            {status.label}
          </Box>
        </Typography>
      ) : (
        <Alert
          severity={status.location === 'none' ? 'warning' : status.location === 'origin-private' ? 'info' : 'success'}
          data-backup-folder={status.location}
        >
          {t(`location.${status.location}`, { name: status.label ?? '' })}
        </Alert>
      )}
      {status.access === 'needs-permission' && (
        <Alert
          severity="warning"
          action={
            folder.requestAccess && (
              <Button color="inherit" size="small" onClick={act(() => folder.requestAccess?.() ?? Promise.resolve())}>
                {t('actions.allow', { name: status.label ?? '' })}
              </Button>
            )
          }
        >
          {t('needsPermission', { name: status.label ?? '' })}
        </Alert>
      )}
      {status.location !== 'desktop' && (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {status.canPickFolder && folder.choose && (
            <Button
              variant={status.location === 'picked' ? 'outlined' : 'contained'}
              startIcon={<CreateNewFolderIcon />}
              onClick={act(() => folder.choose?.() ?? Promise.resolve())}
            >
              {status.location === 'picked' ? t('actions.chooseOther') : t('actions.choose')}
            </Button>
          )}
          {status.location !== 'origin-private' && folder.useOriginPrivate && (
            <Button variant="outlined" onClick={act(() => folder.useOriginPrivate?.() ?? Promise.resolve())}>
              {t('actions.useOriginPrivate')}
            </Button>
          )}
          {status.location !== 'none' && folder.forget && (
            <Button color="inherit" onClick={act(() => folder.forget?.() ?? Promise.resolve())}>
              {t('actions.forget')}
            </Button>
          )}
        </Stack>
      )}
      {!status.canPickFolder && status.location !== 'desktop' && (
        <Typography variant="body2" color="text.secondary">
          {t('noPicker')}
        </Typography>
      )}
      {status.persistentStorage !== null && (
        <Typography variant="body2" color="text.secondary" data-persistent-storage={String(status.persistentStorage)}>
          {status.persistentStorage ? t('persistent.granted') : t('persistent.refused')}
        </Typography>
      )}
    </Stack>
  );
};

/** Mounted only while open: a cancelled password, its confirmation and their errors are gone when it reopens. */
const PasswordDialog = ({ onClose }: { onClose(saved: boolean): void }) => {
  const { t } = useTranslation('backup-folder');
  const [value, setValue] = useState<PasswordChoice>({ password: '', confirmation: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    setShowErrors(true);
    if (confirmationProblem(value) !== null) return;
    if (value.password.length < MIN_PASSWORD) {
      setFailure(t('encryption.tooShort'));
      return;
    }
    try {
      await getPlatform().backupFolder.setPassword?.(value.password);
      onClose(true);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  return (
    <SettingsDialog
      open
      onClose={() => onClose(false)}
      title={t('encryption.dialogTitle')}
      actions={
        <>
          <Button onClick={() => onClose(false)}>{t('common:actions.cancel')}</Button>
          <Button variant="contained" onClick={() => void save()}>
            {t('encryption.save')}
          </Button>
        </>
      }
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <DialogContentText>{t('encryption.dialogBody')}</DialogContentText>
        <PasswordFields value={value} onChange={setValue} showErrors={showErrors} />
        {failure && <Alert severity="error">{failure}</Alert>}
      </Stack>
    </SettingsDialog>
  );
};

const EncryptionSection = ({ status, onChanged }: { status: BackupFolderStatus; onChanged(): Promise<void> }) => {
  const { t } = useTranslation('backup-folder');
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const { encryption } = status;
  const setPassword = getPlatform().backupFolder.setPassword;
  const removeButton = setPassword && (
    <Button
      color="inherit"
      onClick={() =>
        void setPassword(null).then(
          async () => {
            notify({ severity: 'info', message: t('encryption.removed') });
            await onChanged();
          },
          (e: unknown) => notify({ severity: 'error', message: errorMessage(e) }),
        )
      }
    >
      {t('encryption.remove')}
    </Button>
  );
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="h3">
        {t('encryption.title')}
      </Typography>
      {encryption.kind === 'not-offered' && (
        <Typography variant="body2" color="text.secondary">
          {t('encryption.notOffered')}
        </Typography>
      )}
      {encryption.kind === 'unavailable' && (
        <Alert severity="warning">
          {encryption.passwordSet
            ? t('encryption.unavailableButSet', { reason: encryption.reason })
            : t('encryption.unavailable', { reason: encryption.reason })}
        </Alert>
      )}
      {encryption.kind === 'available' && (
        <>
          <Alert
            severity={encryption.passwordSet ? 'success' : 'info'}
            icon={encryption.passwordSet ? <LockIcon /> : <LockOpenIcon />}
          >
            {encryption.passwordSet ? t('encryption.on') : t('encryption.off')}
          </Alert>
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" onClick={() => setOpen(true)}>
              {encryption.passwordSet ? t('encryption.change') : t('encryption.set')}
            </Button>
            {encryption.passwordSet && removeButton}
          </Stack>
        </>
      )}
      {encryption.kind === 'unavailable' && encryption.passwordSet && <Box>{removeButton}</Box>}
      {open && (
        <PasswordDialog
          onClose={(saved) => {
            setOpen(false);
            if (saved) {
              notify({ severity: 'success', message: t('encryption.saved') });
              void onChanged();
            }
          }}
        />
      )}
    </Stack>
  );
};

/** Settings → the backup folder outside the database: where, access, encryption, and its files. */
export const BackupFolderCard = () => {
  const { t } = useTranslation('backup-folder');
  const notify = useNotify();
  const { status, files, error, refresh } = useBackupFolder();
  return (
    <SettingsCard title={t('card.title')} description={t('card.description')}>
      <Stack spacing={2} sx={{ mt: 1 }} data-testid="backup-folder-card">
        {error && <Alert severity="error">{error}</Alert>}
        {status && <BackupFolderLocation status={status} onChanged={refresh} />}
        {status && <EncryptionSection status={status} onChanged={refresh} />}
        {status && status.access === 'granted' && (
          <Stack spacing={1}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="subtitle2" component="h3">
                {t('files.title')}
              </Typography>
              <Button size="small" onClick={() => void refresh()}>
                {t('actions.refresh')}
              </Button>
            </Stack>
            <BackupFilesPanel
              files={files}
              replaceDatabase={false}
              onRestored={({ date }) => {
                notify({ severity: 'success', message: t('restore.done', { date }) });
                void refresh();
              }}
            />
          </Stack>
        )}
      </Stack>
    </SettingsCard>
  );
};
