import { expect, type Locator, type Page } from '@playwright/test';
import { exactLabel, RecordScreens } from './RecordScreens';

/** The breach register: list, record page with the 72-hour clock, editor. */
export class BreachScreens extends RecordScreens {
  constructor(page: Page) {
    super(page, 'Breaches');
  }

  /** Creates a breach with the keyboard: type the fields, Ctrl+S to save. */
  async create(data: { title: string; awareAt: string }): Promise<void> {
    await this.openList();
    await this.startCreating('New breach');
    // The title field has the focus when the editor opens.
    await expect(this.field('Title')).toBeFocused();
    await this.page.keyboard.type(data.title);
    await this.fillDateTime('Aware at', data.awareAt);
    await this.page.keyboard.press('Control+s');
    await expect(this.shell.heading).toHaveText(data.title);
  }

  get clock(): Locator {
    return this.page.getByRole('status', { name: '72-hour clock' });
  }

  override nameCell(text: string, field = 'title'): Locator {
    return super.nameCell(text, field);
  }
}

/** The request log: list, record page with its due date, editor. */
export class RequestScreens extends RecordScreens {
  constructor(page: Page) {
    super(page, 'Requests');
  }

  async create(data: { requester: string; receivedOn: string; right: string }): Promise<void> {
    await this.openList();
    await this.startCreating('New request');
    await expect(this.form.getByRole('textbox', { name: exactLabel('Requester') })).toBeFocused();
    await this.page.keyboard.type(data.requester);
    await this.fillDate('Received on', data.receivedOn);
    const rights = this.form.getByRole('combobox', { name: exactLabel('Rights exercised') });
    await rights.fill(data.right.slice(0, 6));
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    await expect(this.form.getByRole('button', { name: data.right })).toBeVisible();
    await this.page.keyboard.press('Control+s');
    await expect(this.shell.heading).toHaveText(data.requester);
  }

  get due(): Locator {
    return this.page.getByRole('status', { name: 'Due date' });
  }

  override nameCell(text: string, field = 'requesterName'): Locator {
    return super.nameCell(text, field);
  }
}
