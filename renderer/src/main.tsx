// First: zod must be in jitless mode before any schema is created (see the module).
import './domain/zod-config';
import '@fontsource/roboto/300.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openAppDatabase } from './data/app-database';
import { StartupNotices, StartupProblemPage } from './features/settings/StartupScreens';
import { initI18n } from './i18n';
import { getPlatform } from './platform';
import { runDailyBackupInWorker } from './workers';

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
  const info = await getPlatform().appInfo();
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
  // Never awaited here, and in a worker: the first screen neither waits for the backup nor freezes
  // while a large database is written out; a failure becomes a notice.
  const dailyBackup = runDailyBackupInWorker(info.version);
  // StartupNotices reports a failure; this only keeps the rejection from counting as unhandled meanwhile.
  dailyBackup.catch(() => undefined);
  reactRoot.render(
    <StrictMode>
      <App />
      <StartupNotices upgradedFrom={opened.upgradedFrom} dailyBackup={dailyBackup} />
    </StrictMode>,
  );
};

void start(root);
