import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BreachScreens, RequestScreens } from './pages/LogScreens';
import { OrganisationScreens } from './pages/OrganisationScreens';
import { dumpDatabase } from './pages/settings-idb';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Two hours ago on the browser's wall clock, as a date-time input takes it (YYYY-MM-DDTHH:mm). */
const twoHoursAgoLocal = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const d = new Date(Date.now() - 2 * 3_600_000);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  });

const shoot = async (page: Page, name: string): Promise<void> => {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });
};

test.describe('the breach register and the request log', () => {
  test('a breach and a request entered with the keyboard show their clocks, persist, and delete with undo', async ({
    shell,
  }) => {
    await new OrganisationScreens(shell.page).create({ name: 'Tixeo SAS' });

    const breaches = new BreachScreens(shell.page);
    await breaches.create({
      title: 'Payslips sent to the wrong employee',
      awareAt: await twoHoursAgoLocal(shell.page),
    });
    // Aware two hours ago: about 70 of the 72 hours are left.
    await expect(breaches.clock).toContainText(/72-hour clock: (69|70) h \d+ min left/);
    await shoot(shell.page, 'breach-show-en');

    const requests = new RequestScreens(shell.page);
    await requests.create({ requester: 'Paul Martin', receivedOn: '2026-03-31', right: 'Access (Art. 15)' });
    // One month from 31 March is 30 April (no 31 April), a Thursday: no working-day shift.
    await expect(requests.due).toContainText('Answer due by 30 April 2026');
    await expect(requests.due).toContainText(/days overdue/);
    await shoot(shell.page, 'request-show-en');

    await shell.reload();
    await breaches.openList();
    await expect(breaches.nameCell('Payslips sent to the wrong employee')).toBeVisible();
    await expect(breaches.row('69 h').or(breaches.row('70 h'))).toBeVisible();
    await shoot(shell.page, 'breach-list-en');
    await requests.openList();
    await expect(requests.nameCell('Paul Martin')).toBeVisible();
    await expect(requests.row('30 April 2026')).toBeVisible();
    await shoot(shell.page, 'request-list-en');

    await requests.openRecord('Paul Martin');
    await requests.deleteConfirmed();
    await expect(requests.nameCell('Paul Martin')).toBeHidden();
    await shell.undo();
    await expect(requests.nameCell('Paul Martin')).toBeVisible();
  });

  test('a breach not notified needs its reasons, named on the field; screens in English and French', async ({
    shell,
  }) => {
    await new OrganisationScreens(shell.page).create({ name: 'Tixeo SAS' });
    const breaches = new BreachScreens(shell.page);
    await breaches.openList();
    await breaches.startCreating('New breach');
    await breaches.fill('Title', 'Laptop stolen from a car');
    await breaches.fillDateTime('Aware at', '2026-03-02T09:30');
    await breaches.choose('Notify the authority?', 'No: unlikely to result in a risk');
    await breaches.save();
    await expect(breaches.fieldError('Why the authority is not notified')).toBeVisible();
    await shoot(shell.page, 'breach-edit-en');
    await breaches.fill(
      'Why the authority is not notified',
      'The disk was encrypted and the key was not on the laptop.',
    );
    await breaches.save();
    await expect(breaches.shell.heading).toHaveText('Laptop stolen from a car');
    await expect(breaches.clock).toContainText('Not notified (decision)');

    await shell.page.getByRole('button', { name: 'Settings menu' }).click();
    await shell.page.getByRole('menuitem', { name: 'Français' }).click();
    await expect(shell.page.getByRole('status', { name: 'Délai de 72 heures' })).toContainText(
      'Non notifiée (décision)',
    );
    // The 72-hour deadline in the French order, never the stored ISO text.
    await expect(shell.page.getByRole('status', { name: 'Délai de 72 heures' })).toContainText('5 mars 2026, 09:30');
    await shoot(shell.page, 'breach-show-fr');
    await shell.page.getByRole('link', { name: 'Modifier' }).click();
    await expect(shell.page.locator('form')).toBeVisible();
    await shoot(shell.page, 'breach-edit-fr');
    // A date and time typed in the French order (JJ/MM/AAAA hh:mm) is the organisation's wall clock,
    // stored as an instant with its offset and shown back in French.
    await breaches.fillDateTime('Connaissance le', '2026-03-03T10:15');
    await expect(breaches.form.getByRole('group', { name: /^Connaissance le/ })).toContainText('03/03/2026 10:15');
    await shell.page.keyboard.press('Control+s');
    await expect(shell.page.getByRole('status', { name: 'Délai de 72 heures' })).toContainText('6 mars 2026, 10:15');
    const stored = (await dumpDatabase(shell.page)).breaches ?? [];
    expect(stored.map((b) => (b as { awareAt?: unknown }).awareAt)).toEqual([
      expect.stringMatching(/^2026-03-03T10:15:00[+-]\d{2}:\d{2}$/),
    ]);
    await shell.page.getByRole('link', { name: 'Modifier' }).click();
    await expect(breaches.form.getByRole('group', { name: /^Connaissance le/ })).toContainText('03/03/2026 10:15');
    await shell.page
      .getByRole('navigation', { name: 'Rubriques du registre' })
      .getByRole('link', { name: 'Violations' })
      .click();
    await expect(shell.page.getByRole('heading', { level: 1 })).toHaveText('Violations');
    await shoot(shell.page, 'breach-list-fr');
    await shell.page
      .getByRole('navigation', { name: 'Rubriques du registre' })
      .getByRole('link', { name: 'Demandes' })
      .click();
    await shell.page.getByRole('link', { name: 'Nouvelle demande' }).first().click();
    await expect(shell.page.locator('form')).toBeVisible();
    await shoot(shell.page, 'request-edit-fr');
  });
});
