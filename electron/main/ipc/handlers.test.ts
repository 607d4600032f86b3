import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, invokeFrom } from '../../test-support/fake-electron';
import { IpcChannel, type IpcResult } from '../../shared/ipc-contract';
import { registerIpcHandlers } from './handlers';

vi.mock('electron', async () => (await import('../../test-support/fake-electron')).fakeElectron);

const APP_PAGE = 'http://localhost:5173/#/activities';
let folder: string;

const call = (channel: string, ...args: unknown[]) =>
  invokeFrom(APP_PAGE, channel, ...args) as Promise<IpcResult<unknown>>;

const errorOf = (result: IpcResult<unknown>): string => {
  if (result.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
};

beforeEach(async () => {
  fakeElectron.reset();
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dpo-desk-ipc-'));
  registerIpcHandlers({
    origin: { kind: 'dev-server', url: 'http://localhost:5173' },
    getWindow: () => null,
    appName: 'DPO Desk',
    appVersion: '0.1.0',
    platform: 'linux',
    userDataPath: folder,
    backupsPath: path.join(folder, 'backups'),
    defaultSaveFolder: folder,
  });
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('every handler', () => {
  it('is registered for each channel of the contract', () => {
    expect([...fakeElectron.state.ipcHandlers.keys()].sort()).toEqual(Object.values(IpcChannel).sort());
  });

  it('refuses a caller that is not the app page, without showing any dialog', async () => {
    for (const sender of ['https://evil.example/', 'http://localhost:9999/', 'file:///tmp/other.html', '']) {
      const result = (await invokeFrom(sender, IpcChannel.SaveFile, {
        suggestedName: 'a.docx',
        bytes: new Uint8Array([1]),
      })) as IpcResult<unknown>;
      expect(errorOf(result)).toMatch(/^Refused: "dialog:save-file" may only be called by DPO Desk's own window/);
    }
    expect(fakeElectron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('saveFile', () => {
  it('names the missing field when the request is incomplete', async () => {
    const error = errorOf(await call(IpcChannel.SaveFile, { bytes: new Uint8Array([1]) }));
    expect(error).toContain('suggestedName');
    expect(fakeElectron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('names the bytes field when the content is not bytes', async () => {
    const error = errorOf(await call(IpcChannel.SaveFile, { suggestedName: 'a.docx', bytes: 'not bytes' }));
    expect(error).toContain('bytes: The file content must be bytes (Uint8Array).');
  });

  it('refuses a suggested name that hides a folder path', async () => {
    const error = errorOf(
      await call(IpcChannel.SaveFile, { suggestedName: '../../.bashrc', bytes: new Uint8Array([1]) }),
    );
    expect(error).toContain('suggestedName: The suggested file name must not contain a folder separator.');
  });

  it('writes the chosen file completely and answers with its path', async () => {
    const target = path.join(folder, 'Register.docx');
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new TextEncoder().encode('Art. 30 register');
    const result = await call(IpcChannel.SaveFile, {
      suggestedName: 'Register.docx',
      bytes,
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    expect(result).toEqual({ ok: true, value: target });
    expect(await fs.readFile(target, 'utf8')).toBe('Art. 30 register');
    const options = fakeElectron.dialog.showSaveDialog.mock.calls[0]?.[0] as { defaultPath: string };
    expect(options.defaultPath).toBe(path.join(folder, 'Register.docx'));
  });

  it('answers null and writes nothing when the user cancels', async () => {
    const result = await call(IpcChannel.SaveFile, { suggestedName: 'a.docx', bytes: new Uint8Array([1]) });
    expect(result).toEqual({ ok: true, value: null });
    expect(await fs.readdir(folder)).toEqual([]);
  });
});

describe('openFile', () => {
  const pick = (file: string) =>
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });

  it('returns the name and bytes of the chosen file', async () => {
    const file = path.join(folder, 'backup.json');
    await fs.writeFile(file, '{"format":"dpo-desk-backup"}');
    pick(file);
    const result = await call(IpcChannel.OpenFile, { filters: [{ name: 'Backup', extensions: ['json'] }] });
    if (!result.ok) throw new Error(result.error);
    const opened = result.value as { name: string; bytes: Uint8Array };
    expect(opened.name).toBe('backup.json');
    expect(new TextDecoder().decode(opened.bytes)).toBe('{"format":"dpo-desk-backup"}');
  });

  it('refuses a file over the default 50 MB limit, naming the limit', async () => {
    const file = path.join(folder, 'too big.json');
    await fs.writeFile(file, '');
    await fs.truncate(file, 50 * 1024 * 1024 + 1); // sparse: costs no disk space
    pick(file);
    expect(errorOf(await call(IpcChannel.OpenFile, {}))).toBe(
      '"too big.json" is 50.0 MB, larger than the 50 MB limit for opening a file.',
    );
  });

  it('applies a smaller limit asked for by the caller', async () => {
    const file = path.join(folder, 'import.csv');
    await fs.writeFile(file, 'x'.repeat(2048));
    pick(file);
    expect(errorOf(await call(IpcChannel.OpenFile, { maxBytes: 1024 }))).toContain('larger than the 1 KB limit');
  });

  it('names maxBytes when it is not a positive whole number', async () => {
    expect(errorOf(await call(IpcChannel.OpenFile, { maxBytes: -5 }))).toContain(
      'maxBytes: The size limit must be positive.',
    );
    expect(fakeElectron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('answers null when the user cancels', async () => {
    expect(await call(IpcChannel.OpenFile, {})).toEqual({ ok: true, value: null });
  });
});

describe('appInfo, openExternal, revealBackups', () => {
  it('reports the user-data and backups folders', async () => {
    expect(await call(IpcChannel.AppInfo)).toEqual({
      ok: true,
      value: {
        name: 'DPO Desk',
        version: '0.1.0',
        platform: 'linux',
        userDataPath: folder,
        backupsPath: path.join(folder, 'backups'),
      },
    });
  });

  it('opens an allow-listed link and refuses any other, naming the host', async () => {
    expect(await call(IpcChannel.OpenExternal, { url: 'https://www.edpb.europa.eu/' })).toEqual({
      ok: true,
      value: null,
    });
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledWith('https://www.edpb.europa.eu/');
    const error = errorOf(await call(IpcChannel.OpenExternal, { url: 'https://europa.eu.evil.example/' }));
    expect(error).toContain('"europa.eu.evil.example" is not on the list of sites DPO Desk opens');
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('names the url field when it is missing', async () => {
    expect(errorOf(await call(IpcChannel.OpenExternal, {}))).toContain('url:');
  });

  it('creates the backups folder and shows it', async () => {
    expect(await call(IpcChannel.RevealBackups)).toEqual({ ok: true, value: null });
    expect((await fs.stat(path.join(folder, 'backups'))).isDirectory()).toBe(true);
    expect(fakeElectron.shell.openPath).toHaveBeenCalledWith(path.join(folder, 'backups'));
  });

  it('reports a file manager that cannot be opened', async () => {
    fakeElectron.shell.openPath.mockResolvedValueOnce('No application found');
    expect(errorOf(await call(IpcChannel.RevealBackups))).toContain('could not be shown: No application found');
  });
});
