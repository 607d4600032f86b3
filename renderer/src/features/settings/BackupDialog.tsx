import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogContentText from '@mui/material/DialogContentText';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/notifications';
import { backupEverything, backupOrganisation } from '../../data/app-database';
import { confirmationProblem, PasswordFields, type PasswordChoice } from './PasswordFields';
import { saveBackup } from './save-backup';
import { SettingsDialog } from './SettingsDialog';
import { appVersion } from './use-app-info';
import { errorMessage } from '../../domain/values';

export type BackupTarget = { kind: 'organisation'; organisationId: string; name: string } | { kind: 'all' };

/** Makes a backup file, optionally encrypted, and hands it to the Save dialog (or the downloads). */
export const BackupDialog = ({ target, onClose }: { target: BackupTarget | null; onClose(): void }) => {
  const { t } = useTranslation('settings');
  const notify = useNotify();
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState<PasswordChoice>({ password: '', confirmation: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setProtect(false);
    setPassword({ password: '', confirmation: '' });
    setShowErrors(false);
    setFailure(null);
    onClose();
  };

  const run = async () => {
    if (!target) return;
    if (protect && confirmationProblem(password) !== null) {
      setShowErrors(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const request = { appVersion: await appVersion(), ...(protect ? { password: password.password } : {}) };
      const backup =
        target.kind === 'organisation'
          ? await backupOrganisation(target.organisationId, request)
          : await backupEverything(request);
      const outcome = await saveBackup(backup);
      if (!outcome.saved) return;
      notify({
        severity: 'success',
        message: outcome.location
          ? t('backup.savedAt', { location: outcome.location })
          : t('backup.downloaded', { name: backup.fileName }),
      });
      close();
    } catch (e) {
      setFailure(t('backup.failed', { reason: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsDialog
      open={target !== null}
      onClose={close}
      busy={busy}
      title={
        target?.kind === 'organisation'
          ? t('backup.organisationTitle', { name: target.name })
          : t('backup.everythingTitle')
      }
      actions={
        <>
          <Button onClick={close} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="contained" onClick={() => void run()} loading={busy}>
            {t('backup.save')}
          </Button>
        </>
      }
    >
      <Stack spacing={2}>
        <DialogContentText>
          {target?.kind === 'organisation' ? t('backup.organisationBody') : t('backup.everythingBody')}
        </DialogContentText>
        <FormControlLabel
          control={<Checkbox checked={protect} onChange={(e) => setProtect(e.target.checked)} />}
          label={t('backup.protect')}
        />
        {protect && <PasswordFields value={password} onChange={setPassword} showErrors={showErrors} />}
        {failure && <Alert severity="error">{failure}</Alert>}
      </Stack>
    </SettingsDialog>
  );
};
