import { expect, type Locator, type Page } from '@playwright/test';

/** The processing-activity screens: list, editor (sections as vertical tabs) and read view. */
export class ActivitiesPage {
  constructor(readonly page: Page) {}

  /** Every activity belongs to an organisation: create one through the Organisations screen. */
  async createOrganisation(name: string): Promise<void> {
    await this.page.goto('/#/organisations/new');
    await this.page.getByLabel('Legal name').fill(name);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.page).not.toHaveURL(/organisations\/new/);
  }

  async openList(): Promise<void> {
    await this.page.goto('/#/activities');
    // The first visit compiles the section in the dev server: allow for it.
    await expect(this.page.getByRole('heading', { level: 1, name: 'Processing activities' })).toBeVisible({
      timeout: 45_000,
    });
  }

  async newControllerActivity(): Promise<void> {
    await this.openList();
    await this.page.getByRole('link', { name: 'New controller activity' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'New activity as controller' })).toBeVisible();
  }

  async openSection(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  /** One item of a repeatable group, e.g. group('Purpose', 2). */
  group(item: string, n: number): Locator {
    return this.page.getByRole('group', { name: `${item} ${n}` });
  }

  async add(item: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add ${item}` }).click();
  }

  /** Chooses an option of a MUI select (a combobox opening a listbox). */
  async choose(scope: Locator | Page, label: string, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Types into an autocomplete and picks the matching option. */
  async pick(scope: Locator | Page, label: string, option: string): Promise<void> {
    const input = scope.getByRole('combobox', { name: label });
    await input.click();
    await input.fill(option);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** The editor's id, from `/activities/:id/edit`. */
  async currentId(): Promise<string> {
    await expect(this.page).toHaveURL(/#\/activities\/[^/]+\/edit/);
    // After the first save the address changes a moment before the stored record's editor replaces
    // the new-activity form: what is typed into the old form in between would be lost with it.
    await expect(this.page.getByRole('heading', { level: 1, name: /^New activity as/ })).toHaveCount(0);
    await expect(this.page.locator('form')).toBeVisible();
    const m = /#\/activities\/([^/?]+)\/edit/.exec(this.page.url());
    if (!m?.[1]) throw new Error(`Not on an activity editor: ${this.page.url()}`);
    return m[1];
  }
}
