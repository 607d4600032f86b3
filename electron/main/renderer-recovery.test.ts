import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, type FakeBrowserWindow } from '../test-support/fake-electron';
import { MAX_RELOADS_IN_WINDOW, RELOAD_WINDOW_MS, recoveryLabelsFor } from './renderer-recovery';
import { createMainWindow } from './window';

vi.mock('electron', async () => (await import('../test-support/fake-electron')).fakeElectron);

let clock = 0;
beforeEach(() => {
  fakeElectron.reset();
  clock = 1_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
});

const open = (locale = 'en-GB'): FakeBrowserWindow => {
  createMainWindow({
    origin: { kind: 'bundle', indexFile: '/app/index.html' },
    preloadPath: '/app/preload.cjs',
    isPackaged: true,
    title: 'DPO Desk',
    recoveryLabels: recoveryLabelsFor(locale),
  });
  const window = fakeElectron.state.windows[0];
  if (!window) throw new Error('no window was created');
  return window;
};

const crash = (window: FakeBrowserWindow, reason = 'oom') =>
  window.webContents.emit('render-process-gone', {}, { reason, exitCode: 133 });

const messages = () =>
  fakeElectron.dialog.showMessageBox.mock.calls.map((call) => (call[1] as { message: string }).message);

describe('a renderer that crashes', () => {
  it('is reloaded, and the DPO is told what happened and why', async () => {
    const window = open();
    expect(window.loadFile).toHaveBeenCalledTimes(1);
    crash(window, 'oom');
    expect(window.loadFile).toHaveBeenCalledTimes(2);
    expect(messages()).toEqual(['The DPO Desk window stopped unexpectedly and was reloaded.']);
    const detail = (fakeElectron.dialog.showMessageBox.mock.calls[0]?.[1] as { detail: string }).detail;
    expect(detail).toContain('What you had saved is kept');
    expect(detail).toContain('(Reason: oom)');
  });

  it('is told in French on a French system', () => {
    crash(open('fr-FR'));
    expect(messages()[0]).toBe('La fenêtre de DPO Desk s’est arrêtée de façon inattendue et a été rechargée.');
  });

  it('is not reloaded for a clean exit (the window closing)', () => {
    const window = open();
    crash(window, 'clean-exit');
    expect(window.loadFile).toHaveBeenCalledTimes(1);
    expect(messages()).toEqual([]);
  });

  it('stops reloading when it crashes again and again, says so, then quits', async () => {
    const window = open();
    for (let i = 0; i < MAX_RELOADS_IN_WINDOW + 2; i++) {
      crash(window);
      clock += 1000;
    }
    // The first crashes reload; once the guard trips, no further reload.
    expect(window.loadFile).toHaveBeenCalledTimes(1 + MAX_RELOADS_IN_WINDOW);
    expect(messages().at(-1)).toBe('The DPO Desk window keeps stopping, so it was not reloaded again.');
    await vi.waitFor(() => expect(fakeElectron.app.quit).toHaveBeenCalled());
  });

  it('reloads again once the earlier crashes are long past', () => {
    const window = open();
    for (let i = 0; i < MAX_RELOADS_IN_WINDOW; i++) crash(window);
    clock += RELOAD_WINDOW_MS + 1;
    crash(window);
    expect(window.loadFile).toHaveBeenCalledTimes(2 + MAX_RELOADS_IN_WINDOW);
  });
});

describe('a renderer that stops responding', () => {
  it('asks whether to wait, and waiting changes nothing', async () => {
    const window = open();
    window.emit('unresponsive');
    expect(messages()).toEqual(['The DPO Desk window is not responding.']);
    await vi.waitFor(() => expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalled());
    await Promise.resolve();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(window.loadFile).toHaveBeenCalledTimes(1);
  });

  it('reloads without a second dialog when the DPO chooses to reload', async () => {
    const window = open();
    fakeElectron.state.messageBoxResponse = 1;
    window.webContents.forcefullyCrashRenderer.mockImplementation(() => crash(window, 'killed'));
    window.emit('unresponsive');
    await vi.waitFor(() => expect(window.loadFile).toHaveBeenCalledTimes(2));
    expect(messages()).toEqual(['The DPO Desk window is not responding.']);
  });

  it('asks once while a question is open, however often the hang is reported', () => {
    const window = open();
    window.emit('unresponsive');
    window.emit('unresponsive');
    expect(messages()).toHaveLength(1);
  });
});
