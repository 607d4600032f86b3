import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { SECTION_LOAD_MS } from './pages/AppShell';

/** The side navigation in German, in its order: every section of the app. */
const GERMAN_SECTIONS = [
  'Was ansteht',
  'Organisationen',
  'Verarbeitungstätigkeiten',
  'Empfänger',
  'Auftragsverarbeiter',
  'Übermittlungen',
  'Kontakte',
  'TOM',
  'Datenpannen',
  'Anträge',
  'Dokumente',
  'Prüfungen',
  'Übersetzungen',
  'Einstellungen',
] as const;

/**
 * Words of the English interface that German never writes: one on a German screen is a string the
 * German files lack. Whole words, case-sensitive for the interface words.
 */
const ENGLISH_WORDS =
  /\b(the|and|of|with|your|Save|Cancel|Delete|Search|Loading|Settings|Records?|Processing|Breaches|Requests|None|Not set|Yes)\b/;

/**
 * The main area's visible text in the interface language: a record's text in another language
 * (an editor shows a field's translations under it, marked with their `lang`) is the record's,
 * not the interface's.
 */
const interfaceText = (page: Page): Promise<string> =>
  page.getByRole('main').evaluate((main) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.checkVisibility()) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (lang.startsWith('de')) parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });

/**
 * The main area's text once it has settled (two reads in a row agree: lists and linked records
 * fill in a moment after the heading), and the first English word in it.
 */
const englishOnScreen = async (page: Page): Promise<string | undefined> => {
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await interfaceText(page);
        const settled = now !== '' && now === previous;
        previous = now;
        return settled;
      },
      { timeout: SECTION_LOAD_MS, intervals: [200, 300, 500] },
    )
    .toBe(true);
  return ENGLISH_WORDS.exec(previous)?.[0];
};

test('the German interface shows no English on any screen of the German example', async ({ shell }) => {
  test.setTimeout(240_000);
  const page = shell.page;
  // The interface language is chosen from the app bar's menu, as a user would.
  await page.getByRole('button', { name: 'Settings menu' }).click();
  await page.getByRole('menuitem', { name: 'Deutsch' }).click();
  await expect(page.getByRole('navigation', { name: 'Bereiche des Verzeichnisses' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // The German example, loaded through the German dialog.
  await page.getByRole('link', { name: 'Organisationen', exact: true }).click();
  await page.getByRole('button', { name: 'Beispiel-Arbeitsbereich laden' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Beispiel-Arbeitsbereiche' });
  await dialog.getByRole('button', { name: /^Beispiel „Hetzner/ }).click();
  await expect(dialog).toBeHidden({ timeout: SECTION_LOAD_MS });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verarbeitungstätigkeiten', {
    timeout: SECTION_LOAD_MS,
  });

  const nav = page.getByRole('navigation', { name: 'Bereiche des Verzeichnisses' });
  const found: string[] = [];
  for (const section of GERMAN_SECTIONS) {
    await nav.getByRole('link', { name: section, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: SECTION_LOAD_MS });
    const word = await englishOnScreen(page);
    if (word) found.push(`${section}: ${word}`);
  }

  // A record's own page and its form, where most field labels are.
  await nav.getByRole('link', { name: 'Verarbeitungstätigkeiten', exact: true }).click();
  await page.getByRole('gridcell', { name: 'Direkte Kommunikation mit uns' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Direkte Kommunikation mit uns', {
    timeout: SECTION_LOAD_MS,
  });
  const activityWord = await englishOnScreen(page);
  if (activityWord) found.push(`Tätigkeit: ${activityWord}`);
  await page.getByRole('link', { name: 'Bearbeiten' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Name der Tätigkeit' })).toBeVisible({ timeout: SECTION_LOAD_MS });
  const formWord = await englishOnScreen(page);
  if (formWord) found.push(`Formular der Tätigkeit: ${formWord}`);

  expect(found).toEqual([]);
});
