import { expect, type Locator, type Page } from '@playwright/test';
import { SettingsScreens } from './settings-screens';

/** The main database's name, as the app opens it (renderer/src/data/db.ts). */
const MAIN_DATABASE = 'dpo-desk';

/** Settings → Backup folder, the start screens that restore from it, and what the browser holds. */
export class BackupFolderScreens {
  readonly settings: SettingsScreens;
  constructor(readonly page: Page) {
    this.settings = new SettingsScreens(page);
  }

  get card(): Locator {
    return this.page.getByTestId('backup-folder-card');
  }

  get files(): Locator {
    return this.page.getByRole('table', { name: 'Backup files' });
  }

  /** The stand-in for a picked folder: the origin-private file system, chosen through its real button. */
  async useOriginPrivateFolder(): Promise<void> {
    await this.settings.open();
    await this.card.getByRole('button', { name: "Keep them in the browser's private file storage" }).click();
    await expect(this.card.locator('[data-backup-folder="origin-private"]')).toBeVisible();
  }

  /** Waits until the Settings card lists at least one backup file (they are written after the daily backup). */
  async waitForBackupFile(): Promise<void> {
    await this.settings.open();
    await expect(async () => {
      await this.card.getByRole('button', { name: 'Refresh' }).click();
      await expect(this.files.locator('[data-backup-file]').first()).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
  }

  /** Names of the backup files in the origin-private folder, read by the browser itself. */
  async originPrivateFileNames(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle('dpo-desk-backups', { create: true });
      const names: string[] = [];
      for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
      return names.sort();
    });
  }

  /** Deletes the app's main IndexedDB database (the app's own connection closes on request). */
  async deleteMainDatabase(): Promise<void> {
    await this.page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error('delete failed'));
        }),
      MAIN_DATABASE,
    );
  }

  /** Makes the main database look written by a newer DPO Desk (a higher IndexedDB version). */
  async makeMainDatabaseNewer(): Promise<void> {
    await this.page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name, 1000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        }),
      MAIN_DATABASE,
    );
  }

  async mainDatabaseNames(): Promise<string[]> {
    return this.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').sort());
  }

  /** On a start screen: restores the newest file listed, then opens the app. */
  async restoreNewestFromStartScreen(): Promise<void> {
    const row = this.files.locator('[data-backup-file]').first();
    await row.getByRole('button', { name: 'Restore' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await expect(this.page.getByRole('alert').filter({ hasText: 'Your records are back' })).toBeVisible();
  }

  async openAppAfterRestore(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open DPO Desk' }).click();
  }
}
