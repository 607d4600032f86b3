import type { FileFilter, MenuCommand } from '../../../electron/shared/ipc-contract';

export type { FileFilter, MenuCommand };

export type Edition = 'desktop' | 'web';

export interface AppInfo {
  edition: Edition;
  name: string;
  version: string;
  platform: string;
  /** Desktop only: Electron's user-data folder, where the IndexedDB database lives. */
  userDataPath?: string;
  /** Desktop only: `<userData>/backups`. */
  backupsPath?: string;
}

export interface SaveFileOptions {
  suggestedName: string;
  bytes: Uint8Array;
  /** Used by the browser download (the desktop edition writes raw bytes). */
  mimeType: string;
  /** File types offered by the native Save dialog. */
  filters?: FileFilter[];
}

export interface SaveFileOutcome {
  /** False when the user cancelled the Save dialog. */
  saved: boolean;
  /** Desktop only: where the file was written (a browser download does not say). */
  location?: string;
}

export interface OpenFileOptions {
  /** Extensions, dot included: ['.json']. */
  accept: string[];
  /** Defaults to 50 MB. */
  maxBytes?: number;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** What the app needs from its host, desktop (Electron bridge) or web (browser APIs). */
export interface Platform {
  saveFile(options: SaveFileOptions): Promise<SaveFileOutcome>;
  /** `null` when the user cancels; rejects with a readable message when the file is refused. */
  openFile(options: OpenFileOptions): Promise<OpenedFile | null>;
  appInfo(): Promise<AppInfo>;
  /** Opens an allow-listed https link; rejects with the reason otherwise. */
  openExternal(url: string): Promise<void>;
  /** Desktop only: shows the backups folder in the file manager. */
  revealBackups?(): Promise<void>;
  /** Application-menu commands (desktop); the web edition has no menu and never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
