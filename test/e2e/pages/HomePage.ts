import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell, SECTION_LOAD_MS } from './AppShell';

/** The home screen: what is due, the register's completeness and the map of where the data goes. */
export class HomePage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async open(): Promise<void> {
    await this.shell.goTo('What is due');
    await this.waitUntilRead();
  }

  /** The worker has read every organisation (the "Reading the records…" status is gone). */
  async waitUntilRead(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /Reading|Lecture/ })).toHaveCount(0, {
      timeout: SECTION_LOAD_MS,
    });
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: /What is due|Échéances/ });
  }

  line(kind: string): Locator {
    return this.page.locator(`[data-due-line="${kind}"]`);
  }

  get lines(): Locator {
    return this.page.locator('[data-due-line]');
  }

  get map(): Locator {
    return this.page.locator('[data-world-map]');
  }

  country(code: string): Locator {
    return this.map.locator(`[data-country="${code}"]`);
  }

  /** The name and status the map says for the shape under the pointer or focus. */
  get pointed(): Locator {
    return this.page.locator('[data-map-pointed]');
  }

  countryListItem(code: string): Locator {
    return this.page.locator(`[data-map-country="${code}"]`);
  }
}
