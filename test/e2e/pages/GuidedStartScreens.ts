import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The guided start (/organisations/:id/guided-start) and "Add from the library", as a DPO drives them. */
export class GuidedStartScreens {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async startFromBanner(): Promise<void> {
    await this.page.getByRole('link', { name: 'Start the guided start' }).click();
    await expect(this.shell.heading).toHaveText('Guided start');
  }

  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async answerProfile(a: { sector: string; headcount: string; role: string }): Promise<void> {
    await this.choose('Sector', a.sector);
    await this.choose('Headcount', a.headcount);
    await this.page.getByRole('radio', { name: a.role }).check();
  }

  async pickTools(names: readonly string[]): Promise<void> {
    for (const name of names) {
      await this.page.getByRole('searchbox', { name: 'Search tools' }).fill(name);
      await this.toolOption(name).click();
      await expect(this.toolOption(name)).toHaveAttribute('aria-checked', 'true');
    }
    await this.page.getByRole('searchbox', { name: 'Search tools' }).fill('');
    await expect(this.page.getByText(`${names.length} chosen`)).toBeVisible();
    await this.next();
  }

  toolOption(name: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }

  proposedActivity(title: string): Locator {
    // By its exact title: a proposal's name goes on with why it is proposed, and titles share words ("Payroll").
    return this.page
      .getByRole('list', { name: /^Activities/ })
      .getByRole('checkbox')
      .filter({ has: this.page.getByText(title, { exact: true }) });
  }

  proposedProcessor(name: string): Locator {
    return this.page
      .getByRole('list', { name: /^Processors/ })
      .getByRole('checkbox')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next' }).click();
  }

  async createDrafts(): Promise<void> {
    await this.page.getByRole('button', { name: /^Create \d+ drafts$/ }).click();
    await expect(this.shell.heading).toHaveText('Processing activities');
  }

  async addFromLibrary(search: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add from the library' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a processor from the library' });
    await dialog.getByRole('searchbox', { name: 'Search by name, service or kind' }).fill(search);
    await dialog.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(dialog.getByTestId('library-preview')).toContainText('Facts checked on 1 December 2026');
  }
}
