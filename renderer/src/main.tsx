// First: zod must be in jitless mode before any schema is created (see the module).
import './domain/zod-config';
import '@fontsource/roboto/300.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/App';
import { openAppDatabase } from './data/app-database';
import { mirrorBackupsToFolder, takeOnlyInBrowserNotice } from './features/settings/backup-folder';
import { StartupMissingDatabasePage, StartupNotices, StartupProblemPage } from './features/settings/StartupScreens';
import { initI18n } from './i18n';
import { getPlatform } from './platform';
import { runDailyBackupInWorker } from './workers';
import { errorMessage } from './domain/values';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

/**
 * Start-up order matters: the database is opened (and, if it is older, backed up then
 * upgraded) before any screen can read it; a database written by a newer DPO Desk is refused
 * untouched. The daily automatic backup then runs in the background.
 */
const start = async (container: HTMLElement): Promise<void> => {
  const i18n = await initI18n();
  document.documentElement.lang = i18n.language;
  const platform = getPlatform();
  const info = await platform.appInfo();
  // Asked before anything is stored: without it the browser may evict the database and its backups.
  await platform.requestPersistentStorage?.().catch(() => false);
  const opened = await openAppDatabase(info.version);
  const reactRoot = createRoot(container);
  if (!opened.ok) {
    reactRoot.render(
      <StrictMode>
        <StartupProblemPage error={opened.error} info={info} />
      </StrictMode>,
    );
    return;
  }
  // No database before this start, but backup files outside it: the database was probably lost.
  if (opened.createdNew && (await backupFilesExist())) {
    reactRoot.render(
      <StrictMode>
        <StartupMissingDatabasePage onStartEmpty={() => renderApp(reactRoot, info.version, opened.upgradedFrom)} />
      </StrictMode>,
    );
    return;
  }
  renderApp(reactRoot, info.version, opened.upgradedFrom);
};

/** True when the backup folder holds files, or may (a picked folder the browser asks access to again). */
const backupFilesExist = async (): Promise<boolean> => {
  const folder = getPlatform().backupFolder;
  const status = await folder.status().catch(() => null);
  if (!status || status.location === 'none') return false;
  if (status.access === 'needs-permission') return true;
  return status.access === 'granted' && (await folder.list().catch(() => [])).length > 0;
};

/** After the daily backup, its copy (and any missing one) goes to the backup folder, outside the database. */
const copyToBackupFolder = async (dailyBackup: Promise<unknown>) => {
  await dailyBackup.catch(() => undefined);
  let failure: string | null = null;
  try {
    await mirrorBackupsToFolder();
  } catch (e) {
    failure = errorMessage(e);
  }
  const status = await getPlatform()
    .backupFolder.status()
    .catch(() => null);
  const onlyInBrowser =
    status !== null &&
    status.location !== 'desktop' &&
    status.location !== 'picked' &&
    status.persistentStorage !== true &&
    takeOnlyInBrowserNotice();
  return { failure, onlyInBrowser };
};

const renderApp = (reactRoot: Root, appVersion: string, upgradedFrom: number | null): void => {
  // Never awaited here, and in a worker: the first screen neither waits for the backup nor freezes
  // while a large database is written out; a failure becomes a notice.
  const dailyBackup = runDailyBackupInWorker(appVersion);
  // StartupNotices reports a failure; this only keeps the rejection from counting as unhandled meanwhile.
  dailyBackup.catch(() => undefined);
  const backupFolder = copyToBackupFolder(dailyBackup);
  reactRoot.render(
    <StrictMode>
      <App />
      <StartupNotices upgradedFrom={upgradedFrom} dailyBackup={dailyBackup} backupFolder={backupFolder} />
    </StrictMode>,
  );
};

void start(root);
