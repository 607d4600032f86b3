/** The desktop edition: the preload's `window.api`, with each `{ ok, error }` answer unwrapped. */
import type { DesktopBridge, IpcResult } from '../../../electron/shared/ipc-contract';
import { filtersFromAccept, resolveMaxBytes } from './file-rules';
import type { Platform } from './types';

const unwrap = <T>(result: IpcResult<T>): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

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
  onMenuCommand: (listener) => api.onMenuCommand(listener),
});
