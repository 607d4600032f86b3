import type { AutoBackupFileEntry } from '../../../electron/shared/backup-files';
import type { FileFilter, MenuCommand } from '../../../electron/shared/ipc-contract';

export type { AutoBackupFileEntry, FileFilter, MenuCommand };

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

/**
 * Where the automatic backup files go, outside the database they protect.
 * - `desktop`: Electron's `userData/backups`;
 * - `picked`: a folder the user chose in the browser edition (File System Access API);
 * - `origin-private`: the browser's origin-private file system, a separate store from IndexedDB
 *   (it survives the loss or corruption of the database, not the clearing of the site's data);
 * - `none`: no folder: the backups live only inside the browser's database.
 */
export type BackupFolderLocation = 'desktop' | 'picked' | 'origin-private' | 'none';

export interface BackupFolderStatus {
  location: BackupFolderLocation;
  /** The folder's name (picked) or path (desktop). */
  label?: string;
  /** `needs-permission`: the browser asks again after a restart; only a click may grant it. */
  access: 'granted' | 'needs-permission' | 'unavailable';
  /** Browser only: whether the browser promised not to evict the site's storage; null on the desktop. */
  persistentStorage: boolean | null;
  /** Whether the backup files can be encrypted with a kept password, and whether one is set. */
  encryption:
    | { kind: 'available'; passwordSet: boolean }
    | { kind: 'unavailable'; passwordSet: boolean; reason: string }
    | { kind: 'not-offered' };
  /** Browser only: whether this browser can show a folder picker. */
  canPickFolder: boolean;
}

/** The backup folder of either edition. Only automatic backup file names are ever accepted. */
export interface BackupFolder {
  status(): Promise<BackupFolderStatus>;
  /** Newest first; an empty list when there is no folder or no access. */
  list(): Promise<AutoBackupFileEntry[]>;
  read(name: string): Promise<Uint8Array>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
  /** Desktop: the password kept in the system keychain, null when none is set. */
  readPassword(): Promise<string | null>;
  /** Desktop: keeps (or with null, removes) the password of the automatic backup files. */
  setPassword?(password: string | null): Promise<void>;
  /** Browser: shows the folder picker; false when the user cancels. */
  choose?(): Promise<boolean>;
  /** Browser: keeps the files in the origin-private file system instead of a picked folder. */
  useOriginPrivate?(): Promise<void>;
  /** Browser: asks again for access to the picked folder (must run from a click). */
  requestAccess?(): Promise<boolean>;
  /** Browser: forgets the folder (its files stay where they are). */
  forget?(): Promise<void>;
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
  /** The automatic backup files outside the database. */
  backupFolder: BackupFolder;
  /** Browser: asks the browser to keep the site's storage (navigator.storage.persist()). */
  requestPersistentStorage?(): Promise<boolean>;
  /** Application-menu commands (desktop); the web edition has no menu and never calls back. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
