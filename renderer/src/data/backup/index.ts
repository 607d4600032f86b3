export { createBackup, createBackupFile, dumpScope, type CreateBackupOptions, type CreatedBackup } from './create';
export {
  inspectBackup,
  formatPath,
  type InspectResult,
  type InspectOptions,
  type RestorePlan,
  type BackupError,
  type BackupErrorKind,
  type BackupConflict,
} from './inspect';
export {
  applyBackup,
  type ApplyOptions,
  type ApplyProgress,
  type ApplyResult,
  type ApplyCounts,
  type ConflictPolicy,
} from './apply';
export {
  maybeDailyBackup,
  pruneAutoBackups,
  listAutoBackups,
  readAutoBackup,
  inspectAutoBackup,
  restoreAutoBackup,
  type AutoBackupSummary,
  type DailyBackupResult,
} from './auto';
export { readBackupSettings, setBackupRetentionDays, type BackupSettings } from './settings';
export { historyOf, restoreVersion } from './history';
export { exportWorkspaceBackup, purgeWorkspace, type PurgeResult } from './workspace';
export { backupFileSchema, backupJsonSchema, BACKUP_FORMAT, CURRENT_FORMAT_VERSION, type BackupScope } from './format';
export { MIN_PBKDF2_ITERATIONS } from './crypto';
export { dumpEverything } from './database-dump';
