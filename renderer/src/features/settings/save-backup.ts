import type { CreatedBackup } from '../../data/backup';
import { getPlatform, type SaveFileOutcome } from '../../platform';
import { languageOrEnglish } from '../../domain/languages';
import { formatUiDateTime } from '../../i18n/dates';

/** Saves a backup through the platform: a Save dialog on the desktop, a download on the web. */
export const saveBackup = (backup: Pick<CreatedBackup, 'bytes' | 'fileName'>): Promise<SaveFileOutcome> =>
  getPlatform().saveFile({
    suggestedName: backup.fileName,
    bytes: backup.bytes,
    mimeType: 'application/json',
    filters: [{ name: 'DPO Desk backup', extensions: ['json'] }],
  });

/** "24 KB", "1.3 MB": sizes the way file managers show them. */
export const formatSize = (bytes: number, language: string): string => {
  const nf = (n: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${nf(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024, 0)} KB`;
  return `${nf(bytes / (1024 * 1024), 1)} MB`;
};

export const formatDateTime = (iso: string, language: string): string =>
  formatUiDateTime(iso, languageOrEnglish(language));
