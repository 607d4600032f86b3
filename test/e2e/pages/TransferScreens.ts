import { expect, type Locator, type Page } from '@playwright/test';
import { SECTION_LOAD_MS } from './AppShell';
import { RecordScreens } from './RecordScreens';

export interface TransferData {
  country: string;
  recipient: string;
  mechanism: string;
}

export class TransferScreens extends RecordScreens {
  constructor(page: Page) {
    super(page, 'Transfers');
  }

  async startTransfer(data: TransferData): Promise<void> {
    await this.openList();
    await this.startCreating('New transfer');
    await this.pick('Destination country', data.country);
    // The recipient is one of the organisation's processor or recipient records.
    await this.pick('Recipient', data.recipient);
    await this.choose('Mechanism', data.mechanism);
  }

  /** The live adequacy notice in the editor. */
  get adequacyNotice(): Locator {
    return this.form.getByRole('alert').filter({ hasText: 'Adequacy list as of' });
  }

  async saveAndOpen(recipient: string): Promise<void> {
    await this.save();
    await expect(this.shell.heading).toContainText(recipient, { timeout: SECTION_LOAD_MS });
  }
}
