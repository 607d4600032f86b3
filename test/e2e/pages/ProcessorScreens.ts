import { expect, type Locator, type Page } from '@playwright/test';
import { RecordScreens } from './RecordScreens';

export interface ProcessorData {
  name: string;
  service?: string;
  country?: string;
}

export class ProcessorScreens extends RecordScreens {
  constructor(page: Page) {
    super(page, 'Processors');
  }

  async fillProcessor(data: ProcessorData): Promise<void> {
    await this.fill('Name', data.name);
    if (data.service) await this.fill('Service provided', data.service);
    if (data.country) await this.pick('Countries where data is processed or stored', data.country);
  }

  async create(data: ProcessorData): Promise<void> {
    await this.openList();
    await this.startCreating('New processor');
    await this.fillProcessor(data);
    await this.save();
    await expect(this.shell.heading).toHaveText(data.name);
  }

  /** From a processor's page: "Add a sub-processor". */
  async addSubProcessor(data: ProcessorData): Promise<void> {
    await this.page.getByRole('link', { name: 'Add a sub-processor' }).click();
    await expect(this.shell.heading).toHaveText('New sub-processor');
    await this.fillProcessor(data);
    await this.save();
    await expect(this.shell.heading).toHaveText(data.name);
  }

  get chain(): Locator {
    return this.page.getByRole('region', { name: 'Sub-processor chain' });
  }
}
