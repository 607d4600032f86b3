/**
 * The automatic backup FILES kept outside the database (Electron's `userData/backups`, the folder
 * picked in the browser edition): their names, what a name says, and which ones retention removes.
 *
 * Shared by the main process (which only ever reads, writes or deletes a name matching
 * `AUTO_BACKUP_FILE_PATTERN`, so no path can be smuggled in) and the renderer. Pure: zod only.
 */
import { z } from 'zod';

/** Why DPO Desk took the backup; the same words as the in-database automatic backups. */
export const AutoBackupFileReasonSchema = z.enum(['daily', 'before-migration', 'before-restore']);
export type AutoBackupFileReason = z.infer<typeof AutoBackupFileReasonSchema>;

/**
 * `dpo-desk-auto-2026-12-01T11-12-55-123Z-daily.dpodesk-backup.json`, with `.encrypted` before the
 * extension when the file is encrypted. The date (UTC, colons replaced so every file system accepts
 * it), the reason and the encryption are in the name, so a folder is listed without opening a file.
 */
export const AUTO_BACKUP_FILE_PATTERN =
  /^dpo-desk-auto-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|before-migration|before-restore)(\.encrypted)?\.dpodesk-backup\.json$/;

/** Longest name the pattern allows, with margin: a request naming anything longer is refused early. */
export const MAX_AUTO_BACKUP_FILE_NAME_LENGTH = 100;
/** A folder listing stops at this many backup files (newest first): enough for years of daily copies. */
export const MAX_LISTED_BACKUP_FILES = 1000;
/** The largest backup file DPO Desk writes or reads back from its folder. */
export const MAX_BACKUP_FILE_BYTES = 500 * 1024 * 1024;

export const AutoBackupFileNameSchema = z
  .string()
  .max(MAX_AUTO_BACKUP_FILE_NAME_LENGTH, 'This is not the name of an automatic backup file (too long).')
  .regex(AUTO_BACKUP_FILE_PATTERN, 'Only automatic backup files written by DPO Desk can be used here.');

export interface AutoBackupFileEntry {
  name: string;
  /** ISO 8601, UTC, from the file name. */
  createdAt: string;
  reason: AutoBackupFileReason;
  encrypted: boolean;
  sizeBytes: number;
}

/** The file name for an automatic backup taken at `createdAt` (ISO 8601). */
export const autoBackupFileName = (createdAt: string, reason: AutoBackupFileReason, encrypted: boolean): string => {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${createdAt}" is not a date.`);
  const stamp = date.toISOString().replace(/:/g, '-').replace('.', '-');
  return `dpo-desk-auto-${stamp}-${reason}${encrypted ? '.encrypted' : ''}.dpodesk-backup.json`;
};

/** What a file name says, or null when DPO Desk did not write a file of that name. */
export const parseAutoBackupFileName = (name: string): Omit<AutoBackupFileEntry, 'sizeBytes' | 'name'> | null => {
  if (name.length > MAX_AUTO_BACKUP_FILE_NAME_LENGTH) return null;
  const match = AUTO_BACKUP_FILE_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason, encrypted] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  const date = new Date(createdAt);
  // "2026-02-31" matches the pattern but is no date; the round trip catches it.
  if (Number.isNaN(date.getTime()) || date.toISOString() !== createdAt) return null;
  const parsedReason = AutoBackupFileReasonSchema.safeParse(reason);
  if (!parsedReason.success) return null;
  return { createdAt, reason: parsedReason.data, encrypted: encrypted !== undefined };
};

/** Newest first; ties broken by name so the order never depends on the file system. */
export const sortNewestFirst = <T extends { createdAt: string; name: string }>(entries: readonly T[]): T[] =>
  [...entries].sort((a, b) =>
    a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.name < b.name ? -1 : 1,
  );

const DAY_MS = 86_400_000;

/**
 * The files the retention period removes: the same rule as the in-database copies (older than
 * `retentionDays`, the newest always kept, whatever its age — after a long holiday, or after the
 * database was lost, the only copy must not be thrown away).
 */
export const backupFilesToPrune = <T extends { createdAt: string; name: string }>(
  entries: readonly T[],
  retentionDays: number,
  now: Date,
): T[] => {
  const [newest, ...rest] = sortNewestFirst(entries);
  if (!newest) return [];
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return rest.filter((entry) => entry.createdAt < cutoff);
};
