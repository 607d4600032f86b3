import LockIcon from '@mui/icons-material/Lock';
import RestoreIcon from '@mui/icons-material/Restore';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyProgress, BackupError } from '../../data/backup';
import { BackupErrorAlert } from './BackupErrorAlert';
import { ProgressLine } from './RestoreDialog';
import { formatDateTime, formatSize } from './save-backup';
import { SettingsDialog } from './SettingsDialog';

/** A listed backup: an automatic copy in the database, or a file in the backup folder. */
interface ListedBackup {
  createdAt: string;
  reason: string;
  sizeBytes: number;
}

/** How a restore that did not succeed ended: asked again (a wrong password), refused, or failed while writing. */
export type RestoreFailure =
  | { kind: 'confirm'; password: string; error: BackupError | null }
  | { kind: 'refused'; error: BackupError }
  | { kind: 'failed'; message: string };

/** Writes a listed backup, reporting its progress; resolves with how it failed, or null once restored. */
export type RestoreListed<Item> = (
  item: Item,
  password: string,
  onProgress: (progress: ApplyProgress) => void,
) => Promise<RestoreFailure | null>;

/** Where the restore of a listed backup stands: asked (with its password), writing, refused, failed. */
type RestoreStep<Item> = (RestoreFailure | { kind: 'applying'; progress: ApplyProgress }) & { item: Item };

/**
 * Backups newest first, each restorable: Restore asks first (with the password an encrypted file
 * needs, else the safe Cancel has the focus), then shows the writing, the refusal or the failure.
 */
export const BackupsList = <Item extends ListedBackup>({
  label,
  none,
  items,
  itemKey,
  encrypted,
  actions,
  keptPassword = '',
  body,
  failedText,
  onRestore,
}: {
  label: string;
  none: string;
  items: Item[];
  itemKey(item: Item): string;
  /** Whether a file is encrypted: a column, and a password asked before its restore. */
  encrypted?(item: Item): boolean;
  /** Buttons shown before Restore. */
  actions?(item: Item): ReactNode;
  keptPassword?: string;
  body: ReactNode;
  failedText(message: string): string;
  onRestore: RestoreListed<Item>;
}) => {
  const { t, i18n } = useTranslation('backup-folder');
  const formId = useId();
  const [step, setStep] = useState<RestoreStep<Item> | null>(null);
  const close = () => setStep(null);
  const restore = async (item: Item, password: string) => {
    const applying = (progress: ApplyProgress) => setStep({ kind: 'applying', item, progress });
    applying({ phase: 'backing-up', done: 0, total: 0 });
    const failure = await onRestore(item, password, applying);
    setStep(failure && { ...failure, item });
  };
  const asksPassword = step?.kind === 'confirm' && encrypted?.(step.item) === true;
  if (items.length === 0) return <Typography color="text.secondary">{none}</Typography>;
  return (
    <>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('files.date')}</TableCell>
            <TableCell>{t('files.reason')}</TableCell>
            <TableCell align="right">{t('files.size')}</TableCell>
            {encrypted && <TableCell>{t('files.encrypted')}</TableCell>}
            <TableCell align="right">
              <Box
                component="span"
                sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
              >
                {t('settings:autoBackups.actions')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => (
            <TableRow key={itemKey(item)} hover data-backup-file={itemKey(item)}>
              <TableCell>{formatDateTime(item.createdAt, i18n.language)}</TableCell>
              <TableCell>{t(`reasons.${item.reason}`)}</TableCell>
              <TableCell align="right">{formatSize(item.sizeBytes, i18n.language)}</TableCell>
              {encrypted && (
                <TableCell>
                  {encrypted(item) ? (
                    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                      <LockIcon fontSize="small" aria-hidden />
                      <span>{t('files.yes')}</span>
                    </Stack>
                  ) : (
                    t('files.no')
                  )}
                </TableCell>
              )}
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {actions?.(item)}
                <Button
                  size="small"
                  startIcon={<RestoreIcon />}
                  onClick={() => setStep({ kind: 'confirm', item, password: keptPassword, error: null })}
                >
                  {t('files.restore')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <SettingsDialog
        open={step !== null}
        onClose={close}
        busy={step?.kind === 'applying'}
        title={step && t('restore.title', { date: formatDateTime(step.item.createdAt, i18n.language) })}
        actions={
          step?.kind === 'confirm' ? (
            <>
              <Button onClick={close} autoFocus={!asksPassword}>
                {t('common:actions.cancel')}
              </Button>
              <Button
                type="submit"
                form={formId}
                variant="contained"
                color="warning"
                disabled={asksPassword && step.password === ''}
              >
                {t('restore.confirm')}
              </Button>
            </>
          ) : (
            <Button onClick={close} disabled={step?.kind === 'applying'}>
              {t('common:actions.close')}
            </Button>
          )
        }
      >
        {step?.kind === 'confirm' && (
          <Stack
            spacing={2}
            component="form"
            id={formId}
            onSubmit={(e) => {
              e.preventDefault();
              void restore(step.item, step.password);
            }}
          >
            {body}
            {asksPassword && (
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
            {step.error && <BackupErrorAlert error={step.error} fileName={itemKey(step.item)} />}
          </Stack>
        )}
        {step?.kind === 'applying' && <ProgressLine progress={step.progress} />}
        {step?.kind === 'refused' && <BackupErrorAlert error={step.error} />}
        {step?.kind === 'failed' && <Alert severity="error">{failedText(step.message)}</Alert>}
      </SettingsDialog>
    </>
  );
};
