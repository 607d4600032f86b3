import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { OrganisationScreens } from './pages/OrganisationScreens';
import { ProcessorScreens } from './pages/ProcessorScreens';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

test('a deleted processor waits in the Trash, erasing asks first, and a restore says what comes back', async ({
  shell,
}) => {
  const page = shell.page;
  await new OrganisationScreens(page).create({ name: 'Boulangerie Martin' });
  const processors = new ProcessorScreens(page);
  await processors.create({ name: 'CloudHost Inc.', service: 'Hosting', country: 'France' });
  await processors.addSubProcessor({ name: 'BackupCo', service: 'Off-site backups', country: 'France' });
  await processors.openList();
  await processors.openRecord('CloudHost Inc.');
  await processors.deleteConfirmed();
  await expect(processors.nameCell('CloudHost Inc.')).toHaveCount(0);

  await shell.goTo('Trash');
  await expect(shell.heading).toHaveText('Trash');
  const row = page.getByRole('row', { name: /CloudHost Inc\./ });
  await expect(row).toContainText('Processor');
  await expect(row).toContainText('Boulangerie Martin');
  await page.screenshot({ path: `${ARTIFACTS}trash-en-light.png` });

  // Emptying the Trash asks first and says how much goes; Cancel changes nothing.
  await page.getByRole('button', { name: 'Empty the Trash' }).click();
  const emptying = page.getByRole('dialog', { name: 'Empty the Trash?' });
  await expect(emptying).toContainText('The deleted record is erased for good');
  await emptying.getByRole('button', { name: 'Cancel' }).click();
  await expect(emptying).toBeHidden();

  // Erasing one record asks too, naming the record that would lose its link; Escape keeps it.
  await row.getByRole('button', { name: 'Erase “CloudHost Inc.” for good' }).click();
  const erasing = page.getByRole('dialog', { name: 'Erase “CloudHost Inc.” for good?' });
  await expect(erasing.getByRole('list', { name: 'The link to it is removed from:' })).toContainText('BackupCo');
  await page.keyboard.press('Escape');
  await expect(erasing).toBeHidden();
  await expect(row).toBeVisible();

  // Restoring, by keyboard: the dialog says where the record goes back and what links to it again.
  await row.getByRole('button', { name: 'Restore “CloudHost Inc.”' }).press('Enter');
  const restoring = page.getByRole('dialog', { name: 'Restore “CloudHost Inc.”?' });
  await expect(restoring).toContainText('Processor “CloudHost Inc.” goes back to Boulangerie Martin');
  const linkedAgain = restoring.getByRole('list', { name: /^Linked to it again/ }).getByRole('listitem');
  await expect(linkedAgain).toHaveCount(1);
  await expect(linkedAgain).toContainText(['BackupCo']);
  await expect(linkedAgain).toContainText(['Processor']);
  await expect(restoring.getByRole('button', { name: 'Restore' })).toBeFocused();
  await page.screenshot({ path: `${ARTIFACTS}trash-restore-en-light.png` });
  await page.keyboard.press('Enter');
  await expect(restoring).toBeHidden();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();

  // Back in its list, for good: after a reload, with its sub-processor.
  await shell.reload();
  await processors.openList();
  await processors.openRecord('CloudHost Inc.');
  await expect(processors.chain.getByRole('link', { name: 'BackupCo' })).toBeVisible();
});
