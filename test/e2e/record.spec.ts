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
