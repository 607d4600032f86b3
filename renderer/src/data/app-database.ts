/**
 * The backup, history, snapshot and import functions, bound to the app's database. Screens call
 * these and never see the database object (ESLint zone: only data/ touches data/db).
 */
import type { EntityTable, AuditEntry } from '../domain';
import {
  applyBackup,
  createBackupFile,
  exportWorkspaceBackup,
  historyOf,
  inspectBackup,
  listAutoBackups,
  maybeDailyBackup,
  purgeWorkspace,
  readAutoBackup,
  readBackupSettings,
  restoreAutoBackup,
  restoreVersion,
  setBackupRetentionDays,
  type ApplyProgress,
  type ApplyResult,
  type AutoBackupSummary,
  type BackupSettings,
  type ConflictPolicy,
  type CreatedBackup,
  type DailyBackupResult,
  type InspectResult,
  type PurgeResult,
  type RestorePlan,
} from './backup';
import { encryptBackupBytes, mirrorAutoBackups, type BackupFilePort, type MirrorResult } from './backup/folder-mirror';
import { getDatabase, setDatabase, type SnapshotRecord } from './db';
import { applyImport, type ApplyImportResult, type ImportPreview } from './import';
import {
  listTrash,
  purgeExpiredTrash,
  purgeFromTrash,
  purgeOlderThan,
  readTrashRetentionDays,
  restoreFromTrash,
  setTrashRetentionDays,
  type TrashItem,
} from './trash';
import { openDatabaseSafely, type OpenDatabaseError } from './migrations/open';
import {
  deleteSnapshot,
  diffSnapshotWithNow,
  diffWorkspaces,
  getSnapshot,
  listSnapshots,
  takeSnapshot,
  type SnapshotSummary,
  type WorkspaceDiff,
} from './snapshots';

export type { BackupFilePort, MirrorResult, OpenDatabaseError, SnapshotRecord, SnapshotSummary };
export { replaceDatabaseFromBackup, type ReplaceDatabaseResult } from './startup-restore';

export type AppDatabaseOpening =
  | {
      ok: true;
      upgradedFrom: number | null;
      preMigrationBackupId: string | null;
      /** True when there was no database before this start (first start, or the database was lost). */
      createdNew: boolean;
    }
  | { ok: false; error: OpenDatabaseError };

/**
 * Opens the app database before the first screen renders: a database written by a newer
 * DPO Desk is refused untouched, and an upgrade is preceded by a backup.
 */
export const openAppDatabase = async (appVersion: string): Promise<AppDatabaseOpening> => {
  const opened = await openDatabaseSafely({ appVersion });
  if (!opened.ok) return opened;
  setDatabase(opened.db);
  return {
    ok: true,
    upgradedFrom: opened.upgradedFrom,
    preMigrationBackupId: opened.preMigrationBackupId,
    createdNew: opened.createdNew,
  };
};

/** The local calendar day, YYYY-MM-DD: "once a day" means the DPO's day, not UTC's. */
export const localDay = (date: Date = new Date()): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export const runDailyBackup = async (appVersion: string): Promise<DailyBackupResult> => {
  const result = await maybeDailyBackup(getDatabase(), localDay(), { appVersion });
  // After the backup, so what the Trash erases today is still in today's backup.
  await purgeExpiredTrash(getDatabase()).catch((e: unknown) =>
    console.warn('The Trash could not be emptied of expired records; it will be tried again at the next start.', e),
  );
  return result;
};

/** Every deleted record (the Trash), most recently deleted first. */
export const trashItems = (): Promise<TrashItem[]> => listTrash(getDatabase());
/** Puts a deleted record back, with its links. */
export const restoreTrashItem = (table: EntityTable, id: string, expectedRevision?: number): Promise<void> =>
  restoreFromTrash(getDatabase(), table, id, expectedRevision);
/** Erases deleted records for good (with their history and the links to them). */
export const eraseTrashItems = (items: readonly { table: EntityTable; id: string }[]): Promise<number> =>
  purgeFromTrash(getDatabase(), items);
/** Erases every record deleted more than `days` days ago. */
export const eraseTrashOlderThan = (days: number): Promise<number> => purgeOlderThan(getDatabase(), days);
export const trashRetentionDays = (): Promise<number> => readTrashRetentionDays(getDatabase());
export const saveTrashRetentionDays = (days: number): Promise<void> => setTrashRetentionDays(getDatabase(), days);

export interface BackupRequest {
  appVersion: string;
  /** Encrypts the backup when given (AES-256-GCM). */
  password?: string;
}

const backupOptions = ({ appVersion, password }: BackupRequest) =>
  password ? { appVersion, password } : { appVersion };

/** One organisation's workspace (records, history, snapshots): a client's whole file. */
export const backupOrganisation = (organisationId: string, request: BackupRequest): Promise<CreatedBackup> =>
  exportWorkspaceBackup(getDatabase(), organisationId, backupOptions(request));

/** Every organisation, with the history and snapshots. */
export const backupEverything = (request: BackupRequest): Promise<CreatedBackup> =>
  createBackupFile(getDatabase(), { kind: 'all' }, backupOptions(request));

/** Checks a backup file against the app database (conflicts listed); never writes. */
export const inspectBackupFile = (bytes: Uint8Array, password?: string): Promise<InspectResult> =>
  inspectBackup(bytes, password ? { password, db: getDatabase() } : { db: getDatabase() });

/** Restores a checked backup, all or nothing, after a safety backup of the whole database. */
export const restoreBackup = (
  plan: RestorePlan,
  onConflict: ConflictPolicy,
  appVersion: string,
  onProgress?: (p: ApplyProgress) => void,
): Promise<ApplyResult> => applyBackup(getDatabase(), plan, { onConflict, appVersion }, onProgress);

export const listAutomaticBackups = (): Promise<AutoBackupSummary[]> => listAutoBackups(getDatabase());
export const readAutomaticBackup = (id: string): Promise<Uint8Array | undefined> => readAutoBackup(getDatabase(), id);
export const restoreAutomaticBackup = (
  id: string,
  appVersion: string,
  onProgress?: (p: ApplyProgress) => void,
): Promise<InspectResult | ApplyResult> =>
  // The database is put back as it was: the backup's version of every record wins.
  restoreAutoBackup(getDatabase(), id, { onConflict: 'replace', appVersion }, onProgress);

export const readAppBackupSettings = (): Promise<BackupSettings> => readBackupSettings(getDatabase());
export const setAppBackupRetentionDays = (days: number): Promise<void> => setBackupRetentionDays(getDatabase(), days);

/** Removes a client's workspace, proved backed up by the checksum of a backup of it as it is now. */
export const purgeClientWorkspace = (organisationId: string, backupChecksum: string): Promise<PurgeResult> =>
  purgeWorkspace(getDatabase(), organisationId, { backupChecksum });

export const recordHistory = (table: EntityTable, id: string): Promise<AuditEntry[]> =>
  historyOf(getDatabase(), table, id);
export const restoreRecordVersion = (auditEntryId: string): Promise<AuditEntry> =>
  restoreVersion(getDatabase(), auditEntryId);

export const takeWorkspaceSnapshot = (organisationId: string, label: string): Promise<SnapshotRecord> =>
  takeSnapshot(getDatabase(), organisationId, label);
export const listWorkspaceSnapshots = (organisationId: string): Promise<SnapshotSummary[]> =>
  listSnapshots(getDatabase(), organisationId);
export const removeSnapshot = (id: string): Promise<void> => deleteSnapshot(getDatabase(), id);

/** What changed between two snapshots (older → newer), or from a snapshot to now (`to` = null). */
export const diffSnapshots = async (fromId: string, toId: string | null): Promise<WorkspaceDiff> => {
  const db = getDatabase();
  if (toId === null) return diffSnapshotWithNow(db, fromId);
  const [from, to] = await Promise.all([getSnapshot(db, fromId), getSnapshot(db, toId)]);
  return diffWorkspaces(from.workspace, to.workspace);
};

/** Creates every previewed activity in the organisation, or none. */
export const importActivities = (organisationId: string, preview: ImportPreview): Promise<ApplyImportResult> =>
  applyImport(getDatabase(), organisationId, preview);

/** Writes a file for every automatic backup not yet in the backup folder, then prunes the folder. */
export const mirrorAutomaticBackups = (folder: BackupFilePort, password: string | null): Promise<MirrorResult> =>
  mirrorAutoBackups(getDatabase(), folder, { password });

/**
 * The bytes "Save a copy" writes for an automatic backup: encrypted with the backup password when
 * one is set (as the file in the backup folder is), so a copy never leaves the app less protected.
 */
export const automaticBackupCopy = async (id: string, password: string | null): Promise<Uint8Array | undefined> => {
  const bytes = await readAutoBackup(getDatabase(), id);
  return bytes && password !== null ? encryptBackupBytes(bytes, password) : bytes;
};

/** Whether the app's database holds no organisation (a new or emptied database). */
export const appDatabaseIsEmpty = async (): Promise<boolean> => (await getDatabase().organisations.count()) === 0;
export { MIN_TRASH_RETENTION_DAYS, MAX_TRASH_RETENTION_DAYS, TRASH_TABLES, type TrashItem } from './trash';
