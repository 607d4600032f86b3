import type { Page } from '@playwright/test';
import { expect, launchApp, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { BackupFolderScreens } from './pages/BackupFolderScreens';
import { OrganisationScreens } from './pages/OrganisationScreens';

/**
 * Backups outside the database: with the origin-private file system standing in for a picked
 * folder, the record survives the loss of the main IndexedDB database, or its replacement by a
 * database of a newer version, and comes back through the start screen.
 */
test.describe('backup folder', () => {
  test.describe.configure({ timeout: 180_000 });

  /** A record with one organisation, its daily backup written to the folder; the app closed. */
  const recordWithBackupFile = async (profileDir: string) => {
    const first = await launchApp(profileDir);
    const shell = new AppShell(first.page);
    await shell.waitUntilReady();
    await new OrganisationScreens(first.page).create({ name: 'Acme Conseil SAS', city: 'Lyon' });
    const folder = new BackupFolderScreens(first.page);
    await folder.useOriginPrivateFolder();
    // The daily backup is taken at start once there is an organisation, then copied to the folder.
    await shell.reload();
    await folder.waitForBackupFile();
    const names = await folder.originPrivateFileNames();
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^dpo-desk-auto-\d{4}-\d{2}-\d{2}T[\d-]+Z-daily\.dpodesk-backup\.json$/);
    return { first, folder };
  };

  const expectAcmeBack = async (page: Page) => {
    const shell = new AppShell(page);
    await shell.waitUntilReady();
    const orgs = new OrganisationScreens(page);
    await orgs.openList();
    await expect(orgs.row('Acme Conseil SAS')).toBeVisible();
  };

  test('after the database is deleted, the start screen lists the backup file and restores the record', async ({
    profileDir,
  }) => {
    const { first, folder } = await recordWithBackupFile(profileDir);
    await folder.deleteMainDatabase();
    expect(await folder.mainDatabaseNames()).not.toContain('dpo-desk');
    await first.close();

    const second = await launchApp(profileDir);
    try {
      const page = second.page;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No record found — but backup files exist', {
        timeout: 45_000,
      });
      const screens = new BackupFolderScreens(page);
      const row = screens.files.locator('[data-backup-file]').first();
      await expect(row).toContainText('Daily backup');
      await expect(row).toContainText('No');
      await screens.restoreNewestFromStartScreen();
      await screens.openAppAfterRestore();
      await expectAcmeBack(page);
    } finally {
      await second.close();
    }
  });

  test('when the database was written by a newer version, the start screen replaces it from the backup file', async ({
    profileDir,
  }) => {
    const { first, folder } = await recordWithBackupFile(profileDir);
    await folder.makeMainDatabaseNewer();
    await first.close();

    const second = await launchApp(profileDir);
    try {
      const page = second.page;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'This data was written by a newer version of DPO Desk',
        { timeout: 45_000 },
      );
      const screens = new BackupFolderScreens(page);
      await expect(page.getByRole('heading', { name: 'Restore from the backup folder' })).toBeVisible();
      await screens.restoreNewestFromStartScreen();
      // What the newer database held is kept as a file before it is replaced.
      await expect(page.getByText(/What could still be read of the previous database was kept/)).toBeVisible();
      expect(
        (await screens.originPrivateFileNames()).some((n) => n.endsWith('-before-restore.dpodesk-backup.json')),
      ).toBe(true);
      await screens.openAppAfterRestore();
      await expectAcmeBack(page);
    } finally {
      await second.close();
    }
  });
});
