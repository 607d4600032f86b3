import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell, SECTION_LOAD_MS, type SectionName } from './AppShell';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches "Label" and "Label *" (MUI marks required fields with an asterisk). */
export const exactLabel = (label: string): RegExp => new RegExp(`^${escapeRegExp(label)}(\\s*\\*)?$`);

/**
 * What every resource screen shares: a list (data grid with quick search), a Show page with
 * Edit and Delete, and an editor with Save / Cancel. Field helpers find fields by their label,
 * as a person (or a screen reader) would.
 */
export class RecordScreens {
  readonly shell: AppShell;
  constructor(
    readonly page: Page,
    readonly section: SectionName,
  ) {
    this.shell = new AppShell(page);
  }

  async openList(): Promise<void> {
    await this.shell.goTo(this.section);
    await expect(this.shell.heading).toHaveText(this.section, { timeout: SECTION_LOAD_MS });
  }

  /** A row of the list, by a visible cell text. */
  row(text: string): Locator {
    // A cell may carry a chip after the text ("Tixeo SAS Current").
    return this.page.getByRole('gridcell', { name: new RegExp(`^${escapeRegExp(text)}(\\s|$)`) }).first();
  }

  /** The record's own name cell, not a mention of it in another column (e.g. "Sub-processor of"). */
  nameCell(text: string, field = 'name'): Locator {
    return this.page
      .getByRole('gridcell', { name: new RegExp(`^${escapeRegExp(text)}(\\s|$)`) })
      .and(this.page.locator(`[data-field="${field}"]`));
  }

  async openRecord(text: string): Promise<void> {
    await this.nameCell(text).click();
    await expect(this.shell.heading).toContainText(text);
  }

  async startCreating(buttonName: string): Promise<void> {
    await this.page.getByRole('link', { name: buttonName }).first().click();
    await expect(this.form).toBeVisible();
  }

  get form(): Locator {
    return this.page.locator('form');
  }

  /** A field by its whole label; a required field's label ends with an asterisk. */
  field(label: string): Locator {
    return this.form.getByLabel(exactLabel(label));
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /**
   * A calendar date (MUI date picker): click its day section and type the digits as a keyboard user
   * does, day, month, year in the English interface's order (DD/MM/YYYY); `iso` is YYYY-MM-DD.
   */
  async fillDate(label: string, iso: string): Promise<void> {
    const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
    if (!year || !month || !day) throw new Error(`fillDate wants YYYY-MM-DD, got "${iso}".`);
    const group = this.form.getByRole('group', { name: exactLabel(label) });
    await group.getByRole('spinbutton').first().click();
    await this.page.keyboard.type(`${day}${month}${year}`);
    await expect(group.getByRole('spinbutton').last()).toHaveText(year);
  }

  /**
   * A date and time (MUI date-time picker): click its day section and type the digits as a keyboard
   * user does, day, month, year, hours, minutes, in the order English (en-GB) and French share
   * (DD/MM/YYYY HH:mm); `local` is YYYY-MM-DDTHH:mm on the organisation's clock.
   */
  async fillDateTime(label: string, local: string): Promise<void> {
    const [, year, month, day, hours, minutes] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local) ?? [];
    if (!year || !month || !day || !hours || !minutes)
      throw new Error(`fillDateTime wants YYYY-MM-DDTHH:mm, got "${local}".`);
    const group = this.form.getByRole('group', { name: exactLabel(label) });
    await group.getByRole('spinbutton').first().click();
    await this.page.keyboard.type(`${day}${month}${year}${hours}${minutes}`);
    await expect(group.getByRole('spinbutton').last()).toHaveText(minutes);
  }

  /** A MUI select: open it, pick the option. */
  async choose(label: string, option: string): Promise<void> {
    await this.form.getByRole('combobox', { name: exactLabel(label) }).click();
    await this.page.getByRole('option', { name: option }).first().click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
  }

  /** An autocomplete (country picker): type, then pick the matching option. */
  async pick(label: string, option: string): Promise<void> {
    const box = this.form.getByRole('combobox', { name: exactLabel(label) });
    await box.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async check(label: string): Promise<void> {
    await this.form.getByRole('checkbox', { name: label }).check();
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save' }).click();
  }

  async cancel(): Promise<void> {
    await this.form.getByRole('button', { name: 'Cancel' }).click();
  }

  /** With unsaved changes, leaving asks first: agree to lose them. */
  async discardChanges(): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog).toBeHidden();
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Edit' }).click();
    await expect(this.form).toBeVisible();
  }

  /** Delete from the Show page, confirming in the dialog. */
  async deleteConfirmed(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toBeHidden();
    // The deletion is written (its notice offers Undo) and the screen has moved on to the list.
    await expect(this.page.getByRole('button', { name: 'Undo' }).last()).toBeVisible();
  }

  /** The error message shown under a field. */
  fieldError(label: string): Locator {
    return this.form
      .locator('.MuiFormControl-root', { has: this.page.getByLabel(exactLabel(label)) })
      .locator('.MuiFormHelperText-root.Mui-error');
  }
}
