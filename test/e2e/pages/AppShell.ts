import { expect, type Locator, type Page } from '@playwright/test';

export type SectionName =
  | 'What is due'
  | 'Organisations'
  | 'Processing activities'
  | 'Recipients'
  | 'Processors'
  | 'Transfers'
  | 'Contacts'
  | 'Security measures'
  | 'Breaches'
  | 'Requests'
  | 'Documents'
  | 'Checks'
  | 'Translations'
  | 'Trash'
  | 'Settings';

export const SECTION_LOAD_MS = 30_000;

/** The window around every screen: app bar, organisation switcher, side navigation, notices. */
export class AppShell {
  constructor(readonly page: Page) {}

  async waitUntilReady(): Promise<void> {
    await expect(this.page.getByRole('banner')).toContainText('DPO Desk', { timeout: 45_000 });
    await expect(this.heading).toBeVisible({ timeout: 45_000 });
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Sections of the record' });
  }

  async goTo(section: SectionName): Promise<void> {
    const link = this.navigation.getByRole('link', { name: section, exact: true });
    await link.click();
    // A section's code loads on its first visit; on a cold dev server that compile takes a while.
    // Until its link is the current page the previous screen (and its heading) may still be shown.
    await expect(link).toHaveAttribute('aria-current', 'page', { timeout: SECTION_LOAD_MS });
    await expect(this.heading).toBeVisible({ timeout: SECTION_LOAD_MS });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get organisationSwitcher(): Locator {
    return this.page.getByRole('combobox', { name: 'Current organisation' });
  }

  /** The snackbar notice ("… deleted." with Undo). */
  get notice(): Locator {
    return this.page.getByRole('alert').filter({ hasNotText: 'Nothing was saved' }).last();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Undo' }).click();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }
}
