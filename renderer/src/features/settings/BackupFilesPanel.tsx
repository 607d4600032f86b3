import DialogContentText from '@mui/material/DialogContentText';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { autoBackupFileName } from '../../../../electron/shared/backup-files';
import { inspectBackupFile, replaceDatabaseFromBackup, restoreBackup } from '../../data/app-database';
import { getPlatform, type AutoBackupFileEntry } from '../../platform';
import { mirrorBackupsToFolder } from './backup-folder';
import { BackupsList, type RestoreListed } from './BackupsList';
import { formatDateTime } from './save-backup';
import { appVersion } from './use-app-info';
import { errorMessage } from '../../domain/values';

export type RestoredOutcome = { date: string; rescueName: string | null };

/**
 * The backup files found in the backup folder, each restorable. `replaceDatabase`: the app's
 * database cannot be used (newer, damaged), so the restore replaces it; otherwise the file is
 * restored into the open database like any backup (inspect, safety backup, all or nothing).
 */
export const BackupFilesPanel = ({
  files,
  replaceDatabase,
  onRestored,
}: {
  files: AutoBackupFileEntry[];
  replaceDatabase: boolean;
  onRestored(outcome: RestoredOutcome): void;
}) => {
  const { t, i18n } = useTranslation('backup-folder');
  const [keptPassword, setKeptPassword] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    getPlatform()
      .backupFolder.readPassword()
      .then((p) => live && setKeptPassword(p))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const run: RestoreListed<AutoBackupFileEntry> = async (file, password, onProgress) => {
    const done = (rescueName: string | null) => {
      onRestored({ date: formatDateTime(file.createdAt, i18n.language), rescueName });
      return null;
    };
    try {
      const folder = getPlatform().backupFolder;
      const bytes = await folder.read(file.name);
      const version = await appVersion();
      const secret = file.encrypted ? password : undefined;
      if (replaceDatabase) {
        const result = await replaceDatabaseFromBackup(bytes, secret, version, onProgress);
        if (!result.ok && result.stage === 'inspect') return { kind: 'confirm', password, error: result.error };
        let rescueName: string | null = null;
        if (result.rescue) {
          rescueName = autoBackupFileName(new Date().toISOString(), 'before-restore', false);
          await folder.write(rescueName, result.rescue.bytes).catch(() => (rescueName = null));
        }
        return result.ok ? done(rescueName) : { kind: 'failed', message: result.message };
      }
      const inspected = await inspectBackupFile(bytes, secret);
      if (!inspected.ok) return { kind: 'confirm', password, error: inspected.error };
      const applied = await restoreBackup(inspected.plan, 'replace', version, onProgress);
      if (!applied.ok) return { kind: 'failed', message: applied.error.message };
      // The safety backup taken before the restore goes to the folder too.
      await mirrorBackupsToFolder().catch(() => undefined);
      return done(null);
    } catch (e) {
      return { kind: 'failed', message: errorMessage(e) };
    }
  };

  return (
    <BackupsList
      label={t('files.table')}
      none={t('files.none')}
      items={files}
      itemKey={(file) => file.name}
      encrypted={(file) => file.encrypted}
      keptPassword={keptPassword ?? ''}
      body={<DialogContentText>{replaceDatabase ? t('restore.replace') : t('restore.inApp')}</DialogContentText>}
      failedText={(reason) => t('restore.failed', { reason })}
      onRestore={run}
    />
  );
};
