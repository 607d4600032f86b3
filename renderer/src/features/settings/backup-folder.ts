import { mirrorAutomaticBackups, type MirrorResult } from '../../data/app-database';
import { getPlatform } from '../../platform';

/**
 * Copies the automatic backups not yet in the backup folder there (encrypted when a backup
 * password is kept), then prunes the folder. Null when there is no usable folder. When a password
 * was set but can no longer be read, it throws rather than write the files unencrypted.
 */
export const mirrorBackupsToFolder = async (): Promise<MirrorResult | null> => {
  const folder = getPlatform().backupFolder;
  const status = await folder.status();
  if (status.access !== 'granted') return null;
  const password = await folder.readPassword();
  return mirrorAutomaticBackups(folder, password);
};

const NOTICE_KEY = 'dpo-desk.backups-only-in-browser-noticed';

/** The "backups live only inside this browser" notice is shown once per browser profile. */
export const takeOnlyInBrowserNotice = (): boolean => {
  if (globalThis.localStorage?.getItem(NOTICE_KEY) === 'yes') return false;
  globalThis.localStorage?.setItem(NOTICE_KEY, 'yes');
  return true;
};
