import { describe, expect, it, vi } from 'vitest';
import type { DesktopBridge, IpcResult } from '../../../electron/shared/ipc-contract';
import { createElectronPlatform } from './electron';

const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

const fakeBridge = (overrides: Partial<DesktopBridge> = {}): DesktopBridge => ({
  saveFile: vi.fn(() => ok<string | null>('/home/dpo/Register.docx')),
  openFile: vi.fn(() => ok(null)),
  appInfo: vi.fn(() =>
    ok({ name: 'DPO Desk', version: '0.1.0', platform: 'linux', userDataPath: '/u', backupsPath: '/u/backups' }),
  ),
  openExternal: vi.fn(() => ok(null)),
  revealBackups: vi.fn(() => ok(null)),
  listBackupFiles: vi.fn(() => ok([])),
  readBackupFile: vi.fn(() => ok(new Uint8Array([7]))),
  writeBackupFile: vi.fn(() => ok(null)),
  deleteBackupFile: vi.fn(() => ok(null)),
  backupPasswordStatus: vi.fn(() => ok({ keychain: 'available' as const, passwordSet: false })),
  setBackupPassword: vi.fn(() => ok(null)),
  readBackupPassword: vi.fn(() => ok<string | null>(null)),
  onMenuCommand: vi.fn(() => () => undefined),
  ...overrides,
});

describe('desktop platform', () => {
  it('reports where a file was saved, or that the user cancelled', async () => {
    const bytes = new Uint8Array([1]);
    const saving = createElectronPlatform(fakeBridge());
    expect(await saving.saveFile({ suggestedName: 'Register.docx', bytes, mimeType: 'x' })).toEqual({
      saved: true,
      location: '/home/dpo/Register.docx',
    });
    const cancelling = createElectronPlatform(fakeBridge({ saveFile: vi.fn(() => ok<string | null>(null)) }));
    expect(await cancelling.saveFile({ suggestedName: 'a.docx', bytes, mimeType: 'x' })).toEqual({ saved: false });
  });

  it('turns a refusal from main into a rejected promise carrying its message', async () => {
    const platform = createElectronPlatform(
      fakeBridge({
        openFile: vi.fn(() =>
          Promise.resolve({
            ok: false as const,
            error: '"a.json" is 60 MB, larger than the 50 MB limit for opening a file.',
          }),
        ),
      }),
    );
    await expect(platform.openFile({ accept: ['.json'] })).rejects.toThrow('larger than the 50 MB limit');
  });

  it('asks main for the accepted types and the default limit', async () => {
    const bridge = fakeBridge();
    await createElectronPlatform(bridge).openFile({ accept: ['.json'] });
    expect(bridge.openFile).toHaveBeenCalledWith({
      filters: [{ name: 'JSON', extensions: ['json'] }],
      maxBytes: 50 * 1024 * 1024,
    });
  });

  it('labels its app info as the desktop edition', async () => {
    expect(await createElectronPlatform(fakeBridge()).appInfo()).toMatchObject({
      edition: 'desktop',
      backupsPath: '/u/backups',
    });
  });
});

describe('desktop backup folder', () => {
  it('is userData/backups, with encryption offered only when the keychain is safe', async () => {
    const safe = await createElectronPlatform(fakeBridge()).backupFolder.status();
    expect(safe).toMatchObject({ location: 'desktop', label: '/u/backups', access: 'granted' });
    expect(safe.encryption).toEqual({ kind: 'available', passwordSet: false });
    const unsafe = await createElectronPlatform(
      fakeBridge({
        backupPasswordStatus: vi.fn(() =>
          ok({ keychain: 'unavailable' as const, passwordSet: true, reason: 'No keyring was found.' }),
        ),
      }),
    ).backupFolder.status();
    expect(unsafe.encryption).toEqual({ kind: 'unavailable', passwordSet: true, reason: 'No keyring was found.' });
  });

  it('passes a file name to main and reports its refusal', async () => {
    const bridge = fakeBridge({
      readBackupFile: vi.fn(() =>
        Promise.resolve({
          ok: false as const,
          error: 'Only automatic backup files written by DPO Desk can be used here.',
        }),
      ),
    });
    await expect(createElectronPlatform(bridge).backupFolder.read('../secret')).rejects.toThrow(
      'Only automatic backup',
    );
    expect(bridge.readBackupFile).toHaveBeenCalledWith({ name: '../secret' });
  });
});
