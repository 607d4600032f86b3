import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import enCommon from '../../assets/i18n/en/common.json' with { type: 'json' };
import frCommon from '../../assets/i18n/fr/common.json' with { type: 'json' };
import enDocuments from '../../assets/i18n/en/documents.json' with { type: 'json' };
import frDocuments from '../../assets/i18n/fr/documents.json' with { type: 'json' };
import { EXAMPLES } from '../../renderer/src/examples';
import { expect, test } from './fixtures';
import { SECTION_LOAD_MS, type AppShell } from './pages/AppShell';
import { ExamplesPage } from './pages/ExamplesPage';

/**
 * Accessibility (issue 15): every screen has no serious or critical axe-core violation (WCAG 2 A
 * and AA rules), and a screenshot of each is kept in test/artifacts/screens/ for a person to look at.
 * Each screen is checked once: the lists in English with the light theme, each record's page and
 * editor in French with the dark theme, so both languages and both themes are covered in two lean
 * tests. Each test loads one small example (Tixeo: a record of every kind a list can open, and a
 * privacy policy) and switches the language and the theme through the app's own menu, as a user would.
 */

const SCREENS_DIR = fileURLToPath(new URL('../artifacts/screens/', import.meta.url));
const WORDING = {
  en: { common: enCommon, documents: enDocuments },
  fr: { common: frCommon, documents: frDocuments },
} as const;
type Lang = keyof typeof WORDING;
type Theme = 'light' | 'dark';

// The two walks are independent (each its own browser profile): side by side on two workers.
test.describe.configure({ mode: 'parallel' });

/** Sections whose records' show and edit pages are visited (the first row of the list). */
const RESOURCES = [
  'organisations',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'contacts',
  'security-measures',
] as const;
const LISTS = ['home', ...RESOURCES, 'breaches', 'requests', 'checks', 'translations', 'trash', 'settings'] as const;

const TIXEO = EXAMPLES.find((e) => e.slug === 'tixeo');
const POLICY_TITLE = TIXEO?.workspace.documents.find((d) => d.kind === 'privacy_policy')?.title ?? '';

const loadExample = async (shell: AppShell): Promise<void> => {
  if (!TIXEO || !POLICY_TITLE) throw new Error('The Tixeo example and its privacy policy are missing.');
  await new ExamplesPage(shell.page).load(TIXEO.title, TIXEO.workspace.organisation.name);
  await mkdir(SCREENS_DIR, { recursive: true });
};

/** What one test walks through: the page, its language and theme, and the problems found so far. */
class Walk {
  readonly problems: string[] = [];
  constructor(
    readonly shell: AppShell,
    readonly lang: Lang,
    readonly theme: Theme,
  ) {}

  get page() {
    return this.shell.page;
  }

  /** The main area has drawn its screen: a heading, and no spinner left. */
  async settled(): Promise<void> {
    await expect(this.shell.heading).toBeVisible({ timeout: SECTION_LOAD_MS });
    // Indeterminate spinners only: the home screen's clock is a determinate progress bar that stays.
    await expect(this.page.getByRole('main').locator('[role=progressbar]:not([aria-valuenow])')).toHaveCount(0, {
      timeout: SECTION_LOAD_MS,
    });
  }

  async goToSection(path: string): Promise<void> {
    // By its address: the navigation's name and its links' words change with the language.
    await this.page.getByRole('navigation').locator(`a[href="#/${path}"]`).click();
    await expect(this.page).toHaveURL(new RegExp(`#/${path}$`));
    await this.settled();
  }

  /** Same-document navigation (the hash route), never a reload. */
  async goToHash(hash: string): Promise<void> {
    await this.page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await expect(this.page).toHaveURL(new RegExp(`#${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await this.settled();
  }

  async choosePreferences(): Promise<void> {
    const { page, lang, theme } = this;
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
  }

  async check(screen: string): Promise<void> {
    // Violations only: axe skips writing up every passing node, the bulk of its time on a long screen.
    const result = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa'])
      .options({ resultTypes: ['violations'] })
      .analyze();
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5);
      this.problems.push(`${screen}: ${v.id} (${v.impact}) at ${targets.join(' | ')}`);
    }
    await this.page.screenshot({ path: join(SCREENS_DIR, `${this.lang}-${this.theme}-${screen}.png`) });
  }
}

/** The example loaded, then the language and the theme chosen through the app's menu. */
const startWalk = async (shell: AppShell, lang: Lang, theme: Theme): Promise<Walk> => {
  await loadExample(shell);
  const walk = new Walk(shell, lang, theme);
  await walk.choosePreferences();
  return walk;
};

test('English, light theme: no serious or critical axe violation on any list, nor on the export dialog', async ({
  shell,
}) => {
  // About twenty axe runs of several seconds each on a busy two-core machine.
  test.setTimeout(300_000);
  const walk = await startWalk(shell, 'en', 'light');
  for (const section of LISTS) {
    await walk.goToSection(section);
    await walk.check(`${section}-list`);
  }
  await walk.goToSection('documents');
  await walk.check('documents-list');
  await walk.page.getByRole('button', { name: WORDING.en.documents.list.exportRegister }).first().click();
  await expect(walk.page.getByRole('dialog')).toBeVisible();
  await walk.check('export-dialog');
  await walk.page.keyboard.press('Escape');
  await expect(walk.page.getByRole('dialog')).toBeHidden();
  expect(walk.problems, 'serious or critical accessibility violations (English, light theme)').toEqual([]);
});

test('French, dark theme: no serious or critical axe violation on any record’s page or editor, nor on the policy editor', async ({
  shell,
}) => {
  // About twenty axe runs of several seconds each on a busy two-core machine.
  test.setTimeout(300_000);
  const walk = await startWalk(shell, 'fr', 'dark');
  const page = walk.page;
  for (const resource of RESOURCES) {
    await walk.goToSection(resource);
    const row = page
      .getByRole('main')
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell') });
    await row.first().getByRole('gridcell').first().click();
    await expect(page).toHaveURL(new RegExp(`#/${resource}/[^/]+$`));
    await walk.settled();
    await walk.check(`${resource}-show`);
    const showHash = new URL(page.url()).hash.slice(1);
    await walk.goToHash(`${showHash}/edit`);
    await walk.check(`${resource}-edit`);
  }
  await walk.goToSection('documents');
  await page.getByRole('main').getByRole('gridcell', { name: POLICY_TITLE, exact: true }).click();
  await expect(page).toHaveURL(/#\/documents\/policies\/[^/]+$/);
  await walk.settled();
  await walk.check('policy-editor');
  expect(walk.problems, 'serious or critical accessibility violations (French, dark theme)').toEqual([]);
});
