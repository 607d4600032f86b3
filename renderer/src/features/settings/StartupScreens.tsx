import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import SaveAltIcon from '@mui/icons-material/SaveAlt';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CssBaseline from '@mui/material/CssBaseline';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTheme } from '../../session/theme';
import { useThemePreference } from '../../session/theme-preference';
import { NotificationsProvider } from '../../components/notifications';
import type { OpenDatabaseError } from '../../data/app-database';
import type { DailyBackupResult } from '../../data/backup';
import { getPlatform, type AppInfo } from '../../platform';
import { BackupFilesPanel, type RestoredOutcome } from './BackupFilesPanel';
import { BackupFolderLocation, useBackupFolder } from './BackupFolderCard';
import { saveBackup } from './save-backup';
import { errorMessage } from '../../domain/values';

/** The app's theme outside the app shell (the start-up screens render before it). */
const StandaloneTheme = ({ children }: { children: ReactNode }) => {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const [preference] = useThemePreference();
  const mode = preference === 'system' ? (prefersDark ? 'dark' : 'light') : preference;
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const theme = useMemo(() => buildTheme(mode, 'en', { reducedMotion }), [mode, reducedMotion]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <NotificationsProvider>{children}</NotificationsProvider>
    </ThemeProvider>
  );
};

/** A start-up screen: a titled page in the middle of the window. */
const StartupPage = ({ title, maxWidth, children }: { title: string; maxWidth: number; children: ReactNode }) => (
  <StandaloneTheme>
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
      <Paper variant="outlined" sx={{ maxWidth, p: 4 }}>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {title}
          </Typography>
          {children}
        </Stack>
      </Paper>
    </Box>
  </StandaloneTheme>
);

const RevealBackupsButton = ({ info }: { info: AppInfo }) => {
  const { t } = useTranslation('settings');
  const [failed, setFailed] = useState<string | null>(null);
  const reveal = getPlatform().revealBackups;
  if (!reveal) return null;
  return (
    <Stack spacing={1}>
      {info.backupsPath && (
        <Typography variant="body2">
          {t('startup.backupsFolder')}{' '}
          <Box component="code" sx={{ fontFamily: 'monospace' }}>
            {info.backupsPath}
          </Box>
        </Typography>
      )}
      <Box>
        <Button
          variant="outlined"
          startIcon={<FolderOpenIcon />}
          onClick={() => reveal().catch((e: unknown) => setFailed(errorMessage(e)))}
        >
          {t('autoBackups.showInFolder')}
        </Button>
      </Box>
      {failed && <Alert severity="error">{failed}</Alert>}
    </Stack>
  );
};

/**
 * Shown instead of the app when the database cannot be opened. Nothing was written: the
 * page says so, and points to the backups.
 */
export const StartupProblemPage = ({ error, info }: { error: OpenDatabaseError; info: AppInfo }) => {
  const { t } = useTranslation('settings');
  const [saved, setSaved] = useState(false);
  const title =
    error.kind === 'newer-database'
      ? t('startup.newerTitle')
      : error.kind === 'upgrade-failed'
        ? t('startup.upgradeFailedTitle')
        : t('startup.openFailedTitle');
  return (
    <StartupPage title={title} maxWidth={640}>
      {error.kind === 'newer-database' && (
        <>
          <Typography>{t('startup.newerBody', { version: info.version })}</Typography>
          <Alert severity="success">{t('startup.nothingChanged')}</Alert>
          <Typography>
            {info.edition === 'desktop' ? t('startup.newerWhatToDoDesktop') : t('startup.newerWhatToDoWeb')}
          </Typography>
          <RevealBackupsButton info={info} />
        </>
      )}
      {error.kind === 'upgrade-failed' && (
        <>
          <Typography>{t('startup.upgradeFailedBody')}</Typography>
          <Alert severity="info">{t('startup.upgradeFailedStillThere')}</Alert>
          {error.backup && (
            <Box>
              <Button
                variant="contained"
                startIcon={<SaveAltIcon />}
                onClick={() => error.backup && void saveBackup(error.backup).then((outcome) => setSaved(outcome.saved))}
              >
                {t('startup.saveBackupTaken', { name: error.backup.fileName })}
              </Button>
            </Box>
          )}
          {saved && <Alert severity="success">{t('startup.backupSaved')}</Alert>}
          <RevealBackupsButton info={info} />
        </>
      )}
      {error.kind === 'open-failed' && <Typography>{t('startup.openFailedBody')}</Typography>}
      <Alert severity="warning" variant="outlined">
        <AlertTitle>{t('startup.technicalDetails')}</AlertTitle>
        {error.message}
      </Alert>
      <StartupBackupFiles replaceDatabase />
    </StartupPage>
  );
};

/**
 * A notice waiting to be shown: its wording is looked up when it is shown, so a change of
 * language translates it and never queues it a second time.
 */
type Notice = {
  severity: 'success' | 'info' | 'error';
  namespace: 'settings' | 'backup-folder';
  key: string;
  reason?: string;
};

/**
 * Start-up notices that must not hold the first screen back: the data upgrade that just
 * happened, and the outcome of the daily automatic backup (an error is shown, never thrown).
 */
export const StartupNotices = ({
  upgradedFrom,
  dailyBackup,
  backupFolder,
}: {
  upgradedFrom: number | null;
  dailyBackup: Promise<DailyBackupResult>;
  /** The copy to the backup folder after the daily backup: a failure, or "backups live only in the browser". */
  backupFolder: Promise<{ failure: string | null; onlyInBrowser: boolean }>;
}) => {
  const { t } = useTranslation(['settings', 'backup-folder']);
  const [notices, setNotices] = useState<Notice[]>(() =>
    upgradedFrom === null ? [] : [{ severity: 'info', namespace: 'settings', key: 'startup.upgraded' }],
  );
  // Each outcome is read once: this effect depends on the promises only.
  useEffect(() => {
    let live = true;
    const add = (notice: Notice) => live && setNotices((n) => [...n, notice]);
    void backupFolder.then(({ failure, onlyInBrowser }) => {
      if (failure !== null) add({ severity: 'error', namespace: 'backup-folder', key: 'writeFailed', reason: failure });
      if (onlyInBrowser) add({ severity: 'info', namespace: 'backup-folder', key: 'onlyInBrowser' });
    });
    dailyBackup.catch((e: unknown) =>
      add({ severity: 'error', namespace: 'settings', key: 'startup.dailyBackupFailed', reason: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [backupFolder, dailyBackup]);
  const current = notices[0];
  const close = () => setNotices((n) => n.slice(1));
  return (
    <StandaloneTheme>
      <Snackbar
        open={current !== undefined}
        autoHideDuration={current?.severity === 'error' ? null : 8000}
        onClose={(_e, reason) => {
          if (reason !== 'clickaway') close();
        }}
        // Top centre: the app's own notices (saved, undo, example added) use the bottom left, and a
        // start-up notice must never hide them.
        anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      >
        <Alert
          severity={current?.severity ?? 'info'}
          // Information is announced politely (a status); only a failure interrupts as an alert.
          role={current?.severity === 'error' ? 'alert' : 'status'}
          variant="filled"
          onClose={close}
        >
          {current ? t(current.key, { ns: current.namespace, reason: current.reason }) : ''}
        </Alert>
      </Snackbar>
    </StandaloneTheme>
  );
};

/**
 * The backup files found outside the database, on a start-up screen: where they are, access to a
 * picked folder asked again (a click), and each file restorable. After a restore the app reloads.
 */
const StartupBackupFiles = ({ replaceDatabase }: { replaceDatabase: boolean }) => {
  const { t } = useTranslation('backup-folder');
  const { status, files, refresh } = useBackupFolder();
  const [restored, setRestored] = useState<RestoredOutcome | null>(null);
  if (!status) return null;
  return (
    <Stack spacing={1.5} component="section" aria-label={t('startup.restoreFromFolder')}>
      <Typography variant="h6" component="h2">
        {t('startup.restoreFromFolder')}
      </Typography>
      {replaceDatabase && <Typography variant="body2">{t('startup.restoreFromFolderBody')}</Typography>}
      <BackupFolderLocation status={status} onChanged={refresh} />
      {status.access === 'granted' && !restored && (
        <BackupFilesPanel files={files} replaceDatabase={replaceDatabase} onRestored={setRestored} />
      )}
      {restored && (
        <Alert
          severity="success"
          action={
            <Button color="inherit" onClick={() => window.location.reload()}>
              {t('startup.openApp')}
            </Button>
          }
        >
          {t('restore.done', { date: restored.date })}
          {restored.rescueName && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {t('restore.rescueKept', { name: restored.rescueName })}
            </Typography>
          )}
        </Alert>
      )}
    </Stack>
  );
};

/**
 * Shown at start when there was no database (deleted, cleared, evicted) but the backup folder
 * has files: restore one, or start with an empty record.
 */
export const StartupMissingDatabasePage = ({ onStartEmpty }: { onStartEmpty(): void }) => {
  const { t } = useTranslation('backup-folder');
  return (
    <StartupPage title={t('startup.missingTitle')} maxWidth={760}>
      <Typography>{t('startup.missingBody')}</Typography>
      <StartupBackupFiles replaceDatabase={false} />
      <Box>
        <Button variant="outlined" onClick={onStartEmpty}>
          {t('startup.startEmpty')}
        </Button>
      </Box>
    </StartupPage>
  );
};
