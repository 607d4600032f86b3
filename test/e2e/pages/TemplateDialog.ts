import { expect, type Locator, type Page } from '@playwright/test';

/** The "activity from a template" dialog: search list, preview, then the summary of what it added. */
export class TemplateDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async search(query: string, searchLabel = 'Search by name, sector or tag'): Promise<void> {
    await this.dialog.getByRole('searchbox', { name: searchLabel }).fill(query);
  }

  /** Clicks a result of the search list by its title and waits for its preview. */
  async choose(title: string, listLabel = 'Templates'): Promise<void> {
    await this.dialog
      .getByRole('list', { name: listLabel })
      .getByRole('button')
      .filter({ has: this.page.getByText(title, { exact: true }) })
      .click();
    await expect(this.preview(title)).toBeVisible();
  }

  preview(title: string): Locator {
    return this.dialog.getByRole('region', { name: title });
  }

  /** The lines of the "added" list in the summary. */
  get additions(): Locator {
    return this.dialog.getByTestId('template-additions').getByRole('listitem');
  }
}
