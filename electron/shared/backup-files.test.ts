import { describe, expect, it } from 'vitest';
import { autoBackupFileName, backupFilesToPrune, parseAutoBackupFileName, sortNewestFirst } from './backup-files';

const entry = (createdAt: string, reason: 'daily' | 'before-restore' = 'daily') => ({
  name: autoBackupFileName(createdAt, reason, false),
  createdAt,
});

describe('automatic backup file names', () => {
  it('say the date, the reason and whether the file is encrypted, and read back the same', () => {
    const name = autoBackupFileName('2026-12-01T11:12:55.123Z', 'before-restore', true);
    expect(name).toBe('dpo-desk-auto-2026-12-01T11-12-55-123Z-before-restore.encrypted.dpodesk-backup.json');
    expect(parseAutoBackupFileName(name)).toEqual({
      createdAt: '2026-12-01T11:12:55.123Z',
      reason: 'before-restore',
      encrypted: true,
    });
    expect(parseAutoBackupFileName(autoBackupFileName('2026-01-05T00:00:00.000Z', 'daily', false))).toMatchObject({
      encrypted: false,
      reason: 'daily',
    });
  });

  it('contain no character a file system refuses', () => {
    expect(autoBackupFileName('2026-12-01T11:12:55.123Z', 'daily', false)).not.toMatch(/[:\\/*?"<>|]/);
  });

  it('refuse every name DPO Desk did not write, paths and impossible dates included', () => {
    for (const name of [
      '../dpo-desk-auto-2026-12-01T11-12-55-123Z-daily.dpodesk-backup.json',
      'sub/dpo-desk-auto-2026-12-01T11-12-55-123Z-daily.dpodesk-backup.json',
      'dpo-desk-auto-2026-12-01T11-12-55-123Z-daily.dpodesk-backup.json.exe',
      'dpo-desk-auto-2026-02-31T11-12-55-123Z-daily.dpodesk-backup.json',
      'dpo-desk-auto-2026-12-01T11-12-55-123Z-weekly.dpodesk-backup.json',
      'dpo-desk-2026-12-01.dpodesk-backup.json',
      '',
    ])
      expect(parseAutoBackupFileName(name), name).toBeNull();
  });

  it('refuse a date that is not one', () => {
    expect(() => autoBackupFileName('yesterday', 'daily', false)).toThrow('"yesterday" is not a date');
  });
});

describe('retention of the backup files', () => {
  const now = new Date('2026-12-01T12:00:00.000Z');

  it('removes files older than the retention period and keeps the rest', () => {
    const files = [
      entry('2026-11-30T08:00:00.000Z'),
      entry('2026-11-20T08:00:00.000Z'),
      entry('2026-10-01T08:00:00.000Z'),
    ];
    expect(backupFilesToPrune(files, 30, now).map((f) => f.createdAt)).toEqual(['2026-10-01T08:00:00.000Z']);
    expect(backupFilesToPrune(files, 5, now).map((f) => f.createdAt)).toEqual([
      '2026-11-20T08:00:00.000Z',
      '2026-10-01T08:00:00.000Z',
    ]);
  });

  it('always keeps the newest file, however old', () => {
    const files = [entry('2025-01-01T08:00:00.000Z'), entry('2024-06-01T08:00:00.000Z')];
    expect(backupFilesToPrune(files, 30, now).map((f) => f.createdAt)).toEqual(['2024-06-01T08:00:00.000Z']);
    expect(backupFilesToPrune([], 30, now)).toEqual([]);
  });

  it('sorts newest first whatever order the folder gives', () => {
    const files = [
      entry('2026-11-01T08:00:00.000Z'),
      entry('2026-11-30T08:00:00.000Z'),
      entry('2026-11-15T08:00:00.000Z'),
    ];
    expect(sortNewestFirst(files).map((f) => f.createdAt.slice(0, 10))).toEqual([
      '2026-11-30',
      '2026-11-15',
      '2026-11-01',
    ]);
  });
});
