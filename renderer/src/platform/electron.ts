/** The desktop edition: the preload's `window.api`, with each `{ ok, error }` answer unwrapped. */
import type { DesktopBridge, IpcResult } from '../../../electron/shared/ipc-contract';
import { filtersFromAccept, resolveMaxBytes } from './file-rules';
import type { BackupFolder, Platform } from './types';

const unwrap = <T>(result: IpcResult<T>): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

const createDesktopBackupFolder = (api: DesktopBridge): BackupFolder => ({
  status: async () => {
    const [info, password] = await Promise.all([api.appInfo(), api.backupPasswordStatus()]);
    const keychain = unwrap(password);
    return {
      location: 'desktop',
      label: unwrap(info).backupsPath,
      access: 'granted',
      persistentStorage: null,
      encryption:
        keychain.keychain === 'available'
          ? { kind: 'available', passwordSet: keychain.passwordSet }
          : { kind: 'unavailable', passwordSet: keychain.passwordSet, reason: keychain.reason },
      canPickFolder: false,
    };
  },
  list: async () => unwrap(await api.listBackupFiles()),
  read: async (name) => unwrap(await api.readBackupFile({ name })),
  write: async (name, bytes) => {
    unwrap(await api.writeBackupFile({ name, bytes }));
  },
  remove: async (name) => {
    unwrap(await api.deleteBackupFile({ name }));
  },
  readPassword: async () => unwrap(await api.readBackupPassword()),
  setPassword: async (password) => {
    unwrap(await api.setBackupPassword({ password }));
  },
});

export const createElectronPlatform = (api: DesktopBridge): Platform => ({
  saveFile: async ({ suggestedName, bytes, filters }) => {
    const location = unwrap(await api.saveFile({ suggestedName, bytes, filters }));
    return location === null ? { saved: false } : { saved: true, location };
  },
  openFile: async ({ accept, maxBytes }) =>
    unwrap(await api.openFile({ filters: filtersFromAccept(accept), maxBytes: resolveMaxBytes(maxBytes) })),
  appInfo: async () => ({ edition: 'desktop', ...unwrap(await api.appInfo()) }),
  openExternal: async (url) => {
    unwrap(await api.openExternal(url));
  },
  revealBackups: async () => {
    unwrap(await api.revealBackups());
  },
  backupFolder: createDesktopBackupFolder(api),
  onMenuCommand: (listener) => api.onMenuCommand(listener),
});
