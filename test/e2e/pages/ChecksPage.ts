import { expect, type Locator, type Page } from '@playwright/test';

/** The Checks screen: summary, gaps (grouped, filtered), reminders, completeness, Art. 30(5). */
export class ChecksPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/checks');
    // The first visit compiles the section in the dev server: allow for it.
    await expect(this.page.getByRole('heading', { level: 1, name: 'Checks' })).toBeVisible({ timeout: 45_000 });
  }

  get gaps(): Locator {
    return this.page.getByRole('region', { name: 'Gaps' });
  }

  /** The shown findings of one rule (the rule id is on each row). */
  finding(ruleId: string): Locator {
    return this.gaps.locator(`li[data-finding="${ruleId}"]`);
  }

  /** The "Fix it" link of a finding, named after the rule's title and the record. */
  fixLink(ruleTitle: string, record: string): Locator {
    return this.gaps.getByRole('link', { name: `Fix it: “${ruleTitle}” in ${record}` });
  }

  /** The number of gaps of one severity in the summary at the top. */
  async summaryCount(severity: 'error' | 'warning' | 'info'): Promise<number> {
    const value = this.page
      .getByRole('region', { name: 'Summary of the checks' })
      .locator(`[data-count="${severity}"]`);
    return Number(await value.innerText());
  }
}
