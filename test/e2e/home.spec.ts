import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { breachSchema } from '../../renderer/src/domain/breach';
import { expect, test } from './fixtures';
import { SECTION_LOAD_MS } from './pages/AppShell';
import { ExamplesPage } from './pages/ExamplesPage';
import { HomePage } from './pages/HomePage';

const SHOTS = fileURLToPath(new URL('../artifacts/home/', import.meta.url));
const TIXEO = { title: 'Tixeo — video conferencing, controller privacy policy', name: 'Tixeo SAS' };
const LUXCLOUD = { title: 'LuxCloud — cloud services, controller privacy policy', name: 'LuxCloud S.A.' };

/**
 * Writes one breach, valid by its schema, straight into the app's IndexedDB store (the breach
 * editor is another branch's work): the home screen's worker must find it there like any record.
 */
const storeBreach = async (page: Page, organisationId: string, awareAt: string): Promise<string> => {
  const now = new Date().toISOString();
  const breach = breachSchema.parse({
    id: 'e2e-breach-1',
    organisationId,
    createdAt: now,
    updatedAt: now,
    revision: 1,
    deletedAt: null,
    title: 'Stolen laptop',
    awareAt,
    timeZone: 'Europe/Paris',
  });
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dpo-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('breaches', 'readwrite');
          tx.objectStore('breaches').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    breach,
  );
  return breach.id;
};

test('the home screen shows what is due and where the data goes, in English and French, light and dark', async ({
  shell,
}) => {
  test.setTimeout(300_000);
  await mkdir(SHOTS, { recursive: true });
  const page = shell.page;
  const examples = new ExamplesPage(page);
  const home = new HomePage(page);
  await examples.load(TIXEO.title, TIXEO.name);

  // Once an organisation exists, the app opens on what is due.
  await page.goto('/#/');
  await expect(page).toHaveURL(/#\/home$/, { timeout: SECTION_LOAD_MS });
  await expect(shell.heading).toHaveText('What is due');
  await home.waitUntilRead();

  // Tixeo's register is not complete: its completeness is the line to do, and it opens the checks.
  await expect(home.line('completeness')).toHaveCount(1);
  await expect(home.line('completeness')).toContainText(/Register \d+ % complete/);
  await expect(page.locator('[data-count="info"]')).toHaveText('1 to do');
  await expect(page.locator('[data-count="overdue"]')).toHaveText('0 overdue');

  // The map: Tixeo's processors host in France (EEA) and Switzerland (adequacy decision).
  await expect(home.map).toBeVisible({ timeout: SECTION_LOAD_MS });
  await expect(home.country('FR')).toHaveAttribute('data-status', 'eea');
  await expect(home.country('CH')).toHaveAttribute('data-status', 'adequate');
  await expect(home.map.locator('[data-country]')).toHaveCount(2);
  await expect(home.countryListItem('CH')).toContainText('Switzerland');
  await expect(home.countryListItem('FR')).toContainText('France');
  await home.country('CH').focus();
  await expect(home.pointed).toHaveText('Switzerland: Adequacy decision');

  // A breach the DPO became aware of ten hours ago: its 72-hour line comes first, and opens it.
  const orgId = await page.evaluate(() => localStorage.getItem('dpo-desk.currentOrganisation'));
  expect(orgId).not.toBeNull();
  const awareAt = new Date(Date.now() - 10 * 3_600_000).toISOString();
  const breachId = await storeBreach(page, orgId ?? '', awareAt);
  await shell.goTo('Processing activities');
  await home.open();
  await expect(home.lines).toHaveCount(2);
  await expect(home.lines.first()).toHaveAttribute('data-due-line', 'breach_clock');
  await expect(home.lines.first()).toContainText(/Breach “Stolen laptop”: (61|62) h left to notify the authority/);
  await expect(home.lines.first()).toHaveAttribute('href', `#/breaches/${breachId}`);
  await expect(page.locator('[data-count="due_soon"]')).toHaveText('1 due soon');

  // The list is one tab stop; the arrow keys move between its lines, Enter opens one.
  await home.lines.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(home.line('completeness')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(home.lines.first()).toBeFocused();
  await page.screenshot({ path: `${SHOTS}home-en-light.png`, fullPage: true });
  await home.line('completeness').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/checks$/);

  // Across client workspaces: a second organisation's lines join the list, each naming its organisation.
  await examples.load(LUXCLOUD.title, LUXCLOUD.name);
  await home.open();
  await page.getByRole('button', { name: 'All organisations (2)' }).click();
  await expect(home.line('completeness')).toHaveCount(2);
  await expect(home.list).toContainText('Tixeo SAS');
  await expect(home.list).toContainText('LuxCloud S.A.');
  await expect(home.lines.first()).toHaveAttribute('data-due-line', 'breach_clock');
  await page.getByRole('button', { name: 'LuxCloud S.A.' }).click();
  await expect(home.lines).toHaveCount(1);
  await expect(page.locator('[data-map-empty]')).toHaveText(
    'No processor, sub-processor or transfer country is recorded yet.',
  );

  // French, dark: same lines, French wording and typography.
  await page.evaluate(() => {
    localStorage.setItem('dpo-desk.language', 'fr');
    localStorage.setItem('dpo-desk.theme', 'dark');
  });
  await page.goto('/#/home?scope=all');
  await shell.reload();
  await expect(shell.heading).toHaveText('Échéances', { timeout: SECTION_LOAD_MS });
  await home.waitUntilRead();
  await expect(home.lines.first()).toContainText(/Violation « Stolen laptop » : (61|62) h restantes/);
  await expect(home.line('completeness').first()).toContainText(/Registre complet à \d+ %/);
  await expect(home.country('CH')).toHaveAttribute('data-status', 'adequate');
  await expect(home.countryListItem('CH')).toContainText('Suisse');
  await page.screenshot({ path: `${SHOTS}home-fr-dark.png`, fullPage: true });
  await page.evaluate(() => localStorage.setItem('dpo-desk.theme', 'light'));
  await shell.reload();
  await home.waitUntilRead();
  await expect(home.map).toBeVisible({ timeout: SECTION_LOAD_MS });
  await page.screenshot({ path: `${SHOTS}home-fr-light.png`, fullPage: true });
  await page.evaluate(() => {
    localStorage.setItem('dpo-desk.language', 'en');
    localStorage.setItem('dpo-desk.theme', 'dark');
  });
  await shell.reload();
  await home.waitUntilRead();
  await expect(home.map).toBeVisible({ timeout: SECTION_LOAD_MS });
  await page.screenshot({ path: `${SHOTS}home-en-dark.png`, fullPage: true });
});
