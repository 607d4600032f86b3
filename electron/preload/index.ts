/**
 * The preload script: the only code with both `ipcRenderer` and the page in reach. It exposes the
 * contract's tiny bridge as `window.api` and nothing else; the renderer never sees ipcRenderer.
 * Runs sandboxed, so it is bundled to one CommonJS file (preload.cjs) with zod inlined.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { type DesktopBridge, IpcChannel, IpcEvent, type MenuCommand, MenuCommandSchema } from '../shared/ipc-contract';

const bridge = {
  saveFile: (request) => ipcRenderer.invoke(IpcChannel.SaveFile, request),
  openFile: (request) => ipcRenderer.invoke(IpcChannel.OpenFile, request),
  appInfo: () => ipcRenderer.invoke(IpcChannel.AppInfo),
  openExternal: (url) => ipcRenderer.invoke(IpcChannel.OpenExternal, { url }),
  revealBackups: () => ipcRenderer.invoke(IpcChannel.RevealBackups),
  listBackupFiles: () => ipcRenderer.invoke(IpcChannel.ListBackupFiles),
  readBackupFile: (request) => ipcRenderer.invoke(IpcChannel.ReadBackupFile, request),
  writeBackupFile: (request) => ipcRenderer.invoke(IpcChannel.WriteBackupFile, request),
  deleteBackupFile: (request) => ipcRenderer.invoke(IpcChannel.DeleteBackupFile, request),
  backupPasswordStatus: () => ipcRenderer.invoke(IpcChannel.BackupPasswordStatus),
  setBackupPassword: (request) => ipcRenderer.invoke(IpcChannel.SetBackupPassword, request),
  readBackupPassword: () => ipcRenderer.invoke(IpcChannel.ReadBackupPassword),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    // The page gets the command name only, never the IPC event (which would leak `sender`).
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      const parsed = MenuCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
      else console.warn('DPO Desk: ignored an unknown menu command', command);
    };
    ipcRenderer.on(IpcEvent.MenuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IpcEvent.MenuCommand, forward);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('api', bridge);
