import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from '../test-support/fake-electron';
import { type DesktopBridge, IpcChannel, IpcEvent } from '../shared/ipc-contract';

vi.mock('electron', async () => (await import('../test-support/fake-electron')).fakeElectron);

let api: DesktopBridge;

beforeAll(async () => {
  fakeElectron.reset();
  await import('./index');
  api = fakeElectron.state.exposed.get('api') as DesktopBridge;
});

describe('preload bridge', () => {
  it('exposes exactly the contract methods as window.api, and no ipcRenderer', () => {
    expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual(
      [
        'appInfo',
        'onMenuCommand',
        'openExternal',
        'openFile',
        'revealBackups',
        'saveFile',
        'listBackupFiles',
        'readBackupFile',
        'writeBackupFile',
        'deleteBackupFile',
        'backupPasswordStatus',
        'setBackupPassword',
        'readBackupPassword',
      ].sort(),
    );
  });

  it('sends each call on its contract channel', async () => {
    const bytes = new Uint8Array([1, 2]);
    await api.saveFile({ suggestedName: 'a.docx', bytes });
    await api.openFile({ maxBytes: 10 });
    await api.appInfo();
    await api.openExternal('https://www.cnil.fr/');
    await api.revealBackups();
    await api.listBackupFiles();
    await api.setBackupPassword({ password: null });
    expect(fakeElectron.ipcRenderer.invoke.mock.calls).toEqual([
      [IpcChannel.SaveFile, { suggestedName: 'a.docx', bytes }],
      [IpcChannel.OpenFile, { maxBytes: 10 }],
      [IpcChannel.AppInfo],
      [IpcChannel.OpenExternal, { url: 'https://www.cnil.fr/' }],
      [IpcChannel.RevealBackups],
      [IpcChannel.ListBackupFiles],
      [IpcChannel.SetBackupPassword, { password: null }],
    ]);
  });

  it('forwards only known menu commands, without the IPC event, until unsubscribed', () => {
    const received: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    fakeElectron.ipcRenderer.emit(IpcEvent.MenuCommand, { sender: 'secret' }, 'export');
    fakeElectron.ipcRenderer.emit(IpcEvent.MenuCommand, {}, 'format-disk');
    unsubscribe();
    fakeElectron.ipcRenderer.emit(IpcEvent.MenuCommand, {}, 'backup');
    expect(received).toEqual(['export']);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
