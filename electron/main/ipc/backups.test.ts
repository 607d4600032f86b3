import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, invokeFrom } from '../../test-support/fake-electron';
import { autoBackupFileName } from '../../shared/backup-files';
import { IpcChannel, type IpcResult } from '../../shared/ipc-contract';
import { BACKUP_PASSWORD_FILE } from './backups';
import { registerIpcHandlers } from './handlers';

vi.mock('electron', async () => (await import('../../test-support/fake-electron')).fakeElectron);

const APP_PAGE = 'http://localhost:5173/#/settings';
let userData: string;
let backups: string;

const call = async <T = unknown>(channel: string, ...args: unknown[]): Promise<IpcResult<T>> =>
  (await invokeFrom(APP_PAGE, channel, ...args)) as IpcResult<T>;
const valueOf = <T>(result: IpcResult<T>): T => {
  if (!result.ok) throw new Error(`Expected a value, got the error: ${result.error}`);
  return result.value;
};
const errorOf = (result: IpcResult<unknown>): string => {
  if (result.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
};

const daily = autoBackupFileName('2026-11-30T08:00:00.000Z', 'daily', false);
const beforeRestore = autoBackupFileName('2026-12-01T09:30:00.000Z', 'before-restore', true);

beforeEach(async () => {
  fakeElectron.reset();
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'dpo-desk-backups-'));
  backups = path.join(userData, 'backups');
  registerIpcHandlers({
    origin: { kind: 'dev-server', url: 'http://localhost:5173' },
    getWindow: () => null,
    appName: 'DPO Desk',
    appVersion: '0.1.0',
    platform: 'linux',
    userDataPath: userData,
    backupsPath: backups,
    defaultSaveFolder: userData,
  });
});
afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true });
});

describe('the backups folder', () => {
  it('writes a backup file, lists it newest first with its date, reason, size and encryption, and reads it back', async () => {
    valueOf(await call(IpcChannel.WriteBackupFile, { name: daily, bytes: new Uint8Array([1, 2, 3]) }));
    valueOf(await call(IpcChannel.WriteBackupFile, { name: beforeRestore, bytes: new Uint8Array([9]) }));
    await fs.writeFile(path.join(backups, 'notes.txt'), 'not a backup');
    expect(valueOf(await call(IpcChannel.ListBackupFiles))).toEqual([
      {
        name: beforeRestore,
        createdAt: '2026-12-01T09:30:00.000Z',
        reason: 'before-restore',
        encrypted: true,
        sizeBytes: 1,
      },
      { name: daily, createdAt: '2026-11-30T08:00:00.000Z', reason: 'daily', encrypted: false, sizeBytes: 3 },
    ]);
    expect([...valueOf(await call<Uint8Array>(IpcChannel.ReadBackupFile, { name: daily }))]).toEqual([1, 2, 3]);
  });

  it('writes atomically (no temporary file left) and readable by the user only', async () => {
    valueOf(await call(IpcChannel.WriteBackupFile, { name: daily, bytes: new Uint8Array([1]) }));
    expect(await fs.readdir(backups)).toEqual([daily]);
    expect((await fs.stat(path.join(backups, daily))).mode & 0o777).toBe(0o600);
  });

  it('lists an empty or missing folder as no files', async () => {
    expect(valueOf(await call(IpcChannel.ListBackupFiles))).toEqual([]);
  });

  it('deletes a backup file it wrote', async () => {
    valueOf(await call(IpcChannel.WriteBackupFile, { name: daily, bytes: new Uint8Array([1]) }));
    valueOf(await call(IpcChannel.DeleteBackupFile, { name: daily }));
    expect(valueOf(await call(IpcChannel.ListBackupFiles))).toEqual([]);
  });

  it('refuses any name DPO Desk did not give, so no other file can be read, written or deleted', async () => {
    await fs.writeFile(path.join(userData, 'secret.txt'), 'keep out');
    for (const name of ['../secret.txt', `../${daily}`, '/etc/passwd', 'secret.txt', `${daily}/x`]) {
      expect(errorOf(await call(IpcChannel.ReadBackupFile, { name }))).toContain(
        'Only automatic backup files written by DPO Desk',
      );
      expect(errorOf(await call(IpcChannel.WriteBackupFile, { name, bytes: new Uint8Array([1]) }))).toContain(
        'Only automatic backup files written by DPO Desk',
      );
      expect(errorOf(await call(IpcChannel.DeleteBackupFile, { name }))).toContain(
        'Only automatic backup files written by DPO Desk',
      );
    }
    expect(await fs.readFile(path.join(userData, 'secret.txt'), 'utf8')).toBe('keep out');
  });

  it('refuses content that is not bytes, naming the field', async () => {
    expect(errorOf(await call(IpcChannel.WriteBackupFile, { name: daily, bytes: 'abc' }))).toContain('bytes');
  });

  it('refuses another page', async () => {
    const result = (await invokeFrom('https://evil.example/', IpcChannel.ListBackupFiles)) as IpcResult<unknown>;
    expect(errorOf(result)).toMatch(/^Refused/);
  });
});

describe('the backup password', () => {
  it('is kept through the keychain, never in plain text, and read back', async () => {
    expect(valueOf(await call(IpcChannel.BackupPasswordStatus))).toEqual({ keychain: 'available', passwordSet: false });
    valueOf(await call(IpcChannel.SetBackupPassword, { password: 'correct horse battery' }));
    const kept = await fs.readFile(path.join(userData, BACKUP_PASSWORD_FILE));
    expect(kept.toString('utf8')).not.toContain('correct horse battery');
    expect(fakeElectron.safeStorage.encryptString).toHaveBeenCalledWith('correct horse battery');
    expect(valueOf(await call(IpcChannel.BackupPasswordStatus))).toEqual({ keychain: 'available', passwordSet: true });
    expect(valueOf(await call(IpcChannel.ReadBackupPassword))).toBe('correct horse battery');
  });

  it('is removed with null, after which the files are written unencrypted', async () => {
    valueOf(await call(IpcChannel.SetBackupPassword, { password: 'correct horse battery' }));
    valueOf(await call(IpcChannel.SetBackupPassword, { password: null }));
    expect(valueOf(await call(IpcChannel.ReadBackupPassword))).toBeNull();
  });

  it('is refused when the system offers no safe keychain, saying why', async () => {
    fakeElectron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    try {
      expect(errorOf(await call(IpcChannel.SetBackupPassword, { password: 'correct horse battery' }))).toContain(
        'No keyring',
      );
      expect(valueOf(await call(IpcChannel.BackupPasswordStatus))).toMatchObject({ keychain: 'unavailable' });
      await expect(fs.stat(path.join(userData, BACKUP_PASSWORD_FILE))).rejects.toThrow();
    } finally {
      fakeElectron.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
    }
  });

  it('says so when the keychain can no longer read it', async () => {
    await fs.writeFile(path.join(userData, BACKUP_PASSWORD_FILE), 'garbage');
    expect(errorOf(await call(IpcChannel.ReadBackupPassword))).toContain('could not be read from the system keychain');
  });

  it('refuses a short password', async () => {
    expect(errorOf(await call(IpcChannel.SetBackupPassword, { password: 'short' }))).toContain('at least 8 characters');
  });
});
