import { createRequire } from 'node:module';
import { expect, test } from './fixtures';
import { OrganisationScreens } from './pages/OrganisationScreens';
import { autoBackupReasons, dumpDatabase, waitForDailyBackup } from './pages/settings-idb';
import { SettingsScreens } from './pages/settings-screens';

const LETTERHEAD = 'test/fixtures/letterheads/northbridge-legal.docx';
/** A small real TrueType font, standing in for a firm's own (it has Latin letters too). */
const FIRM_FONT = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
);

test.describe('history and automatic backups', () => {
  test.describe.configure({ timeout: 120_000 });

  test("a record's history shows the change field by field, and an earlier version can be restored", async ({
    shell,
  }) => {
    const page = shell.page;
    const orgs = new OrganisationScreens(page);
    await orgs.create({ name: 'Utixo SARL', city: 'Nantes' });
    await orgs.edit();
    await orgs.fill('City', 'Rennes');
    await orgs.save();
    await expect(page.getByText('Rennes')).toBeVisible();

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History of “Utixo SARL”' });
    const changes = dialog.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem');
    await expect(changes).toHaveCount(2);
    await expect(changes.first()).toContainText('Changed');
    await expect(changes.first().getByRole('row', { name: /Address/ })).toContainText('Nantes');
    await expect(changes.first().getByRole('row', { name: /Address/ })).toContainText('Rennes');

    await changes.nth(1).getByRole('button', { name: 'Restore this version' }).click();
    await page.getByRole('dialog', { name: 'Restore this version?' }).getByRole('button', { name: 'Restore' }).click();
    await expect(changes).toHaveCount(3);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('main').getByText('Nantes', { exact: true })).toBeVisible();
    const dump = await dumpDatabase(page);
    expect((dump.organisations as { address: { city: string } }[])[0]?.address.city).toBe('Nantes');
  });

  test('an automatic backup restores the data as it was, after a safety copy of the present', async ({ shell }) => {
    const page = shell.page;
    const orgs = new OrganisationScreens(page);
    await orgs.create({ name: 'Tixeo SAS' });
    // The daily backup is taken at start-up once there is something to back up.
    await shell.reload();
    await waitForDailyBackup(page);
    await orgs.openList();
    await orgs.openRecord('Tixeo SAS');
    await orgs.deleteConfirmed();

    const settings = new SettingsScreens(page);
    await settings.open();
    const table = page.getByRole('table', { name: 'Automatic backups' });
    await expect(table.getByRole('row', { name: /Daily backup/ })).toBeVisible();
    await table
      .getByRole('row', { name: /Daily backup/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await expect(settings.dialog).toContainText('A safety backup of your data as it is now is taken first');
    await settings.dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(shell.notice).toContainText('Your data is back as it was on');
    await expect(table.getByRole('row', { name: /Before a restore/ })).toBeVisible();

    await orgs.openList();
    await expect(orgs.row('Tixeo SAS')).toBeVisible();
    const dump = await dumpDatabase(page);
    expect(autoBackupReasons(dump).sort()).toEqual(['before-restore', 'daily']);
  });

  test('the retention of automatic backups is a setting that is kept', async ({ shell }) => {
    const settings = new SettingsScreens(shell.page);
    await settings.open();
    const field = shell.page.getByLabel('Keep automatic backups for');
    await expect(field).toHaveValue('30');
    await field.fill('0');
    await expect(shell.page.getByText('Enter a whole number of days between 1 and 3650.')).toBeVisible();
    await field.fill('90');
    await field.press('Enter');
    await expect(shell.notice).toContainText('kept for 90 days');
    await shell.reload();
    await settings.open();
    await expect(shell.page.getByLabel('Keep automatic backups for')).toHaveValue('90');

    // The letterhead, kept like a setting: a file that is not Word is refused with its reason and
    // changes nothing; the firm's letterhead is previewed, then kept, and is still there after a reload.
    const block = settings.letterheadBlock();
    await expect(block).toContainText('None: documents use DPO Desk’s own layout here.');
    await settings.pickLetterhead({
      name: 'notes.docx',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a letterhead'),
    });
    await expect(shell.page.getByRole('region', { name: 'Letterhead', exact: true }).getByRole('alert')).toContainText(
      'This letterhead was refused. The file is not a Word document (.docx or .dotx). Nothing was changed.',
    );
    await expect(block).toContainText('None: documents use DPO Desk’s own layout here.');
    // Past 10 MB the refusal is the letterhead's own (and so in the reader's language).
    await settings.pickLetterhead({
      name: 'scanned-paper.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.alloc(11 * 1024 * 1024, 0x50),
    });
    await expect(shell.page.getByRole('region', { name: 'Letterhead', exact: true }).getByRole('alert')).toContainText(
      'This letterhead was refused. The file is too large for a letterhead (at most 10 MB, 30 MB unpacked and 300 parts). Nothing was changed.',
    );
    await expect(block).toContainText('None: documents use DPO Desk’s own layout here.');
    await settings.pickLetterhead(LETTERHEAD);
    const preview = shell.page.getByRole('dialog', { name: 'Use the letterhead “northbridge-legal”?' });
    await expect(preview).toContainText('US Letter (216 × 279 mm)');
    await expect(preview).toContainText('Northbridge Legal LLP');
    await preview.getByRole('button', { name: 'Use letterhead' }).click();
    await expect(shell.notice).toContainText('The letterhead “northbridge-legal” is used for the next exports.');
    await shell.reload();
    await settings.open();
    await expect(block).toContainText('Imported from northbridge-legal.docx');
    await expect(block.getByRole('img', { name: 'Sample page on this letterhead' })).toContainText(
      'Northbridge Legal LLP',
    );

    // The firm's font for PDFs: a file that is not a font is refused with its reason; the TrueType
    // file is kept with the letterhead and named on it, still there after a reload.
    await settings.pickLetterheadFont({ name: 'logo.ttf', mimeType: 'font/ttf', buffer: Buffer.from('not a font') });
    await expect(shell.page.getByRole('region', { name: 'Letterhead', exact: true }).getByRole('alert')).toContainText(
      'This font was refused. The file is damaged or cut short: it cannot be read as a font. Nothing was changed.',
    );
    await expect(block).toContainText('None added (PDFs use DPO Desk’s own)');
    await settings.pickLetterheadFont(FIRM_FONT);
    await expect(shell.notice).toContainText(
      'PDFs on the letterhead “northbridge-legal” use the font Noto Sans Hebrew.',
    );
    await shell.reload();
    await settings.open();
    await expect(block).toContainText('Noto Sans Hebrew');
  });
});
