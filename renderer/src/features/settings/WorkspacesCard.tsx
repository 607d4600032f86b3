import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import SaveAltIcon from '@mui/icons-material/SaveAlt';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useNotify } from '../../components/notifications';
import { backupOrganisation, purgeClientWorkspace } from '../../data/app-database';
import type { Organisation } from '../../domain';
import { saveBackup } from './save-backup';
import { SettingsCard } from './SettingsCard';
import { SettingsDialog } from './SettingsDialog';
import { appVersion } from './use-app-info';
import { errorMessage } from '../../domain/values';

/**
 * Removes a client's whole workspace at the end of an engagement. The typed name guards
 * against the wrong row; the backup made and saved first is the proof the purge asks for.
 */
const RemoveWorkspaceDialog = ({ organisation, onClose }: { organisation: Organisation | null; onClose(): void }) => {
  const { t } = useTranslation('settings');
  const notify = useNotify();
  const { current, setCurrentId } = useCurrentOrganisation();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const matches = organisation !== null && typed.trim() === organisation.name.trim();

  const close = () => {
    setTyped('');
    setFailure(null);
    onClose();
  };

  const run = async () => {
    if (!organisation || !matches) return;
    setBusy(true);
    setFailure(null);
    try {
      const backup = await backupOrganisation(organisation.id, { appVersion: await appVersion() });
      const saved = await saveBackup(backup);
      if (!saved.saved) {
        setFailure(t('workspaces.remove.notSaved'));
        return;
      }
      const result = await purgeClientWorkspace(organisation.id, backup.checksum);
      if (!result.ok) {
        setFailure(t(`workspaces.remove.errors.${result.error.kind}`));
        return;
      }
      if (current?.id === organisation.id) setCurrentId(undefined);
      notify({
        severity: 'success',
        message: t('workspaces.remove.done', { name: organisation.name, file: backup.fileName }),
      });
      close();
    } catch (e) {
      setFailure(t('workspaces.remove.failed', { reason: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsDialog
      open={organisation !== null}
      onClose={close}
      busy={busy}
      title={t('workspaces.remove.title', { name: organisation?.name ?? '' })}
      actions={
        <>
          <Button onClick={close} disabled={busy} autoFocus>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="contained" color="error" disabled={!matches} loading={busy} onClick={() => void run()}>
            {t('workspaces.remove.confirm')}
          </Button>
        </>
      }
    >
      <Stack spacing={2}>
        <DialogContentText>{t('workspaces.remove.body')}</DialogContentText>
        <Alert severity="warning">{t('workspaces.remove.irreversible')}</Alert>
        <TextField
          label={t('workspaces.remove.typeName', { name: organisation?.name ?? '' })}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
        />
        {failure && <Alert severity="error">{failure}</Alert>}
      </Stack>
    </SettingsDialog>
  );
};

/** One row per client: export the whole workspace in one step, or remove it after a backup. */
export const WorkspacesCard = () => {
  const { t } = useTranslation('settings');
  const notify = useNotify();
  const { organisations } = useCurrentOrganisation();
  const [removing, setRemoving] = useState<Organisation | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);

  const exportOne = async (o: Organisation) => {
    setExporting(o.id);
    try {
      const backup = await backupOrganisation(o.id, { appVersion: await appVersion() });
      const outcome = await saveBackup(backup);
      if (outcome.saved)
        notify({
          severity: 'success',
          message: outcome.location
            ? t('backup.savedAt', { location: outcome.location })
            : t('backup.downloaded', { name: backup.fileName }),
        });
    } catch (e) {
      notify({
        severity: 'error',
        message: t('backup.failed', { reason: errorMessage(e) }),
      });
    } finally {
      setExporting(null);
    }
  };

  return (
    <SettingsCard title={t('workspaces.title')} description={t('workspaces.description')}>
      {organisations && organisations.length === 0 && (
        <Typography color="text.secondary">{t('workspaces.none')}</Typography>
      )}
      {organisations && organisations.length > 0 && (
        <Table size="small" aria-label={t('workspaces.title')}>
          <TableBody>
            {organisations.map((o) => (
              <TableRow key={o.id} hover>
                <TableCell component="th" scope="row">
                  {o.name}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button
                    size="small"
                    startIcon={<SaveAltIcon />}
                    loading={exporting === o.id}
                    onClick={() => void exportOne(o)}
                    aria-label={t('workspaces.exportOf', { name: o.name })}
                  >
                    {t('workspaces.export')}
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    startIcon={<DeleteForeverIcon />}
                    onClick={() => setRemoving(o)}
                    aria-label={t('workspaces.removeOf', { name: o.name })}
                  >
                    {t('workspaces.remove.button')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <RemoveWorkspaceDialog organisation={removing} onClose={() => setRemoving(null)} />
    </SettingsCard>
  );
};
