/**
 * The app's only door to its host. Features call `getPlatform()` and never know whether they run
 * in Electron (the preload exposed `window.api`) or in a plain browser tab.
 */
import type { DesktopBridge } from '../../../electron/shared/ipc-contract';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

declare global {
  interface Window {
    /** Set by electron/preload in the desktop edition only. */
    api?: DesktopBridge;
  }
}

let current: Platform | undefined;

export const getPlatform = (): Platform => {
  if (!current) {
    const bridge = typeof window === 'undefined' ? undefined : window.api;
    current = bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
  }
  return current;
};

export type {
  AutoBackupFileEntry,
  BackupFolder,
  BackupFolderLocation,
  BackupFolderStatus,
  AppInfo,
  Edition,
  FileFilter,
  MenuCommand,
  OpenedFile,
  OpenFileOptions,
  Platform,
  SaveFileOptions,
  SaveFileOutcome,
} from './types';
