import AxeBuilder from '@axe-core/playwright';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import enCommon from '../../assets/i18n/en/common.json' with { type: 'json' };
import frCommon from '../../assets/i18n/fr/common.json' with { type: 'json' };
import enDocuments from '../../assets/i18n/en/documents.json' with { type: 'json' };
import frDocuments from '../../assets/i18n/fr/documents.json' with { type: 'json' };
import { EXAMPLES } from '../../renderer/src/examples';
import { expect, launchApp, test, type RunningApp } from './fixtures';
import { AppShell, SECTION_LOAD_MS } from './pages/AppShell';
import { ExamplesPage } from './pages/ExamplesPage';

/**
 * Accessibility (issue 15): every screen, in English and French, light and dark, has no serious
 * or critical axe-core violation (WCAG 2 A and AA rules), and a full-page screenshot of each is
 * kept in test/artifacts/screens/ for a person to look at. One example is loaded once; the
 * language and the theme are switched through the app's own settings menu, as a user would.
 */

const SCREENS_DIR = fileURLToPath(new URL('../artifacts/screens/', import.meta.url));
const WORDING = {
  en: { common: enCommon, documents: enDocuments },
  fr: { common: frCommon, documents: frDocuments },
} as const;
type Lang = keyof typeof WORDING;
type Theme = 'light' | 'dark';

/** Sections with one record's show and edit pages visited as well (the first row of the list). */
const RESOURCES = [
  'organisations',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'contacts',
  'security-measures',
] as const;
const LISTS_ONLY = ['home', 'breaches', 'requests', 'checks', 'settings'] as const;

const LUXCLOUD = EXAMPLES.find((e) => e.slug === 'luxcloud');
const POLICY_TITLE = LUXCLOUD?.workspace.documents.find((d) => d.kind === 'privacy_policy')?.title ?? '';

let app: RunningApp;
let profileDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  profileDir = await mkdtemp(join(tmpdir(), 'dpo-desk-a11y-'));
  app = await launchApp(profileDir);
  const shell = new AppShell(app.page);
  await shell.waitUntilReady();
  // LuxCloud has a privacy policy, so the policy editor is among the screens.
  if (!LUXCLOUD || !POLICY_TITLE) throw new Error('The LuxCloud example and its privacy policy are missing.');
  await new ExamplesPage(app.page).load(LUXCLOUD.title, LUXCLOUD.workspace.organisation.name);
  await mkdir(SCREENS_DIR, { recursive: true });
});

test.afterAll(async () => {
  await app?.close().catch(() => undefined);
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

/** The main area has drawn its screen: a heading, and no spinner left. */
const settled = async (): Promise<void> => {
  const page = app.page;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: SECTION_LOAD_MS });
  await expect(page.getByRole('main').getByRole('progressbar')).toHaveCount(0, { timeout: SECTION_LOAD_MS });
};

const goToSection = async (path: string): Promise<void> => {
  const page = app.page;
  await page.getByRole('navigation').locator(`a[href="#/${path}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#/${path}$`));
  await settled();
};

/** Same-document navigation (the hash route), never a reload: the app keeps its language and theme. */
const goToHash = async (hash: string): Promise<void> => {
  await app.page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(app.page).toHaveURL(new RegExp(`#${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await settled();
};

const choosePreferences = async (lang: Lang, theme: Theme): Promise<void> => {
  const page = app.page;
  const menuButton = page.getByRole('banner').locator('button[aria-haspopup="menu"]');
  await menuButton.click();
  await page
    .getByRole('menuitem')
    .and(page.locator(`[lang="${lang}"]`))
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await menuButton.click();
  const themeLabel = theme === 'dark' ? WORDING[lang].common.app.themeDark : WORDING[lang].common.app.themeLight;
  await page.getByRole('menuitem', { name: themeLabel, exact: true }).click();
  await expect(page.getByRole('menu')).toBeHidden();
};

for (const lang of ['en', 'fr'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${lang.toUpperCase()}, ${theme} theme: no serious or critical axe violation on any screen`, async () => {
      test.setTimeout(300_000);
      const page = app.page;
      await choosePreferences(lang, theme);
      const problems: string[] = [];

      const check = async (screen: string): Promise<void> => {
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        for (const v of result.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5);
          problems.push(`${screen}: ${v.id} (${v.impact}) at ${targets.join(' | ')}`);
        }
        await page.screenshot({ path: join(SCREENS_DIR, `${lang}-${theme}-${screen}.png`), fullPage: true });
      };

      for (const section of LISTS_ONLY) {
        await goToSection(section);
        await check(section);
      }
      for (const resource of RESOURCES) {
        await goToSection(resource);
        await check(`${resource}-list`);
        const row = page
          .getByRole('main')
          .getByRole('row')
          .filter({ has: page.getByRole('gridcell') });
        await row.first().getByRole('gridcell').first().click();
        await expect(page).toHaveURL(new RegExp(`#/${resource}/[^/]+$`));
        await settled();
        await check(`${resource}-show`);
        const showHash = new URL(page.url()).hash.slice(1);
        await goToHash(`${showHash}/edit`);
        await check(`${resource}-edit`);
      }

      await goToSection('documents');
      await check('documents-list');
      await page.getByRole('button', { name: WORDING[lang].documents.list.exportRegister }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('export-dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.getByRole('main').getByRole('gridcell', { name: POLICY_TITLE, exact: true }).click();
      await expect(page).toHaveURL(/#\/documents\/policies\/[^/]+$/);
      await settled();
      await check('policy-editor');

      expect(problems, `serious or critical accessibility violations (${lang}, ${theme})`).toEqual([]);
    });
  }
}
