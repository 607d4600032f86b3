import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The day a library entry's facts were checked, as a reader of that language writes it. */
const library = JSON.parse(
  readFileSync(new URL('../../../assets/library/processors.json', import.meta.url), 'utf8'),
) as {
  entries: ({ id: string; checkedOn: string } & Record<string, { note?: Record<string, string> } | string>)[];
};

/** What the library says is left to check about one fact of an entry, in one language. */
export const factNote = (id: string, fact: string, language: 'en' | 'fr'): string => {
  const value = library.entries.find((e) => e.id === id)?.[fact];
  const note = typeof value === 'object' ? value.note?.[language] : undefined;
  return note !== undefined && note !== '' ? note : `no note for ${id}.${fact}`;
};
export const checkedOn = (id: string, language: 'en' | 'fr'): string => {
  const iso = library.entries.find((e) => e.id === id)?.checkedOn ?? 'no such entry';
  const day = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
  return language === 'fr' ? day.replace(/^1 /, '1er ') : day;
};

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

  /** Searches the library for the entry `id` (its id is also a word of its name) and previews it. */
  async addFromLibrary(id: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add from the library' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a processor from the library' });
    await dialog.getByRole('searchbox', { name: 'Search by name, service or kind' }).fill(id);
    await dialog.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(dialog.getByTestId('library-preview')).toContainText(`Facts checked on ${checkedOn(id, 'en')}`);
  }
}
