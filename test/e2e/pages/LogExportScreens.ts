import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The export dialog of the logs: breach register, request log, notification content, reply letters. */
export class LogExportScreens {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the dialog from its button with the keyboard (focus, Enter). */
  async open(button: string): Promise<void> {
    const b = this.page.getByRole('button', { name: button });
    await b.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeVisible();
  }

  /** Chooses an option of a select inside the dialog. */
  async choose(label: string, option: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Clicks Export and returns the saved file: its name and bytes. */
  async exportAndDownload(dir: string): Promise<{ bytes: Uint8Array; name: string }> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const d = await download;
    const path = join(dir, d.suggestedFilename());
    await d.saveAs(path);
    await expect(this.dialog).toBeHidden();
    return { bytes: new Uint8Array(await readFile(path)), name: d.suggestedFilename() };
  }
}
