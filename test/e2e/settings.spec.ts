import { expect, test } from './fixtures';
import { OrganisationScreens } from './pages/OrganisationScreens';
import { autoBackupReasons, dumpDatabase, waitForDailyBackup } from './pages/settings-idb';
import { SettingsScreens } from './pages/settings-screens';

test.describe('history and automatic backups', () => {
  test.describe.configure({ timeout: 120_000 });

  test("a record's history shows the change field by field, and an earlier version can be restored", async ({
    shell,
  }) => {
    const page = shell.page;
    const orgs = new OrganisationScreens(page);
    await orgs.create({ name: 'Utixo SARL', city: 'Nantes' });
    await orgs.edit();
    await orgs.fill('City', 'Rennes');
    await orgs.save();
    await expect(page.getByText('Rennes')).toBeVisible();

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History of “Utixo SARL”' });
    const changes = dialog.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem');
    await expect(changes).toHaveCount(2);
    await expect(changes.first()).toContainText('Changed');
    await expect(changes.first().getByRole('row', { name: /Address/ })).toContainText('Nantes');
    await expect(changes.first().getByRole('row', { name: /Address/ })).toContainText('Rennes');

    await changes.nth(1).getByRole('button', { name: 'Restore this version' }).click();
    await page.getByRole('dialog', { name: 'Restore this version?' }).getByRole('button', { name: 'Restore' }).click();
    await expect(changes).toHaveCount(3);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText('Nantes')).toBeVisible();
    const dump = await dumpDatabase(page);
    expect((dump.organisations as { address: { city: string } }[])[0]?.address.city).toBe('Nantes');
  });

  test('an automatic backup restores the data as it was, after a safety copy of the present', async ({ shell }) => {
    const page = shell.page;
    const orgs = new OrganisationScreens(page);
    await orgs.create({ name: 'Tixeo SAS' });
    // The daily backup is taken at start-up once there is something to back up.
    await shell.reload();
    await waitForDailyBackup(page);
    await orgs.openList();
    await orgs.openRecord('Tixeo SAS');
    await orgs.deleteConfirmed();

    const settings = new SettingsScreens(page);
    await settings.open();
    const table = page.getByRole('table', { name: 'Automatic backups' });
    await expect(table.getByRole('row', { name: /Daily backup/ })).toBeVisible();
    await table
      .getByRole('row', { name: /Daily backup/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await expect(settings.dialog).toContainText('A safety backup of your data as it is now is taken first');
    await settings.dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(shell.notice).toContainText('Your data is back as it was on');
    await expect(table.getByRole('row', { name: /Before a restore/ })).toBeVisible();

    await orgs.openList();
    await expect(orgs.row('Tixeo SAS')).toBeVisible();
    const dump = await dumpDatabase(page);
    expect(autoBackupReasons(dump).sort()).toEqual(['before-restore', 'daily']);
  });

  test('the retention of automatic backups is a setting that is kept', async ({ shell }) => {
    const settings = new SettingsScreens(shell.page);
    await settings.open();
    const field = shell.page.getByLabel('Keep automatic backups for');
    await expect(field).toHaveValue('30');
    await field.fill('0');
    await expect(shell.page.getByText('Enter a whole number of days between 1 and 3650.')).toBeVisible();
    await field.fill('90');
    await field.press('Enter');
    await expect(shell.notice).toContainText('kept for 90 days');
    await shell.reload();
    await settings.open();
    await expect(shell.page.getByLabel('Keep automatic backups for')).toHaveValue('90');
  });
});
