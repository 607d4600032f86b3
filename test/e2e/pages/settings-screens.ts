import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The Settings screen: backups, restore, automatic backups, client workspaces, spreadsheet import. */
export class SettingsScreens {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async open(): Promise<void> {
    await this.shell.goTo('Settings');
    await expect(this.shell.heading).toHaveText('Settings');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** "Back up this organisation", optionally with a password; returns the downloaded file. */
  async backUpOrganisation(password?: string): Promise<PickedFile> {
    await this.page.getByRole('button', { name: 'Back up this organisation' }).click();
    await expect(this.dialog).toBeVisible();
    if (password !== undefined) {
      await this.dialog.getByRole('checkbox', { name: 'Protect the file with a password' }).check();
      await this.dialog.getByLabel('Password', { exact: true }).fill(password);
      await this.dialog.getByLabel('Confirm the password', { exact: true }).fill(password);
    }
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Save the backup' }).click();
    const file = await this.readDownload(await download);
    await expect(this.dialog).toBeHidden();
    return file;
  }

  async readDownload(download: Download): Promise<PickedFile> {
    const path = await download.path();
    return { name: download.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(path) };
  }

  /** "Restore or import a backup" with the given file; the dialog is left open on its first answer. */
  async chooseBackup(file: PickedFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Restore or import a backup' }).click();
    await (await chooser).setFiles(file);
    await expect(this.dialog).toBeVisible();
    // Checking reads and verifies the whole file in a worker: a backup of hundreds of records takes
    // a while on two busy cores.
    await expect(this.dialog.getByRole('status')).toBeHidden({ timeout: 30_000 });
  }

  async enterBackupPassword(password: string): Promise<void> {
    await this.dialog.getByLabel('Backup password').fill(password);
    await this.dialog.getByRole('button', { name: 'Open the backup' }).click();
    await expect(this.dialog.getByRole('status')).toBeHidden();
  }

  /** The refusal shown for a backup, by its title. */
  refusal(title: string): Locator {
    return this.dialog.getByRole('alert').filter({ hasText: title });
  }

  get restoreButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Restore', exact: true });
  }

  async restoreAndWait(): Promise<void> {
    await this.restoreButton.click();
    await expect(this.dialog.getByText('The backup was restored.')).toBeVisible({ timeout: 30_000 });
  }

  async closeDialog(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Close|Cancel)$/ }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Client workspaces › Remove…: typed confirmation, backup saved first; returns that backup. */
  async removeWorkspace(name: string): Promise<PickedFile> {
    await this.page.getByRole('button', { name: `Remove the workspace of ${name}` }).click();
    await this.dialog.getByLabel(`Type “${name}” to confirm`).fill(name);
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Back up and remove' }).click();
    const file = await this.readDownload(await download);
    await expect(this.dialog).toBeHidden();
    return file;
  }

  /** The Letterhead section's block for every organisation (or for the named organisation only). */
  letterheadBlock(name = 'For every organisation'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** Picks a letterhead file from a block's Import or Replace button; the reading runs in a worker. */
  async pickLetterhead(file: string | PickedFile, block = this.letterheadBlock()): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await block.getByRole('button', { name: /Import letterhead…|Replace…/ }).click();
    await (await chooser).setFiles(file);
    // The reading runs in a fresh worker, whose start alone takes seconds on two busy cores.
    await expect(this.page.getByText('Reading the letterhead…')).toBeHidden({ timeout: 30_000 });
  }

  /** "Font for PDFs…" on the stored letterhead, then the file. */
  async pickLetterheadFont(file: string | PickedFile, block = this.letterheadBlock()): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await block.getByRole('button', { name: 'Font for PDFs…' }).click();
    await (await chooser).setFiles(file);
  }

  async chooseSpreadsheet(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose a spreadsheet' }).click();
    await (await chooser).setFiles(path);
    await expect(this.dialog.getByRole('table', { name: 'Columns of the spreadsheet' })).toBeVisible();
  }

  /** The field chosen for the spreadsheet column whose header contains `header`, as shown in its select. */
  mappingOf(header: string): Locator {
    return this.dialog
      .getByRole('table', { name: 'Columns of the spreadsheet' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: header }) })
      .getByRole('combobox');
  }
}
