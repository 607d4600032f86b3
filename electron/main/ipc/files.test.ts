import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicWriteFs, BACKUP_FILE_MODE, readFileWithLimit, writeFileAtomic } from './files';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dpo-desk-files-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

const bytesOf = (length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (i * 31) % 256);

/** Real fs, except that the temporary file's write stores half of the data and then fails (a full disk). */
const failingMidWrite = (): AtomicWriteFs => ({
  rename: fs.rename,
  rm: fs.rm,
  open: (async (file: string, flags: string) => {
    const handle = await fs.open(file, flags);
    return new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'write') {
          return async (buffer: Uint8Array, offset: number, length: number) => {
            await target.write(buffer, offset, Math.floor(length / 2));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }) as AtomicWriteFs['open'],
});

describe('writeFileAtomic', () => {
  it('leaves the complete file and no temporary file behind', async () => {
    const target = path.join(folder, 'Register Art 30.docx');
    const bytes = bytesOf(300_000);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await fs.readFile(target))).toEqual(bytes);
    expect(await fs.readdir(folder)).toEqual(['Register Art 30.docx']);
  });

  it('replaces an existing file with the new content', async () => {
    const target = path.join(folder, 'policy.pdf');
    await fs.writeFile(target, 'old version');
    await writeFileAtomic(target, new TextEncoder().encode('new version'));
    expect(await fs.readFile(target, 'utf8')).toBe('new version');
    expect(await fs.readdir(folder)).toEqual(['policy.pdf']);
  });

  it('leaves no file at all when the write fails half-way', async () => {
    const target = path.join(folder, 'register.docx');
    await expect(writeFileAtomic(target, bytesOf(10_000), failingMidWrite())).rejects.toThrow(/ENOSPC/);
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('keeps the previous file intact when overwriting fails half-way', async () => {
    const target = path.join(folder, 'register.docx');
    await fs.writeFile(target, 'the version the DPO sent last year');
    await expect(writeFileAtomic(target, bytesOf(10_000), failingMidWrite())).rejects.toThrow(/ENOSPC/);
    expect(await fs.readFile(target, 'utf8')).toBe('the version the DPO sent last year');
    expect(await fs.readdir(folder)).toEqual(['register.docx']);
  });

  const modeOf = async (file: string): Promise<string> => ((await fs.stat(file)).mode & 0o777).toString(8);

  it.runIf(process.platform !== 'win32')(
    'keeps the mode of the file it replaces (a 0600 backup stays 0600)',
    async () => {
      const target = path.join(folder, 'backup.json');
      await fs.writeFile(target, 'old backup');
      await fs.chmod(target, 0o600);
      await writeFileAtomic(target, new TextEncoder().encode('new backup'));
      expect(await fs.readFile(target, 'utf8')).toBe('new backup');
      expect(await modeOf(target)).toBe('600');
      // A mode wider than the umask allows is kept too (chmod, not the umask-narrowed open).
      await fs.chmod(target, 0o664);
      await writeFileAtomic(target, new TextEncoder().encode('newer backup'));
      expect(await modeOf(target)).toBe('664');
    },
  );

  it.runIf(process.platform !== 'win32')(
    'creates a new backup owner-only and a new document with the default mode',
    async () => {
      const backup = path.join(folder, 'backup.json');
      await writeFileAtomic(backup, bytesOf(10), undefined, { newFileMode: BACKUP_FILE_MODE });
      expect(await modeOf(backup)).toBe('600');
      const document = path.join(folder, 'register.docx');
      await writeFileAtomic(document, bytesOf(10));
      const umask = process.umask();
      expect(await modeOf(document)).toBe((0o666 & ~umask).toString(8));
    },
  );

  it('fails without leaving anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(folder, 'missing', 'a.json'), bytesOf(10))).rejects.toThrow(/ENOENT/);
    expect(await fs.readdir(folder)).toEqual([]);
  });
});

describe('readFileWithLimit', () => {
  it('reads a file within the limit byte for byte', async () => {
    const file = path.join(folder, 'backup.json');
    const bytes = bytesOf(4096);
    await fs.writeFile(file, bytes);
    expect(await readFileWithLimit(file, 4096)).toEqual(bytes);
  });

  it('refuses a file over the limit, naming the file, its size and the limit', async () => {
    const file = path.join(folder, 'huge backup.json');
    await fs.writeFile(file, bytesOf(3 * 1024));
    await expect(readFileWithLimit(file, 2 * 1024)).rejects.toThrow(
      '"huge backup.json" is 3 KB, larger than the 2 KB limit for opening a file.',
    );
  });

  it('refuses a folder', async () => {
    await expect(readFileWithLimit(folder, 1024)).rejects.toThrow(/is not a file/);
  });
});
