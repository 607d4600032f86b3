import LockIcon from '@mui/icons-material/Lock';
import RestoreIcon from '@mui/icons-material/Restore';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { autoBackupFileName } from '../../../../electron/shared/backup-files';
import {
  inspectBackupFile,
  replaceDatabaseFromBackup,
  restoreBackup,
  type ReplaceDatabaseResult,
} from '../../data/app-database';
import type { ApplyProgress, BackupError } from '../../data/backup';
import { getPlatform, type AutoBackupFileEntry } from '../../platform';
import { mirrorBackupsToFolder } from './backup-folder';
import { BackupErrorAlert } from './BackupErrorAlert';
import { ProgressLine } from './RestoreDialog';
import { formatDateTime, formatSize } from './save-backup';
import { appVersion } from './use-app-info';
import { errorMessage } from '../../domain/values';

type Step =
  | { kind: 'confirm'; file: AutoBackupFileEntry; password: string; error: BackupError | null }
  | { kind: 'applying'; file: AutoBackupFileEntry; progress: ApplyProgress }
  | { kind: 'failed'; file: AutoBackupFileEntry; message: string };

export type RestoredOutcome = { date: string; rescueName: string | null };

/**
 * The backup files found in the backup folder, each restorable. `replaceDatabase`: the app's
 * database cannot be used (newer, damaged), so the restore replaces it; otherwise the file is
 * restored into the open database like any backup (inspect, safety backup, all or nothing).
 */
export const BackupFilesPanel = ({
  files,
  replaceDatabase,
  onRestored,
}: {
  files: AutoBackupFileEntry[];
  replaceDatabase: boolean;
  onRestored(outcome: RestoredOutcome): void;
}) => {
  const { t, i18n } = useTranslation('backup-folder');
  const titleId = useId();
  const [step, setStep] = useState<Step | null>(null);
  const [keptPassword, setKeptPassword] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    getPlatform()
      .backupFolder.readPassword()
      .then((p) => live && setKeptPassword(p))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const run = async (file: AutoBackupFileEntry, password: string) => {
    setStep({ kind: 'applying', file, progress: { phase: 'backing-up', done: 0, total: 0 } });
    const onProgress = (progress: ApplyProgress) => setStep({ kind: 'applying', file, progress });
    try {
      const folder = getPlatform().backupFolder;
      const bytes = await folder.read(file.name);
      const version = await appVersion();
      const secret = file.encrypted ? password : undefined;
      if (replaceDatabase) {
        const result: ReplaceDatabaseResult = await replaceDatabaseFromBackup(bytes, secret, version, onProgress);
        let rescueName: string | null = null;
        if (result.ok || result.stage === 'write') {
          if (result.rescue) {
            const createdAt = new Date().toISOString();
            rescueName = autoBackupFileName(createdAt, 'before-restore', false);
            await folder.write(rescueName, result.rescue.bytes).catch(() => (rescueName = null));
          }
        }
        if (!result.ok) {
          if (result.stage === 'inspect') setStep({ kind: 'confirm', file, password, error: result.error });
          else setStep({ kind: 'failed', file, message: result.message });
          return;
        }
        setStep(null);
        onRestored({ date: formatDateTime(file.createdAt, i18n.language), rescueName });
        return;
      }
      const inspected = await inspectBackupFile(bytes, secret);
      if (!inspected.ok) {
        setStep({ kind: 'confirm', file, password, error: inspected.error });
        return;
      }
      const applied = await restoreBackup(inspected.plan, 'replace', version, onProgress);
      if (!applied.ok) {
        setStep({ kind: 'failed', file, message: applied.error.message });
        return;
      }
      // The safety backup taken before the restore goes to the folder too.
      await mirrorBackupsToFolder().catch(() => undefined);
      setStep(null);
      onRestored({ date: formatDateTime(file.createdAt, i18n.language), rescueName: null });
    } catch (e) {
      setStep({ kind: 'failed', file, message: errorMessage(e) });
    }
  };

  if (files.length === 0) return <Typography color="text.secondary">{t('files.none')}</Typography>;
  return (
    <>
      <Table size="small" aria-label={t('files.table')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('files.date')}</TableCell>
            <TableCell>{t('files.reason')}</TableCell>
            <TableCell align="right">{t('files.size')}</TableCell>
            <TableCell>{t('files.encrypted')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {files.map((file) => (
            <TableRow key={file.name} hover data-backup-file={file.name}>
              <TableCell>{formatDateTime(file.createdAt, i18n.language)}</TableCell>
              <TableCell>{t(`reasons.${file.reason}`)}</TableCell>
              <TableCell align="right">{formatSize(file.sizeBytes, i18n.language)}</TableCell>
              <TableCell>
                {file.encrypted ? (
                  <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                    <LockIcon fontSize="small" aria-hidden />
                    <span>{t('files.yes')}</span>
                  </Stack>
                ) : (
                  t('files.no')
                )}
              </TableCell>
              <TableCell align="right">
                <Button
                  size="small"
                  startIcon={<RestoreIcon />}
                  onClick={() => setStep({ kind: 'confirm', file, password: keptPassword ?? '', error: null })}
                >
                  {t('files.restore')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Dialog
        open={step !== null}
        onClose={step?.kind === 'applying' ? undefined : () => setStep(null)}
        aria-labelledby={titleId}
        maxWidth="sm"
        fullWidth
      >
        <DialogTitle id={titleId}>
          {step && t('restore.title', { date: formatDateTime(step.file.createdAt, i18n.language) })}
        </DialogTitle>
        <DialogContent>
          {step?.kind === 'confirm' && (
            <Stack
              spacing={2}
              component="form"
              id={`${titleId}-form`}
              onSubmit={(e) => {
                e.preventDefault();
                void run(step.file, step.password);
              }}
            >
              <DialogContentText>{replaceDatabase ? t('restore.replace') : t('restore.inApp')}</DialogContentText>
              {step.file.encrypted && (
                <TextField
                  type="password"
                  label={t('restore.password')}
                  helperText={t('restore.passwordHelp')}
                  value={step.password}
                  autoComplete="current-password"
                  autoFocus
                  onChange={(e) => setStep({ ...step, password: e.target.value })}
                />
              )}
              {step.error && <BackupErrorAlert error={step.error} fileName={step.file.name} />}
            </Stack>
          )}
          {step?.kind === 'applying' && <ProgressLine progress={step.progress} />}
          {step?.kind === 'failed' && <Alert severity="error">{t('restore.failed', { reason: step.message })}</Alert>}
        </DialogContent>
        <DialogActions>
          {step?.kind === 'confirm' ? (
            <>
              <Button onClick={() => setStep(null)}>{t('common:actions.cancel')}</Button>
              <Button
                type="submit"
                form={`${titleId}-form`}
                variant="contained"
                color="warning"
                disabled={step.file.encrypted && step.password === ''}
              >
                {t('restore.confirm')}
              </Button>
            </>
          ) : (
            <Button onClick={() => setStep(null)} disabled={step?.kind === 'applying'}>
              {t('common:actions.close')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
