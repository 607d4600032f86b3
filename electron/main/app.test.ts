import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../test-support/fake-electron';
import { runApp } from './app';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { IpcChannel } from '../shared/ipc-contract';

vi.mock('electron', async () => (await import('../test-support/fake-electron')).fakeElectron);

let userData: string;

/** Starts the app against the fake Electron, as index.ts does on load. */
const launch = async (configure: (fake: typeof fakeElectron) => void) => {
  fakeElectron.reset();
  fakeElectron.state.paths = { userData, documents: userData };
  configure(fakeElectron);
  runApp();
  await vi.waitFor(() => {
    if (fakeElectron.state.singleInstanceLock) expect(fakeElectron.state.windows).toHaveLength(1);
  });
  return fakeElectron;
};

beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'dpo-desk-userdata-'));
  vi.stubGlobal('MAIN_WINDOW_VITE_NAME', 'main_window');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await fs.rm(userData, { recursive: true, force: true });
});

describe('application start', () => {
  it('quits at once when another instance already runs', async () => {
    const fake = await launch((f) => {
      f.state.singleInstanceLock = false;
    });
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('focuses the existing window when a second instance is launched', async () => {
    const fake = await launch(() => undefined);
    const window = fake.state.windows[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('opens one hardened window on the bundled page, with CSP and permissions locked', async () => {
    const fake = await launch(() => undefined);
    const window = fake.state.windows[0];
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
    const indexFile = window?.loadFile.mock.calls[0]?.[0] as string;
    expect(indexFile.endsWith(path.join('renderer', 'main_window', 'index.html'))).toBe(true);
    const preload = (window?.options.webPreferences as { preload: string }).preload;
    expect(path.basename(preload)).toBe('preload.cjs');

    const callback = vi.fn();
    fake.state.headersListener?.({ url: `file://${indexFile}`, responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    const permission = vi.fn();
    fake.state.permissionRequestHandler?.({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('creates the backups folder inside the user-data folder and registers the IPC handlers', async () => {
    const fake = await launch(() => undefined);
    expect((await fs.stat(path.join(userData, 'backups'))).isDirectory()).toBe(true);
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual(Object.values(IpcChannel).sort());
  });
});
