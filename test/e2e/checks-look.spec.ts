import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ChecksPage } from './pages/ChecksPage';

const SHOTS = fileURLToPath(new URL('../artifacts/checks-look/', import.meta.url));

/** Screenshots of the checks in the record, for a person to look at (test/artifacts/checks-look/). */
test('checks screens, as a DPO sees them', async ({ shell }) => {
  test.setTimeout(240_000);
  await mkdir(SHOTS, { recursive: true });
  const page = shell.page;
  const activities = new ActivitiesPage(page);
  const checks = new ChecksPage(page);
  await activities.createOrganisation('Acme SAS');
  await activities.newControllerActivity();
  await page.getByRole('textbox', { name: 'Name of the activity' }).fill('Recruitment');
  await activities.openSection('People & data');
  await activities.add('Data category');
  await activities.group('Data category', 1).getByRole('textbox', { name: 'Category of personal data' }).fill('CVs');
  await activities.openSection('DPIA');
  await page.getByRole('checkbox').nth(3).check();
  await expect(page.locator('[data-dpia-suggestion]')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}dpia.png`, fullPage: true });
  await activities.save();
  await activities.currentId();

  await activities.openList();
  await expect(page.getByRole('row').filter({ hasText: 'Recruitment' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}activity-list.png` });

  await checks.open();
  await expect(checks.finding('activity.retention-missing')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}checks.png`, fullPage: true });
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await page.screenshot({ path: `${SHOTS}checks-by-record.png`, fullPage: true });

  // The same screen in French (the language is kept in local storage).
  await page.evaluate(() => localStorage.setItem('dpo-desk.language', 'fr'));
  await shell.reload();
  await page.goto('/#/checks');
  await expect(page.getByRole('heading', { level: 1, name: 'Contrôles' })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('region', { name: 'Écarts' })).toContainText('art. 30');
  await page.screenshot({ path: `${SHOTS}checks-fr.png`, fullPage: true });
});
