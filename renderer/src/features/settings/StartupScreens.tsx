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
import { buildTheme } from '../../app/theme';
import { useThemePreference } from '../../app/theme-preference';
import type { OpenDatabaseError } from '../../data/app-database';
import type { DailyBackupResult } from '../../data/backup';
import { getPlatform, type AppInfo } from '../../platform';
import { saveBackup } from './save-backup';

/** The app's theme outside the app shell (the start-up screens render before it). */
const StandaloneTheme = ({ children }: { children: ReactNode }) => {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const [preference] = useThemePreference();
  const mode = preference === 'system' ? (prefersDark ? 'dark' : 'light') : preference;
  const theme = useMemo(() => buildTheme(mode), [mode]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
};

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
          onClick={() => reveal().catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)))}
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
    <StandaloneTheme>
      <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
        <Paper variant="outlined" sx={{ maxWidth: 640, p: 4 }}>
          <Stack spacing={2}>
            <Typography variant="h5" component="h1">
              {title}
            </Typography>
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
                      onClick={() =>
                        error.backup && void saveBackup(error.backup).then((outcome) => setSaved(outcome.saved))
                      }
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
          </Stack>
        </Paper>
      </Box>
    </StandaloneTheme>
  );
};

type Notice = { severity: 'success' | 'info' | 'error'; message: string };

/**
 * Start-up notices that must not hold the first screen back: the data upgrade that just
 * happened, and the outcome of the daily automatic backup (an error is shown, never thrown).
 */
export const StartupNotices = ({
  upgradedFrom,
  dailyBackup,
}: {
  upgradedFrom: number | null;
  dailyBackup: Promise<DailyBackupResult>;
}) => {
  const { t } = useTranslation('settings');
  const [notices, setNotices] = useState<Notice[]>(() =>
    upgradedFrom === null ? [] : [{ severity: 'info', message: t('startup.upgraded') }],
  );
  useEffect(() => {
    let live = true;
    dailyBackup.then(
      () => undefined,
      (e: unknown) => {
        if (live)
          setNotices((n) => [
            ...n,
            {
              severity: 'error',
              message: t('startup.dailyBackupFailed', { reason: e instanceof Error ? e.message : String(e) }),
            },
          ]);
      },
    );
    return () => {
      live = false;
    };
  }, [dailyBackup, t]);
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
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert severity={current?.severity ?? 'info'} variant="filled" onClose={close}>
          {current?.message}
        </Alert>
      </Snackbar>
    </StandaloneTheme>
  );
};
