import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The Documents screens: list, policy editor with its live preview, export dialog. */
export class DocumentsPage {
  constructor(readonly page: Page) {}

  async createOrganisation(name: string): Promise<void> {
    await this.page.goto('/#/organisations/new');
    await this.page.getByLabel('Legal name').fill(name);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.page).not.toHaveURL(/organisations\/new/);
  }

  /** Renames the current organisation through its edit screen. */
  async renameOrganisation(from: string, to: string): Promise<void> {
    await this.page.goto('/#/organisations');
    await this.page.getByRole('gridcell', { name: from }).click();
    await this.page
      .getByRole('link', { name: 'Edit' })
      .or(this.page.getByRole('button', { name: 'Edit' }))
      .first()
      .click();
    await this.page.getByLabel('Legal name').fill(to);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.page).not.toHaveURL(/\/edit/);
  }

  async openList(): Promise<void> {
    await this.page.goto('/#/documents');
    // The first visit compiles the section's module in the dev server: give it time once.
    await expect(this.page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible({ timeout: 45_000 });
  }

  async createPolicy(title: string): Promise<void> {
    await this.openList();
    await this.page.getByRole('link', { name: 'New privacy policy' }).first().click();
    await this.page.getByLabel('Title').fill(title);
    await this.page.getByRole('button', { name: 'Create policy' }).click();
    await expect(this.page).toHaveURL(/#\/documents\/policies\/(?!new$)[^/]+$/);
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async openPolicy(title: string): Promise<void> {
    await this.openList();
    await this.page.getByRole('gridcell', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  get preview(): Locator {
    return this.page.getByRole('article', { name: 'Privacy policy as readers will see it' });
  }

  section(heading: string): Locator {
    return this.preview.locator('section').filter({ has: this.page.getByRole('heading', { name: heading }) });
  }

  async overrideSection(
    heading: string,
    text: string,
    mode: 'Add after the generated text' | 'Replace the generated text',
  ): Promise<void> {
    await this.page.getByRole('button', { name: `Edit text of “${heading}”` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(mode).check();
    await dialog.getByRole('textbox', { name: 'Your text' }).fill(text);
    await dialog.getByRole('button', { name: 'Save text' }).click();
    await expect(dialog).toBeHidden();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Chooses an option of a MUI select inside the export dialog. */
  async choose(label: string, option: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Clicks Export, goes past the gaps warning if there is one, and returns the saved bytes. */
  async exportAndDownload(dir: string): Promise<{ bytes: Uint8Array; name: string }> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const anyway = this.dialog.getByRole('button', { name: 'Export anyway' });
    const got = await Promise.race([
      download.then((d) => ({ d })),
      anyway.waitFor().then(() => ({ d: undefined as Download | undefined })),
    ]);
    const d =
      got.d ??
      (await (async () => {
        await anyway.click();
        return download;
      })());
    const path = join(dir, d.suggestedFilename());
    await d.saveAs(path);
    return { bytes: new Uint8Array(await readFile(path)), name: d.suggestedFilename() };
  }
}
