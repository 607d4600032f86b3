import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import enCommon from '../../assets/i18n/en/common.json' with { type: 'json' };
import frCommon from '../../assets/i18n/fr/common.json' with { type: 'json' };
import enDocuments from '../../assets/i18n/en/documents.json' with { type: 'json' };
import frDocuments from '../../assets/i18n/fr/documents.json' with { type: 'json' };
import enHistory from '../../assets/i18n/en/history.json' with { type: 'json' };
import frHistory from '../../assets/i18n/fr/history.json' with { type: 'json' };
import enTemplates from '../../assets/i18n/en/templates.json' with { type: 'json' };
import frTemplates from '../../assets/i18n/fr/templates.json' with { type: 'json' };
import { breachSchema } from '../../renderer/src/domain/breach';
import { requestSchema } from '../../renderer/src/domain/data-subject-request';
import { EXAMPLES } from '../../renderer/src/examples';
import { expect, test } from './fixtures';
import { SECTION_LOAD_MS, type AppShell } from './pages/AppShell';
import { ExamplesPage } from './pages/ExamplesPage';
import { layoutFaults } from './pages/layout-faults';
import { currentOrganisationId, storeRows } from './pages/stored-records';

/**
 * Accessibility (issue 15): every screen a user can reach has no serious or critical axe-core
 * violation (WCAG 2 A and AA rules) in English and French, light and dark, and a screenshot of each
 * combination is kept in test/artifacts/screens/ as <screen>.<language>.<theme>.png for a person to
 * look at. Two walks side by side, one per language: each visits every screen once, checks it in the
 * theme it is in, switches the theme in place through the app's own menu and checks it again (the
 * next screen starts in the theme the last one ended in, so one switch per screen).
 *
 * Each walk loads one small example (Tixeo: a record of every kind a list can open, and a privacy
 * policy) and adds what no example holds: a breach, a request and a deleted breach for the trash.
 *
 * Left out, with the reason: the "new record" editors (the same form component as each record's
 * editor, empty); the restore, purge and confirmation dialogs (a question and two buttons, the same
 * ConfirmDialog everywhere); the snapshot comparison (it needs two snapshots taken first).
 */

const SCREENS_DIR = fileURLToPath(new URL('../artifacts/screens/', import.meta.url));
const WORDING = {
  en: { common: enCommon, documents: enDocuments, history: enHistory, templates: enTemplates },
  fr: { common: frCommon, documents: frDocuments, history: frHistory, templates: frTemplates },
} as const;
type Lang = keyof typeof WORDING;
type Theme = 'light' | 'dark';

/** The WCAG 2 A/AA rules of axe whose outcome depends on colours (1.4.3 contrast, 1.4.1 use of colour). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The page background each theme paints (CssBaseline's body colour): the switch has taken effect. */
const BODY_BACKGROUND: Record<Theme, string> = { light: 'rgb(246, 247, 249)', dark: 'rgb(18, 18, 18)' };

// The two walks are independent (each its own browser profile): side by side on two workers.
test.describe.configure({ mode: 'parallel' });

/** Sections whose list, first record's page and its editor are visited, in navigation order. */
const RESOURCES = [
  'organisations',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'contacts',
  'security-measures',
  'breaches',
  'requests',
] as const;
type Resource = (typeof RESOURCES)[number];
/** Sections with one screen. */
const SINGLE_SCREENS = ['checks', 'translations', 'trash', 'settings'] as const;

const TIXEO = EXAMPLES.find((e) => e.slug === 'tixeo');
const POLICY_TITLE = TIXEO?.workspace.documents.find((d) => d.kind === 'privacy_policy')?.title ?? '';

/** A breach and a request (no example has one), and a deleted breach so the trash lists something. */
const addLogs = async (shell: AppShell): Promise<void> => {
  const organisationId = await currentOrganisationId(shell.page);
  const now = new Date().toISOString();
  const meta = { organisationId, createdAt: now, updatedAt: now, revision: 1, deletedAt: null };
  const breach = (id: string, title: string, deletedAt: string | null) =>
    breachSchema.parse({
      ...meta,
      id,
      deletedAt,
      title,
      awareAt: new Date(Date.now() - 10 * 3_600_000).toISOString(),
      timeZone: 'Europe/Paris',
      startedAt: '2026-03-01T22:00:00+01:00',
      endedAt: '2026-03-02T07:45:00+01:00',
    });
  await storeRows(shell.page, 'breaches', [
    breach('a11y-breach', 'Laptop stolen from a car', null),
    breach('a11y-breach-deleted', 'Payslips sent to the wrong employee', now),
  ]);
  await storeRows(shell.page, 'requests', [
    requestSchema.parse({
      ...meta,
      id: 'a11y-request',
      requesterName: 'Paul Martin',
      receivedOn: new Date().toISOString().slice(0, 10),
      types: ['access'],
    }),
  ]);
};

/** What one test walks through: the page, its language and the theme it is in. */
class Walk {
  theme: Theme = 'light';
  constructor(
    readonly shell: AppShell,
    readonly lang: Lang,
  ) {}

  get page() {
    return this.shell.page;
  }

  get wording() {
    return WORDING[this.lang];
  }

  /** The main area has drawn its screen: a heading, and no spinner left. */
  async settled(): Promise<void> {
    await expect(this.shell.heading).toBeVisible({ timeout: SECTION_LOAD_MS });
    // Indeterminate spinners only: the home screen's clock is a determinate progress bar that stays.
    await expect(this.page.getByRole('main').locator('[role=progressbar]:not([aria-valuenow])')).toHaveCount(0, {
      timeout: SECTION_LOAD_MS,
    });
    // A start-up notice (top centre) is closed as a user closes it, so that it does not cover the
    // screen's heading in the screenshots; a headless window never has the focus its timer waits for.
    const startup = this.page.locator('.MuiSnackbar-anchorOriginTopCenter');
    if (await startup.isVisible()) {
      await startup.getByRole('button').click();
      await expect(startup).toBeHidden();
    }
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

  get preferencesButton() {
    return this.page.getByRole('banner').locator('button[aria-haspopup="menu"]');
  }

  async chooseLanguage(): Promise<void> {
    await this.preferencesButton.click();
    await this.page
      .getByRole('menuitem')
      .and(this.page.locator(`[lang="${this.lang}"]`))
      .click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', this.lang);
    await this.chooseTheme('light');
  }

  /** Through the app bar's menu, as a user does; the screen stays where it is. */
  async chooseTheme(theme: Theme): Promise<void> {
    const { common } = this.wording;
    if (!(await this.page.getByRole('menu').isVisible())) await this.preferencesButton.click();
    const label = theme === 'dark' ? common.app.themeDark : common.app.themeLight;
    await this.page.getByRole('menuitem', { name: label, exact: true }).click();
    await expect(this.page.getByRole('menu')).toBeHidden();
    await expect
      .poll(() => this.page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe(BODY_BACKGROUND[theme]);
    this.theme = theme;
  }

  get otherTheme(): Theme {
    return this.theme === 'light' ? 'dark' : 'light';
  }

  /**
   * axe on what is on screen now, and its screenshot as <screen>.<language>.<theme>.png. `colours`:
   * the screen was checked in the other theme a moment ago, and a theme changes colours only (the
   * same elements, names, roles and order), so only the rules that read colours run again.
   */
  async check(screen: string, rules: 'all' | 'colours' = 'all'): Promise<void> {
    // Violations only: axe skips writing up every passing node, the bulk of its time on a long screen.
    // Legacy mode runs axe in the page itself; the default mode opens and closes a blank page to merge
    // per-frame results on every run, which the app (no cross-origin frame) has no use for.
    const builder = new AxeBuilder({ page: this.page });
    const result = await (
      rules === 'colours' ? builder.withRules(COLOUR_RULES) : builder.withTags(['wcag2a', 'wcag2aa'])
    )
      .options({ resultTypes: ['violations'] })
      .setLegacyMode()
      .analyze();
    const problems = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(' | ')}`,
      );
    // Soft: the walk goes on, so one run names every screen with a problem.
    expect.soft(problems, `serious or critical axe violations on ${screen}, ${this.lang}, ${this.theme}`).toEqual([]);
    // A theme changes no size: the layout is read once per screen and language.
    if (rules === 'all')
      expect.soft(await layoutFaults(this.page), `layout faults on ${screen}, ${this.lang}`).toEqual([]);
    await this.page.screenshot({ path: join(SCREENS_DIR, `${screen}.${this.lang}.${this.theme}.png`) });
  }

  /** The screen in the theme it is in, then in the other one. */
  async checkBothThemes(screen: string): Promise<void> {
    await this.check(screen);
    await this.chooseTheme(this.otherTheme);
    await this.check(screen, 'colours');
  }

  /**
   * A dialog in both themes: the app bar's menu is behind its backdrop, so the dialog is closed with
   * Esc, the theme switched, and the dialog opened again.
   */
  async checkDialogBothThemes(screen: string, open: () => Promise<void>): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    for (const pass of [1, 2]) {
      await open();
      await expect(dialog).toBeVisible();
      await this.check(screen, pass === 1 ? 'all' : 'colours');
      await this.page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      if (pass === 1) await this.chooseTheme(this.otherTheme);
    }
  }

  /**
   * Each section of the activity editor, the longest form: laid out without a fault (labels whole,
   * buttons on one line, cards inside their panel) and photographed whole.
   */
  async everyActivitySection(): Promise<void> {
    const tabs = this.page.getByRole('main').getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const tab = tabs.nth(i);
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      const section = `activities-edit-section-${String(i + 1).padStart(2, '0')}`;
      expect.soft(await layoutFaults(this.page), `layout faults on ${section}, ${this.lang}`).toEqual([]);
      await this.page.screenshot({
        path: join(SCREENS_DIR, `${section}.${this.lang}.${this.theme}.png`),
        fullPage: true,
      });
    }
  }

  /**
   * A record's actions (edit, history, delete…) end at the right edge of its heading, on every
   * record's page: the activity page, whose long title pushed them onto a line of their own, had
   * them on the left.
   */
  async actionsOnTheRight(screen: string): Promise<void> {
    const edges = await this.page
      .getByRole('main')
      .locator('header')
      .first()
      .evaluate((header) => {
        const actions = [...header.querySelectorAll('button, a.MuiButton-root')];
        return {
          count: actions.length,
          header: header.getBoundingClientRect().right,
          actions: Math.max(...actions.map((a) => a.getBoundingClientRect().right)),
        };
      });
    expect.soft(edges.count, `${screen}: the record's actions`).toBeGreaterThan(0);
    expect
      .soft(Math.abs(edges.header - edges.actions), `${screen}: the record's actions end at the right of its heading`)
      .toBeLessThan(2);
  }

  /** Opens the list's first record. */
  async openFirstRow(resource: Resource): Promise<void> {
    const row = this.page
      .getByRole('main')
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
    await row.first().getByRole('gridcell').first().click();
    await expect(this.page).toHaveURL(new RegExp(`#/${resource}/[^/]+$`));
    await this.settled();
  }
}

/** Every screen, each in both themes, in the walk's language. */
const walkEveryScreen = async (shell: AppShell, lang: Lang): Promise<void> => {
  if (!TIXEO || !POLICY_TITLE) throw new Error('The Tixeo example and its privacy policy are missing.');
  await new ExamplesPage(shell.page).load(TIXEO.title, TIXEO.workspace.organisation.name);
  await mkdir(SCREENS_DIR, { recursive: true });
  await addLogs(shell);
  const walk = new Walk(shell, lang);
  const { page, wording } = walk;
  await walk.chooseLanguage();

  await walk.goToSection('home');
  await walk.checkBothThemes('home');

  for (const resource of RESOURCES) {
    await walk.goToSection(resource);
    await walk.checkBothThemes(`${resource}-list`);
    if (resource === 'activities') {
      await walk.checkDialogBothThemes('activities-template-dialog', () =>
        page.getByRole('main').getByRole('button', { name: wording.templates.fromTemplate }).click(),
      );
    }
    await walk.openFirstRow(resource);
    await walk.checkBothThemes(`${resource}-show`);
    await walk.actionsOnTheRight(`${resource}-show`);
    const showHash = new URL(page.url()).hash.slice(1);
    if (resource === 'activities') {
      await walk.checkDialogBothThemes('activities-history-dialog', () =>
        page.getByRole('main').getByRole('button', { name: wording.history.record.button, exact: true }).click(),
      );
    }
    if (resource === 'organisations') {
      await walk.goToHash(`${showHash}/guided-start`);
      await walk.checkBothThemes('organisations-guided-start');
    }
    await walk.goToHash(`${showHash}/edit`);
    await walk.checkBothThemes(`${resource}-edit`);
    if (resource === 'activities') await walk.everyActivitySection();
  }

  for (const section of SINGLE_SCREENS) {
    await walk.goToSection(section);
    await walk.checkBothThemes(section);
  }

  await walk.goToSection('documents');
  await walk.checkBothThemes('documents-list');
  await walk.checkDialogBothThemes('documents-export-dialog', () =>
    page.getByRole('button', { name: wording.documents.list.exportRegister }).first().click(),
  );
  await page.getByRole('main').getByRole('gridcell', { name: POLICY_TITLE, exact: true }).click();
  await expect(page).toHaveURL(/#\/documents\/policies\/[^/]+$/);
  await walk.settled();
  await walk.checkBothThemes('documents-policy-editor');
};

// About eighty axe runs of a second or more each per walk, on a busy two-core machine.
const WALK_TIMEOUT_MS = 900_000;

test('English, light and dark: no serious or critical axe violation on any screen', async ({ shell }) => {
  test.setTimeout(WALK_TIMEOUT_MS);
  await walkEveryScreen(shell, 'en');
});

test('French, light and dark: no serious or critical axe violation on any screen', async ({ shell }) => {
  test.setTimeout(WALK_TIMEOUT_MS);
  await walkEveryScreen(shell, 'fr');
});
