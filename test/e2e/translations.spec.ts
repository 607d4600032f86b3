import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SECTION_LOAD_MS } from './pages/AppShell';
import { ExamplesPage } from './pages/ExamplesPage';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const shoot = async (page: Page, name: string): Promise<void> => {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });
};

test('the Translations screen lists the printed text in each document language and saves a translation from the keyboard', async ({
  shell,
}) => {
  test.setTimeout(180_000);
  const page = shell.page;
  const examples = new ExamplesPage(page);
  await examples.load('LuxCloud — cloud services, controller privacy policy', 'LuxCloud S.A.');
  await shell.goTo('Translations');
  await expect(shell.heading).toHaveText('Translations');
  // The example publishes in English and French and its tables translate every printed text.
  await expect(page.getByText('Every text is translated')).toBeVisible({ timeout: SECTION_LOAD_MS });
  const row = page
    .locator('[data-translation-row]')
    .filter({ hasText: 'Until the end of our business relationship' })
    .first();
  const french = row.getByRole('textbox', { name: 'FR' });
  await expect(french).toHaveValue('Jusqu’à la fin de notre relation commerciale');
  await shoot(page, 'translations-en');

  // Clearing the French marks it missing; typing it back (keyboard only) and leaving the field saves it.
  await french.fill('');
  await french.press('Tab');
  await expect(page.getByText('1 translation missing')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Missing translations only' }).check();
  await expect(page.locator('[data-translation-row]')).toHaveCount(1);
  const missing = page.getByRole('textbox', { name: 'FR — missing' });
  await missing.focus();
  await page.keyboard.type('Jusqu’à la fin de notre relation commerciale');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Nothing to translate here.')).toBeVisible();

  await page.getByRole('button', { name: 'Settings menu' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await page.getByRole('checkbox', { name: 'Traductions manquantes seulement' }).uncheck();
  await expect(page.getByText('Tous les textes sont traduits')).toBeVisible();
  await shoot(page, 'translations-fr');
});
