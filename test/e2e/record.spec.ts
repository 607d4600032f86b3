import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { OrganisationScreens } from './pages/OrganisationScreens';
import { ProcessorScreens } from './pages/ProcessorScreens';
import { TransferScreens } from './pages/TransferScreens';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

test.describe('the record', () => {
  test('a processor with a sub-processor, and a transfer to the US under SCCs', async ({ shell }) => {
    await new OrganisationScreens(shell.page).create({ name: 'Tixeo SAS' });
    // Tixeo publishes in French too: its editors show each printed text's French under the field.
    await shell.goTo('Translations');
    const french = shell.page.getByRole('button', { name: 'French' });
    await french.click();
    await expect(french).toHaveAttribute('aria-pressed', 'true');

    const processors = new ProcessorScreens(shell.page);
    await processors.create({
      name: 'CloudHost Inc.',
      service: 'Hosting of the video servers',
      country: 'United States',
    });
    await processors.addSubProcessor({ name: 'BackupCo', service: 'Off-site backups', country: 'France' });
    await expect(processors.page.getByText('Engaged by')).toBeVisible();

    await processors.openList();
    await processors.openRecord('CloudHost Inc.');
    await expect(processors.chain.getByRole('link', { name: 'BackupCo' })).toBeVisible();

    // In the English editor the service has no French yet: it is marked, and its link asks about the
    // unsaved change, then opens that very field on the Translations screen.
    const page = shell.page;
    await processors.edit();
    await expect(processors.form.locator('[data-translation-hints]')).toHaveText(/^Missing in French/);
    await processors.fill('Notes', 'Reviewed in June');
    await page.getByRole('link', { name: 'Missing in French: translate “Service provided”' }).click();
    await processors.discardChanges();
    await expect(page).toHaveURL(/#\/translations\?record=[^&]+&field=service$/);
    const frenchService = page.getByRole('textbox', { name: 'FR — missing' });
    await expect(frenchService).toBeFocused();
    await frenchService.fill('Hébergement des serveurs vidéo');
    await frenchService.blur();
    await expect(page.getByRole('textbox', { name: 'FR', exact: true })).toHaveValue('Hébergement des serveurs vidéo');
    // Back in the editor, the French text reads under the field, in French for screen readers.
    await page.goBack();
    await expect(processors.form.locator('[data-translation-hints] [lang="fr"]')).toHaveText(
      'Hébergement des serveurs vidéo',
    );
    await expect(processors.field('Notes')).toHaveValue('');

    const transfers = new TransferScreens(shell.page);
    await mkdir(ARTIFACTS, { recursive: true });
    await transfers.startTransfer({
      country: 'United States',
      recipient: 'CloudHost Inc.',
      mechanism: 'Standard contractual clauses (Commission)',
    });
    // The US decision covers only DPF-certified recipients: the status says so before saving.
    await expect(transfers.adequacyNotice).toContainText('Not covered by the partial decision');
    await shell.page.screenshot({ path: `${ARTIFACTS}transfer-edit-en.png` });
    await transfers.saveAndOpen('CloudHost Inc.');
    await expect(shell.page.getByText('Art. 46(2)(c)').first()).toBeVisible();
    // The transfer points at the processor's record.
    await expect(shell.page.getByRole('main').getByRole('link', { name: 'CloudHost Inc.' })).toBeVisible();

    await transfers.openList();
    await expect(transfers.row('CloudHost Inc.')).toBeVisible();
    await expect(transfers.row('United States')).toBeVisible();

    // The processors list as the README shows it.
    await processors.openList();
    await expect(processors.row('BackupCo')).toBeVisible();
    await shell.page.screenshot({ path: `${ARTIFACTS}main-screen.png` });
  });
});
