import { BrowserWindow, type WebPreferences } from 'electron';
import { type RecoveryLabels, watchRendererHealth } from './renderer-recovery';
import { type AppOrigin, lockDownWebContents } from './security';

export interface MainWindowOptions {
  origin: AppOrigin;
  preloadPath: string;
  /** `app.isPackaged`: DevTools exist only in development builds. */
  isPackaged: boolean;
  title: string;
  /** Wording of the crash and hang dialogs, in the system's language. */
  recoveryLabels: RecoveryLabels;
}

/** The renderer is untrusted input as far as the OS is concerned: isolated, sandboxed, no Node. */
export const secureWebPreferences = (preloadPath: string, isPackaged: boolean): WebPreferences => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
  devTools: !isPackaged,
});

const MIN_WIDTH = 960;
const MIN_HEIGHT = 640;

export const createMainWindow = (options: MainWindowOptions): BrowserWindow => {
  const window = new BrowserWindow({
    title: options.title,
    width: 1280,
    height: 820,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    // Shown once painted, so the user never sees a blank white frame.
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath, options.isPackaged),
  });
  lockDownWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());

  const load = (): void => {
    const loading =
      options.origin.kind === 'dev-server'
        ? window.loadURL(options.origin.url)
        : window.loadFile(options.origin.indexFile);
    loading.catch((error: unknown) => console.error('DPO Desk: the window content could not be loaded', error));
  };
  watchRendererHealth(window, { labels: options.recoveryLabels, reload: load });
  load();
  return window;
};
