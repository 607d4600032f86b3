import { launchApp, expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { OrganisationScreens } from './pages/OrganisationScreens';

test.describe('organisations', () => {
  test('an organisation created through the UI is still there after a reload, and becomes current', async ({
    shell,
  }) => {
    const orgs = new OrganisationScreens(shell.page);
    await orgs.create({ name: 'Tixeo SAS', city: 'Montpellier' });
    await expect(shell.organisationSwitcher).toContainText('Tixeo SAS');
    await shell.reload();
    await orgs.openList();
    await expect(orgs.row('Tixeo SAS')).toBeVisible();
    await expect(shell.organisationSwitcher).toContainText('Tixeo SAS');
  });

  test('an organisation survives closing the browser and relaunching it on the same profile', async ({
    profileDir,
  }) => {
    const first = await launchApp(profileDir);
    const firstShell = new AppShell(first.page);
    await firstShell.waitUntilReady();
    await new OrganisationScreens(first.page).create({ name: 'Utixo GmbH' });
    await first.close();

    const second = await launchApp(profileDir);
    try {
      const shell = new AppShell(second.page);
      await shell.waitUntilReady();
      const orgs = new OrganisationScreens(second.page);
      await orgs.openList();
      await expect(orgs.row('Utixo GmbH')).toBeVisible();
    } finally {
      await second.close();
    }
  });

  test('cancelling an edit leaves the organisation unchanged; delete asks, then Undo brings it back', async ({
    shell,
  }) => {
    const orgs = new OrganisationScreens(shell.page);
    await orgs.create({ name: 'Acme Legal', city: 'Lyon' });

    await orgs.edit();
    await orgs.fill('Legal name', 'Renamed by mistake');
    await orgs.fill('City', 'Paris');
    await orgs.cancel();
    await orgs.discardChanges();
    await expect(shell.heading).toHaveText('Acme Legal');
    await expect(shell.page.getByText('Lyon')).toBeVisible();
    await shell.reload();
    await expect(shell.heading).toHaveText('Acme Legal');

    // Esc cancels too, after the same question.
    await orgs.edit();
    await orgs.fill('City', 'Marseille');
    await orgs.field('City').press('Escape');
    await orgs.discardChanges();
    await expect(shell.heading).toHaveText('Acme Legal');
    await expect(shell.page.getByText('Lyon')).toBeVisible();

    // Saving a change with Ctrl+S keeps it.
    await orgs.edit();
    await orgs.fill('City', 'Grenoble');
    await orgs.field('City').press('Control+s');
    await expect(shell.heading).toHaveText('Acme Legal');
    await expect(shell.page.getByText('Grenoble')).toBeVisible();

    await orgs.deleteConfirmed();
    await expect(shell.notice).toContainText('“Acme Legal” deleted.');
    await expect(orgs.page.getByText('No organisation yet', { exact: true })).toBeVisible();

    await shell.undo();
    await expect(orgs.row('Acme Legal')).toBeVisible();
  });

  test('an impossible e-mail address is refused with a message on the field, and nothing is saved', async ({
    shell,
  }) => {
    const orgs = new OrganisationScreens(shell.page);
    await orgs.openList();
    await orgs.startCreating('New organisation');
    await orgs.fill('Legal name', 'Bad Mail Ltd');
    await orgs.fill('E-mail', 'not-an-email');
    await orgs.save();

    await expect(orgs.field('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(orgs.fieldError('E-mail')).toHaveText('Enter an e-mail address such as dpo@example.com.');
    await expect(orgs.page.getByText('Nothing was saved.', { exact: false })).toBeVisible();
    await expect(shell.heading).toHaveText('New organisation');

    // Leaving asks first, because the changes are not saved.
    await shell.navigation.getByRole('link', { name: 'Organisations', exact: true }).click();
    const dialog = shell.page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(shell.heading).toHaveText('Organisations');
    await expect(shell.page.getByText('No organisation yet', { exact: true })).toBeVisible();
  });
});
