import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, navigationEvent } from '../test-support/fake-electron';
import { recoveryLabelsFor } from './renderer-recovery';
import { createMainWindow } from './window';

vi.mock('electron', async () => (await import('../test-support/fake-electron')).fakeElectron);

beforeEach(() => fakeElectron.reset());

const open = (
  isPackaged: boolean,
  origin = { kind: 'bundle', indexFile: '/app/.vite/renderer/main_window/index.html' } as const,
) =>
  createMainWindow({
    origin,
    preloadPath: '/app/.vite/build/preload.cjs',
    isPackaged,
    title: 'DPO Desk',
    recoveryLabels: recoveryLabelsFor('en'),
  });

const webPreferencesOf = (index: number) =>
  fakeElectron.state.windows[index]?.options.webPreferences as Record<string, unknown>;

describe('the main window', () => {
  it('is isolated, sandboxed, without Node and with web security, loading only the preload', () => {
    open(true);
    expect(webPreferencesOf(0)).toMatchObject({
      preload: '/app/.vite/build/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has no DevTools when packaged, and has them in development', () => {
    open(true);
    open(false);
    expect(webPreferencesOf(0).devTools).toBe(false);
    expect(webPreferencesOf(1).devTools).toBe(true);
  });

  it('loads the bundled page from disk, or the dev server URL in development', () => {
    open(true);
    open(false, { kind: 'dev-server', url: 'http://localhost:5173' } as never);
    expect(fakeElectron.state.windows[0]?.loadFile).toHaveBeenCalledWith('/app/.vite/renderer/main_window/index.html');
    expect(fakeElectron.state.windows[1]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('denies navigation and window.open from its page', () => {
    open(true);
    const contents = fakeElectron.state.windows[0]?.webContents;
    const event = navigationEvent();
    contents?.emit('will-navigate', event, 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
    expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('stays hidden until its first paint', () => {
    const window = open(true) as unknown as { show: ReturnType<typeof vi.fn>; emit(event: string): void };
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
