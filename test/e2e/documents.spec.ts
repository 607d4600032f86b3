import { docxText, normaliseText, pdfText } from '../support/document-clients';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/DocumentsPage';
import { asFile, largeBackup } from './pages/large-backup';
import { SettingsScreens } from './pages/settings-screens';

const CONTROLLER = 'Who is responsible for your data';
const STALE = 'The facts beneath this text changed since you wrote it — review it.';

test.describe('Documents', () => {
  // Two exports, a PDF layout slowed down on purpose and the dev server's first compile of the section.
  test.setTimeout(180_000);

  test('a policy previews live facts, flags overridden text when the facts change, and exports as DOCX', async ({
    app,
    shell,
    profileDir,
  }) => {
    const docs = new DocumentsPage(app.page);
    await shell.waitUntilReady();
    await docs.createOrganisation('Acme Analytics SAS');
    await docs.createPolicy('Website privacy policy');

    // The preview is written from the record: the organisation is named as controller.
    await expect(docs.section(CONTROLLER)).toContainText('The controller of your personal data is Acme Analytics SAS.');

    // The preview follows the form as it is typed, before saving.
    await app.page.getByLabel('Introduction').fill('We respect the people whose data we hold.');
    await expect(docs.preview).toContainText('We respect the people whose data we hold.');
    await app.page.getByRole('button', { name: 'Save', exact: true }).click();

    await docs.overrideSection(
      CONTROLLER,
      'Acme Analytics SAS, 1 rue de la Paix, Paris, is responsible.',
      'Add after the generated text',
    );
    await expect(docs.section(CONTROLLER)).toContainText('1 rue de la Paix');
    await expect(docs.section(CONTROLLER)).not.toContainText(STALE);
    await app.page.screenshot({ path: 'test/artifacts/documents-policy-editor.png', fullPage: false });

    // Change the fact beneath the overridden section: the preview is rewritten and the text flagged.
    await docs.renameOrganisation('Acme Analytics SAS', 'Acme Data SAS');
    await docs.openPolicy('Website privacy policy');
    await expect(docs.section(CONTROLLER)).toContainText('The controller of your personal data is Acme Data SAS.');
    await expect(docs.section(CONTROLLER)).toContainText(STALE);
    await expect(app.page.getByText('1 section to review')).toBeVisible();
    await app.page.screenshot({ path: 'test/artifacts/documents-policy-stale.png', fullPage: false });
    await docs.section(CONTROLLER).getByRole('button', { name: 'Keep my text' }).click();
    await expect(docs.section(CONTROLLER)).not.toContainText(STALE);
    await expect(docs.section(CONTROLLER)).toContainText('1 rue de la Paix');

    // Export the policy as DOCX through the dialog and read the saved file with python-docx.
    await app.page.getByRole('button', { name: 'Export', exact: true }).click();
    await docs.choose('Format', 'Word (DOCX)');
    const { bytes, name } = await docs.exportAndDownload(profileDir);
    expect(name).toMatch(/^Acme Data SAS - Website privacy policy - \d{4}-\d{2}-\d{2}\.docx$/);
    const docx = normaliseText((await docxText(bytes)).text);
    expect(docx).toContain('The controller of your personal data is Acme Data SAS.');
    expect(docx).toContain('1 rue de la Paix');
  });

  test('the register exports as PDF after warning about gaps, and a cancelled export saves nothing', async ({
    app,
    shell,
    profileDir,
  }) => {
    const docs = new DocumentsPage(app.page);
    await shell.waitUntilReady();
    await docs.createOrganisation('Borealis Hosting Oy');
    await docs.openList();

    await app.page.getByRole('button', { name: 'Export a register' }).first().click();
    await expect(
      docs.dialog.getByRole('heading', { name: 'Export the record of processing activities' }),
    ).toBeVisible();
    await app.page.screenshot({ path: 'test/artifacts/documents-export-options.png' });
    // Which statuses the register holds is said once, by the chips (retired activities only when
    // "Retired" is on): no second control that could contradict them, and no empty register.
    const status = (name: string) => docs.dialog.getByRole('button', { name, exact: true });
    await expect(status('Draft')).toHaveAttribute('aria-pressed', 'true');
    await expect(status('Active')).toHaveAttribute('aria-pressed', 'true');
    await expect(status('Retired')).toHaveAttribute('aria-pressed', 'false');
    await expect(docs.dialog.getByRole('checkbox', { name: /retired/i })).toHaveCount(0);
    await status('Draft').click();
    await status('Active').click();
    await expect(docs.dialog.getByRole('alert')).toHaveText('Choose at least one status: the register would be empty.');
    await expect(docs.dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
    await status('Active').click();
    await status('Draft').click();
    await docs.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    // An organisation without contact details has gaps: they are listed with the article, not blocking.
    // The worker reads the record and runs every check first: on a busy 2-core machine that can take a while.
    await expect(docs.dialog.getByRole('list', { name: 'Gaps in the record' })).toContainText('Art. 30', {
      timeout: 30_000,
    });
    await app.page.screenshot({ path: 'test/artifacts/documents-export-gaps.png' });
    await docs.dialog.getByRole('button', { name: 'Back' }).click();
    const { bytes, name } = await docs.exportAndDownload(profileDir);
    expect(name).toMatch(
      /^Borealis Hosting Oy - Record of processing activities \(controller\) - \d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const text = normaliseText(await pdfText(bytes));
    expect(text).toContain('Borealis Hosting Oy');
    expect(text).toMatch(/Art(icle|\.) 30/);

    // Cancel mid-way: a register of a few hundred activities takes seconds to lay out in the worker,
    // so Cancel arrives while it is still being built.
    const settings = new SettingsScreens(app.page);
    await settings.open();
    await settings.chooseBackup(asFile('large.json', await largeBackup(300)));
    await settings.restoreAndWait();
    await settings.closeDialog();
    await shell.organisationSwitcher.click();
    await app.page.getByRole('option', { name: 'Utixo SARL' }).click();
    await docs.openList();
    let downloads = 0;
    app.page.on('download', () => {
      downloads += 1;
    });
    const exportWorkers = () => app.page.workers().filter((w) => /export\.worker/.test(w.url())).length;
    const openExport = () => app.page.getByRole('button', { name: 'Export a register' }).first().click();
    // The dialog starts the export's worker while the DPO chooses the options, not after the click,
    // and ends it when closed without exporting.
    await openExport();
    await expect.poll(exportWorkers).toBe(1);
    await docs.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(docs.dialog).toBeHidden();
    await expect.poll(exportWorkers).toBe(0);
    await openExport();
    await expect.poll(exportWorkers).toBe(1);
    await docs.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    // Hundreds of gaps: the dialog lists the first 50 and sends the DPO to the Checks screen for all.
    const gapList = docs.dialog.getByRole('list', { name: 'Gaps in the record' });
    await expect(gapList.getByRole('listitem')).toHaveCount(50);
    await expect(docs.dialog).toContainText(/The first 50 of \d{3,} gaps are listed here\./);
    await expect(docs.dialog.getByRole('link', { name: 'See them all on the Checks screen.' })).toHaveAttribute(
      'href',
      /\/checks$/,
    );
    const progress = docs.dialog.getByRole('progressbar', { name: 'Export progress' });
    await docs.dialog.getByRole('button', { name: 'Export anyway' }).click();
    await expect(progress).toBeVisible();
    await docs.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.page.getByRole('alert').filter({ hasText: 'Export cancelled' })).toContainText(
      'Export cancelled. Nothing was saved.',
    );
    await expect(docs.dialog).toBeHidden();
    // Give a late worker every chance to deliver a file: none may arrive.
    await app.page.waitForTimeout(2000);
    expect(downloads).toBe(0);
    // The cancelled job's worker is not left running either.
    await expect.poll(exportWorkers).toBe(0);
  });
});
