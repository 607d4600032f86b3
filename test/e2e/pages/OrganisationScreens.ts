import { expect, type Page } from '@playwright/test';
import { RecordScreens } from './RecordScreens';

export interface OrganisationData {
  name: string;
  city?: string;
  email?: string;
}

export class OrganisationScreens extends RecordScreens {
  constructor(page: Page) {
    super(page, 'Organisations');
  }

  async create(data: OrganisationData): Promise<void> {
    await this.openList();
    await this.startCreating('New organisation');
    await this.fill('Legal name', data.name);
    if (data.city) await this.fill('City', data.city);
    if (data.email) await this.fill('E-mail', data.email);
    await this.save();
    await expect(this.shell.heading).toHaveText(data.name);
  }
}
