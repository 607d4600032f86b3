import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell, SECTION_LOAD_MS, type SectionName } from './AppShell';

/** One screen as a person sees it: where it was, and its visible text. */
export interface ScreenText {
  screen: string;
  text: string;
}

/**
 * Compares text as a reader would: runs of white space are one space, typographic apostrophes and
 * quotes are the plain ones, a non-breaking space (French punctuation) is a space.
 */
export const normaliseForReading = (s: string): string =>
  s
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/** Time between two reads of a screen that must agree before it counts as settled. */
const SETTLE_INTERVALS_MS = [100, 150, 250, 500];

/** The "Example workspaces" dialog, and reading every screen of a loaded example through the UI. */
export class ExamplesPage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Example workspaces' });
  }

  async openDialog(): Promise<void> {
    await this.shell.goTo('Organisations');
    await this.page.getByRole('button', { name: 'Load an example workspace' }).first().click();
    await expect(this.dialog).toBeVisible({ timeout: SECTION_LOAD_MS });
  }

  /**
   * Loads an example by its title: the app says which organisation it added (`name`), then shows
   * that organisation's activities.
   */
  async load(title: string, name: string): Promise<void> {
    await this.openDialog();
    await this.dialog.getByRole('button', { name: `Load the example “${title}”` }).click();
    // The notice hides itself after a few seconds: read it before waiting for the next screen.
    await expect(this.shell.notice).toContainText(`“${name}” was added as a new organisation`, {
      timeout: SECTION_LOAD_MS,
    });
    await expect(this.dialog).toBeHidden({ timeout: SECTION_LOAD_MS });
    await expect(this.page).toHaveURL(/#\/activities$/);
    await expect(this.shell.heading).toHaveText('Processing activities', { timeout: SECTION_LOAD_MS });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /**
   * The main area's text once the screen has settled: no spinner, a heading, and two reads in a
   * row agree (a read view fills its linked records a moment after the record itself).
   */
  async readMain(screen: string, area: Locator = this.main): Promise<ScreenText> {
    await expect(this.main.getByRole('progressbar')).toHaveCount(0, { timeout: SECTION_LOAD_MS });
    let previous = '';
    await expect
      .poll(
        async () => {
          // Empty text is a screen still rendering (or the page reloading), never a settled one.
          const now = (await this.shell.heading.isVisible()) ? await area.innerText() : '';
          const settled = now !== '' && now === previous;
          previous = now;
          return settled;
        },
        { timeout: SECTION_LOAD_MS, intervals: SETTLE_INTERVALS_MS },
      )
      .toBe(true);
    return { screen, text: normaliseForReading(previous) };
  }

  /** The data rows of the section's grid (header row excluded). */
  get rows(): Locator {
    return this.main
      .getByRole('grid')
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
  }

  /**
   * Reads every record's page of a section: through the side navigation to its list (which must
   * show `expected` rows), a click on the first row as a person would, then each further row's own
   * address, as its link in the list gives it (no list re-rendered between two records).
   */
  async readEveryRecord(section: SectionName, expected: number): Promise<ScreenText[]> {
    const screens: ScreenText[] = [];
    if (expected === 0) return screens;
    await this.shell.goTo(section);
    await expect(this.rows).toHaveCount(expected, { timeout: SECTION_LOAD_MS });
    const ids = await this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
    expect(
      ids.every((id) => id !== ''),
      `every row of ${section} carries its record id`,
    ).toBe(true);
    const listUrl = this.page.url();
    for (const [i, id] of ids.entries()) {
      if (i === 0) await this.rows.first().getByRole('gridcell').first().click();
      else await this.page.goto(`${listUrl}/${id}`);
      await expect(this.page).toHaveURL(`${listUrl}/${id}`);
      // The record's own page (a read view renders nothing until its record is read), not the
      // list still on screen while it renders, nor the previous record.
      await expect(this.shell.heading).toBeVisible({ timeout: SECTION_LOAD_MS });
      await expect(this.shell.heading).not.toHaveText(section, { timeout: SECTION_LOAD_MS });
      const previous = screens[i - 1]?.text;
      if (previous !== undefined)
        await expect
          .poll(async () => normaliseForReading(await this.main.innerText()), { timeout: SECTION_LOAD_MS })
          .not.toBe(previous);
      screens.push(await this.readMain(`${section}, row ${i + 1}`));
    }
    return screens;
  }

  /** The organisation's own page, opened from the Organisations list. */
  async readOrganisation(name: string): Promise<ScreenText> {
    await this.shell.goTo('Organisations');
    await this.main
      .getByRole('gridcell', { name: new RegExp(`^${escapeRegExp(name)}(\\s|$)`) })
      .first()
      .click();
    await expect(this.shell.heading).toHaveText(name, { timeout: SECTION_LOAD_MS });
    return this.readMain(`Organisation ${name}`);
  }

  /** Every privacy policy's live preview, opened from the Documents list. */
  async readPolicyPreviews(titles: readonly string[]): Promise<ScreenText[]> {
    const screens: ScreenText[] = [];
    for (const title of titles) {
      await this.shell.goTo('Documents');
      await this.main.getByRole('gridcell', { name: title, exact: true }).click();
      await expect(this.shell.heading).toHaveText(title, { timeout: SECTION_LOAD_MS });
      const preview = this.page.getByRole('article', { name: 'Privacy policy as readers will see it' });
      await expect(preview).toBeVisible({ timeout: SECTION_LOAD_MS });
      // Only what readers of the policy see: the preview, not the editor beside it.
      screens.push(await this.readMain(`Policy preview ${title}`, preview));
    }
    return screens;
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
