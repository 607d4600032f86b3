/**
 * Main-process life cycle: one instance, one hardened window, the typed IPC handlers, the menu.
 * `index.ts` only calls `runApp()`, so tests can start the app against a fake Electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, session } from 'electron';
import { IpcEvent, type MenuCommand } from '../shared/ipc-contract';
import { registerIpcHandlers } from './ipc/handlers';
import { installApplicationMenu } from './menu';
import { menuLabelsFor } from './menu-labels';
import {
  type AppOrigin,
  applyContentSecurityPolicy,
  denyAllPermissions,
  lockDownWebContents,
  openExternalSafely,
} from './security';
import { recoveryLabelsFor } from './renderer-recovery';
import { createMainWindow } from './window';

/** Injected by @electron-forge/plugin-vite while `electron-forge start` serves the renderer. */
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
/** The renderer's name in forge.config.ts, injected at build time by our Vite main config. */
declare const MAIN_WINDOW_VITE_NAME: string;

const buildDirectory = path.dirname(fileURLToPath(import.meta.url));

const appOrigin = (): AppOrigin => {
  const devServerUrl = typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : '';
  if (devServerUrl && !app.isPackaged) return { kind: 'dev-server', url: devServerUrl };
  return {
    kind: 'bundle',
    indexFile: path.join(buildDirectory, '..', 'renderer', MAIN_WINDOW_VITE_NAME, 'index.html'),
  };
};

export const runApp = (): void => {
  let mainWindow: BrowserWindow | null = null;

  const focusMainWindow = (): void => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const start = async (): Promise<void> => {
    const origin = appOrigin();
    const userDataPath = app.getPath('userData');
    // Backups live beside the IndexedDB database, in Electron's user-data folder.
    const backupsPath = path.join(userDataPath, 'backups');
    fs.mkdirSync(backupsPath, { recursive: true });

    applyContentSecurityPolicy(session.defaultSession, origin);
    denyAllPermissions(session.defaultSession);

    registerIpcHandlers({
      origin,
      getWindow: () => mainWindow,
      appName: app.getName(),
      appVersion: app.getVersion(),
      platform: process.platform,
      userDataPath,
      backupsPath,
      defaultSaveFolder: app.getPath('documents'),
    });

    installApplicationMenu({
      labels: menuLabelsFor(app.getLocale()),
      isPackaged: app.isPackaged,
      platform: process.platform,
      actions: {
        sendCommand: (command: MenuCommand) => mainWindow?.webContents.send(IpcEvent.MenuCommand, command),
        openExternal: (url) => {
          openExternalSafely(url).catch((error: unknown) => console.error('DPO Desk: could not open link', error));
        },
      },
    });

    const openWindow = (): void => {
      mainWindow = createMainWindow({
        origin,
        preloadPath: path.join(buildDirectory, 'preload.cjs'),
        isPackaged: app.isPackaged,
        title: 'DPO Desk',
        recoveryLabels: recoveryLabelsFor(app.getLocale()),
      });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    };
    openWindow();

    app.on('activate', () => {
      if (mainWindow === null) openWindow();
    });
  };

  // One instance only: two windows writing the same IndexedDB would race; a second launch focuses the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
  } else {
    app.on('second-instance', focusMainWindow);
    // Any web contents created later (there should be none) gets the same lock-down as the window.
    app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
    app
      .whenReady()
      .then(start)
      .catch((error: unknown) => {
        console.error('DPO Desk could not start', error);
        app.exit(1);
      });
  }
};
