import fs from 'node:fs/promises';
import path from 'node:path';
import { type BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions, shell } from 'electron';
import {
  DEFAULT_OPEN_MAX_BYTES,
  type DesktopAppInfo,
  IpcChannel,
  type OpenedFile,
  RequestSchemas,
} from '../../shared/ipc-contract';
import { type AppOrigin, openExternalSafely } from '../security';
import { registerBackupFolderHandlers, type Keychain } from './backups';
import { readFileWithLimit, writeFileAtomic } from './files';
import { createHandle } from './handle';

export interface IpcHandlerContext {
  origin: AppOrigin;
  /** The window dialogs are attached to (modal), if one is open. */
  getWindow(): BrowserWindow | null;
  appName: string;
  appVersion: string;
  platform: NodeJS.Platform;
  userDataPath: string;
  backupsPath: string;
  /** Where the Save dialog starts (the user's Documents folder). */
  defaultSaveFolder: string;
  /** Stands in for Electron's safeStorage in tests. */
  keychain?: Keychain;
}

export const registerIpcHandlers = (context: IpcHandlerContext): void => {
  const handle = createHandle(context.origin);

  handle(IpcChannel.SaveFile, RequestSchemas[IpcChannel.SaveFile], async (request): Promise<string | null> => {
    const options: SaveDialogOptions = {
      defaultPath: path.join(context.defaultSaveFolder, request.suggestedName),
      filters: request.filters ?? [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = context.getWindow();
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await writeFileAtomic(choice.filePath, request.bytes);
    return choice.filePath;
  });

  handle(IpcChannel.OpenFile, RequestSchemas[IpcChannel.OpenFile], async (request): Promise<OpenedFile | null> => {
    const options: OpenDialogOptions = { filters: request.filters ?? [], properties: ['openFile'] };
    const window = context.getWindow();
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const file = choice.filePaths[0];
    if (choice.canceled || file === undefined) return null;
    const bytes = await readFileWithLimit(file, request.maxBytes ?? DEFAULT_OPEN_MAX_BYTES);
    return { name: path.basename(file), bytes };
  });

  handle(IpcChannel.AppInfo, RequestSchemas[IpcChannel.AppInfo], (): DesktopAppInfo => ({
    name: context.appName,
    version: context.appVersion,
    platform: context.platform,
    userDataPath: context.userDataPath,
    backupsPath: context.backupsPath,
  }));

  handle(IpcChannel.OpenExternal, RequestSchemas[IpcChannel.OpenExternal], async (request): Promise<null> => {
    await openExternalSafely(request.url);
    return null;
  });

  handle(IpcChannel.RevealBackups, RequestSchemas[IpcChannel.RevealBackups], async (): Promise<null> => {
    await fs.mkdir(context.backupsPath, { recursive: true });
    // openPath answers with an error message, or '' when the file manager opened.
    const failure = await shell.openPath(context.backupsPath);
    if (failure) throw new Error(`The backups folder (${context.backupsPath}) could not be shown: ${failure}`);
    return null;
  });

  registerBackupFolderHandlers(handle, context);
};
