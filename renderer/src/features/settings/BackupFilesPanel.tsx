import DialogContentText from '@mui/material/DialogContentText';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { autoBackupFileName } from '../../../../electron/shared/backup-files';
import {
  inspectBackupFile,
  replaceDatabaseFromBackup,
  restoreBackup,
  type ReplaceDatabaseResult,
} from '../../data/app-database';
import { getPlatform, type AutoBackupFileEntry } from '../../platform';
import { mirrorBackupsToFolder } from './backup-folder';
import { BackupsList, useRestoreStep } from './BackupsList';
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
  const restoring = useRestoreStep<AutoBackupFileEntry>();
  const { setStep } = restoring;
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

  const run = async (file: AutoBackupFileEntry, password: string) => {
    const onProgress = restoring.applying(file);
    try {
      const folder = getPlatform().backupFolder;
      const bytes = await folder.read(file.name);
      const version = await appVersion();
      const secret = file.encrypted ? password : undefined;
      if (replaceDatabase) {
        const result: ReplaceDatabaseResult = await replaceDatabaseFromBackup(bytes, secret, version, onProgress);
        let rescueName: string | null = null;
        if (result.ok || result.stage === 'write') {
          if (result.rescue) {
            const createdAt = new Date().toISOString();
            rescueName = autoBackupFileName(createdAt, 'before-restore', false);
            await folder.write(rescueName, result.rescue.bytes).catch(() => (rescueName = null));
          }
        }
        if (!result.ok) {
          if (result.stage === 'inspect') setStep({ kind: 'confirm', item: file, password, error: result.error });
          else setStep({ kind: 'failed', item: file, message: result.message });
          return;
        }
        setStep(null);
        onRestored({ date: formatDateTime(file.createdAt, i18n.language), rescueName });
        return;
      }
      const inspected = await inspectBackupFile(bytes, secret);
      if (!inspected.ok) {
        setStep({ kind: 'confirm', item: file, password, error: inspected.error });
        return;
      }
      const applied = await restoreBackup(inspected.plan, 'replace', version, onProgress);
      if (!applied.ok) {
        setStep({ kind: 'failed', item: file, message: applied.error.message });
        return;
      }
      // The safety backup taken before the restore goes to the folder too.
      await mirrorBackupsToFolder().catch(() => undefined);
      setStep(null);
      onRestored({ date: formatDateTime(file.createdAt, i18n.language), rescueName: null });
    } catch (e) {
      setStep({ kind: 'failed', item: file, message: errorMessage(e) });
    }
  };

  return (
    <BackupsList
      label={t('files.table')}
      none={t('files.none')}
      items={files}
      itemKey={(file) => file.name}
      encrypted={(file) => file.encrypted}
      restoring={restoring}
      keptPassword={keptPassword ?? ''}
      body={<DialogContentText>{replaceDatabase ? t('restore.replace') : t('restore.inApp')}</DialogContentText>}
      failedText={(reason) => t('restore.failed', { reason })}
      onRestore={(file, password) => void run(file, password)}
    />
  );
};
