import { expect, test } from './fixtures';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ChecksPage } from './pages/ChecksPage';
import { ProcessorScreens } from './pages/ProcessorScreens';

test.describe('processing activities', () => {
  // The dev server compiles the editor on first use; on two cores that alone can take half a minute.
  test.describe.configure({ timeout: 180_000 });
  test.beforeEach(async ({ shell }) => {
    await new ActivitiesPage(shell.page).createOrganisation('Acme SAS');
  });

  test('a full activity entered through the editor is all there after a reload', async ({ shell }) => {
    test.setTimeout(240_000);
    const page = shell.page;
    const p = new ActivitiesPage(page);
    await p.newControllerActivity();

    await page.getByRole('textbox', { name: 'Name of the activity' }).fill('Customer accounts');
    await page.getByRole('textbox', { name: 'Reference' }).fill('CRM-01');
    await page.getByRole('textbox', { name: 'Department' }).fill('Sales');

    // Two purposes with different legal bases; the second on legitimate interests, with the interest.
    await p.openSection('Purposes & legal bases');
    await p.add('Purpose');
    await p.add('Purpose');
    const first = p.group('Purpose', 1);
    await first.getByRole('textbox', { name: 'Purpose' }).fill('Manage customer contracts');
    await p.choose(first, 'Legal basis', /^Contract/);
    const second = p.group('Purpose', 2);
    await second.getByRole('textbox', { name: 'Purpose' }).fill('Prevent payment fraud');
    await p.choose(second, 'Legal basis', /^Legitimate interests/);
    await second
      .getByRole('textbox', { name: 'Legitimate interest pursued' })
      .fill('Protect the company against fraudulent orders');

    // Two data categories, each with its own retention, entered inline.
    await p.openSection('People & data');
    await p.add('Category of data subjects');
    await p
      .group('Category of data subjects', 1)
      .getByRole('textbox', { name: 'Category of data subjects' })
      .fill('Customers');
    await p.add('Data category');
    await p.add('Data category');
    const identity = p.group('Data category', 1);
    await identity.getByRole('textbox', { name: 'Category of personal data' }).fill('Identity and contact details');
    await identity.getByRole('spinbutton', { name: 'Period' }).fill('3');
    await identity.getByRole('textbox', { name: 'Starting from' }).fill('the end of the contract');
    const card = p.group('Data category', 2);
    await card.getByRole('textbox', { name: 'Category of personal data' }).fill('Payment card data');
    await card.getByRole('spinbutton', { name: 'Period' }).fill('13');
    await p.choose(card, 'Unit', 'months');
    await card.getByRole('textbox', { name: 'Starting from' }).fill('the payment');

    // A processor and its sub-processor, created from the editor.
    await p.openSection('Recipients & processors');
    await page.getByRole('button', { name: 'New processor' }).click();
    await p.dialog.getByRole('textbox', { name: 'Processor' }).fill('CloudHost');
    await p.dialog.getByRole('button', { name: 'Create and link' }).click();
    await expect(p.dialog).toBeHidden();
    await page.getByRole('button', { name: 'New processor' }).click();
    await p.dialog.getByRole('textbox', { name: 'Processor' }).fill('BackupCo');
    await p.choose(p.dialog, 'Sub-processor of', 'CloudHost');
    await p.dialog.getByRole('button', { name: 'Create and link' }).click();
    await expect(p.dialog).toBeHidden();
    await expect(page.getByText('CloudHost: BackupCo')).toBeVisible();
    // A sub-processor need not be linked itself: it works for the activity through CloudHost.
    const linkedBackupCo = page.getByRole('button', { name: 'BackupCo', exact: true });
    await linkedBackupCo.focus();
    await page.keyboard.press('Delete');
    await expect(linkedBackupCo).toHaveCount(0);
    await expect(page.getByText('CloudHost: BackupCo')).toBeVisible();

    // Transfers, each to a processor's record: Switzerland by adequacy, the United States under SCCs.
    await p.openSection('Transfers');
    await page.getByRole('button', { name: 'New transfer' }).click();
    await p.pick(p.dialog, 'Recipient', 'CloudHost');
    await p.pick(p.dialog, 'Destination country', 'Switzerland');
    await expect(p.dialog.getByText('Covered by an adequacy decision (Art. 45).')).toBeVisible();
    await p.choose(p.dialog, 'Transfer mechanism', /^Adequacy decision/);
    await p.dialog.getByRole('button', { name: 'Create and link' }).click();
    await expect(p.dialog).toBeHidden();
    await page.getByRole('button', { name: 'New transfer' }).click();
    await p.pick(p.dialog, 'Recipient', 'BackupCo');
    await p.pick(p.dialog, 'Destination country', 'United States');
    await p.choose(p.dialog, 'Transfer mechanism', /^Standard contractual clauses/);
    await p.dialog.getByRole('button', { name: 'Create and link' }).click();
    await expect(p.dialog).toBeHidden();

    await p.save();
    const id = await p.currentId();

    await shell.reload();
    await page.goto(`/#/activities/${id}`);
    const view = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1, name: 'Customer accounts' })).toBeVisible({ timeout: 30_000 });
    for (const text of [
      'CRM-01 · Sales',
      'Manage customer contracts',
      'Contract (Art. 6(1)(b))',
      'Prevent payment fraud',
      'Legitimate interests (Art. 6(1)(f))',
      'Protect the company against fraudulent orders',
      'Customers',
      'CloudHost (sub-processors: BackupCo)',
      'CloudHost → Switzerland: Adequacy decision (Art. 45)',
      'BackupCo → United States: Standard contractual clauses (Art. 46(2)(c))',
    ])
      await expect(view).toContainText(text);
    const rows = view.getByRole('table', { name: 'Categories of personal data' }).getByRole('row');
    await expect(rows.filter({ hasText: 'Identity and contact details' })).toContainText(
      '3 years — from the end of the contract',
    );
    await expect(rows.filter({ hasText: 'Payment card data' })).toContainText('13 months — from the payment');

    // The editor shows the stored values too, and the list finds the activity by its purpose.
    await page.getByRole('link', { name: 'Edit' }).click();
    await p.openSection('Retention');
    await expect(
      page.getByRole('group', { name: 'Retention of Payment card data' }).getByRole('spinbutton'),
    ).toHaveValue('13');
    await p.openList();
    await page.getByRole('searchbox', { name: /Search/ }).fill('fraud');
    await expect(page.getByRole('grid')).toContainText('Customer accounts');
    await expect(page.getByRole('grid')).toContainText('6(1)(b), 6(1)(f)');

    // BackupCo, linked through CloudHost only, is used by the activity: its page says so, and the
    // checks find that no agreement is recorded for it.
    const processors = new ProcessorScreens(page);
    await processors.openList();
    await processors.openRecord('BackupCo');
    const usedBy = page.getByRole('main');
    await expect(usedBy).toContainText('Used by 1 processing activity.');
    await expect(usedBy.getByRole('link', { name: 'Customer accounts' })).toBeVisible();
    const checks = new ChecksPage(page);
    await checks.open();
    await expect(checks.finding('processor.sub-processor-dpa-missing')).toContainText(
      'BackupCo, a sub-processor of CloudHost',
    );
  });

  test('an impossible value is rejected on its field and nothing is saved', async ({ shell }) => {
    const page = shell.page;
    const p = new ActivitiesPage(page);
    await p.newControllerActivity();
    await page.getByRole('textbox', { name: 'Name of the activity' }).fill('Recruitment');
    await p.openSection('People & data');
    await p.add('Data category');
    const category = p.group('Data category', 1);
    await category.getByRole('textbox', { name: 'Category of personal data' }).fill('CVs');
    await category.getByRole('spinbutton', { name: 'Period' }).fill('-3');
    await p.save();
    const period = category.getByRole('spinbutton', { name: 'Period' });
    await expect(period).toHaveAttribute('aria-invalid', 'true');
    await expect(category).toContainText('The period must be a positive whole number.');
    await expect(period).toBeFocused();
    await expect(page).toHaveURL(/#\/activities\/new/);

    // A purpose on legitimate interests without the interest is refused as well.
    await category.getByRole('spinbutton', { name: 'Period' }).fill('2');
    await p.openSection('Purposes & legal bases');
    await p.add('Purpose');
    await p.group('Purpose', 1).getByRole('textbox', { name: 'Purpose' }).fill('Assess candidates');
    await p.choose(p.group('Purpose', 1), 'Legal basis', /^Legitimate interests/);
    await p.save();
    await expect(p.group('Purpose', 1)).toContainText('Say which legitimate interest is pursued (Art. 13(1)(d)).');
    await expect(page).toHaveURL(/#\/activities\/new/);

    await p.openList();
    await expect(page.getByRole('grid')).toContainText('No activity yet.');
  });

  test("a deleted activity's page and editor say so and lead back to the list, as every record's do", async ({
    shell,
  }) => {
    const page = shell.page;
    const p = new ActivitiesPage(page);
    await p.newControllerActivity();
    await page.getByRole('textbox', { name: 'Name of the activity' }).fill('Payroll');
    await p.save();
    const id = await p.currentId();
    await page.goto(page.url().replace(/\/edit$/, ''));
    await expect(page.getByRole('heading', { level: 1, name: 'Payroll' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link')).toHaveText(
      'Processing activities',
    );
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('button', { name: 'Undo' }).last()).toBeVisible();

    const gone = 'This processing activity does not exist or has been deleted.';
    for (const address of [`#/activities/${id}`, `#/activities/${id}/edit`]) {
      await page.goto(page.url().replace(/#.*$/, address));
      await expect(page.getByRole('alert').filter({ hasText: gone })).toBeVisible();
    }
    await page.getByRole('alert').filter({ hasText: gone }).getByRole('link', { name: 'Back' }).click();
    await expect(page).toHaveURL(/#\/activities$/);
    await expect(page.getByRole('grid')).toContainText('No activity yet.');
  });

  test('every way out of a dirty editor asks first; Esc in an open list closes only the list', async ({ shell }) => {
    const page = shell.page;
    const p = new ActivitiesPage(page);
    await p.newControllerActivity();
    // Created with the keyboard alone and saved with Ctrl+S. The new record's address keeps the same
    // editor: keys typed straight after Ctrl+S, while the address changes, land in the field and
    // stay unsaved.
    await page.getByRole('textbox', { name: 'Name of the activity' }).focus();
    await page.keyboard.type('Payroll');
    // Tab walks the fields in the order they are shown: reference and status, then department.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Reference' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Status' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Department' })).toBeFocused();
    await page.keyboard.type('HR');
    await page.keyboard.press('Control+s');
    await page.keyboard.type(' team');
    await expect(page).toHaveURL(/#\/activities\/[^/]+\/edit$/);
    await expect(page.getByRole('textbox', { name: 'Department' })).toHaveValue('HR team');
    await expect(page.getByRole('textbox', { name: 'Department' })).toBeFocused();
    const id = await p.currentId();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    // Until the dialog has faded out, the form behind it is hidden from the accessibility tree and
    // "Cancel" would find the dialog's own button again.
    const stay = async () => {
      await leave.getByRole('button', { name: 'Cancel' }).click();
      await expect(leave).toBeHidden();
    };

    await page.getByRole('textbox', { name: 'Department' }).fill('Finance');
    // The audience list closes itself once a value is picked: the next Esc used to drop the form.
    await p.pick(page, 'Audiences (for the privacy policies)', 'Employees');
    await expect(page.getByRole('listbox')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(leave).toBeVisible();
    await stay();
    await expect(page.getByRole('textbox', { name: 'Department' })).toHaveValue('Finance');

    // Esc inside an open select closes the select only.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(leave).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#/activities/${id}/edit$`));

    // Leaving through the sidebar asks, and so does Cancel; discarding leaves the record as stored.
    await page.getByRole('navigation').getByRole('link', { name: 'Recipients' }).click();
    await expect(leave).toBeVisible();
    await stay();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page).toHaveURL(new RegExp(`#/activities/${id}$`));

    await shell.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Payroll' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('main')).toContainText('HR');
    await expect(page.getByRole('main')).not.toContainText('Finance');
  });

  test('a deep link opens the section of the field and puts the cursor in it', async ({ shell }) => {
    const page = shell.page;
    const p = new ActivitiesPage(page);
    await p.newControllerActivity();
    await page.getByRole('textbox', { name: 'Name of the activity' }).fill('Newsletter');
    await p.openSection('Purposes & legal bases');
    await p.add('Purpose');
    await p.add('Purpose');
    await p.group('Purpose', 1).getByRole('textbox', { name: 'Purpose' }).fill('Send the newsletter');
    await p.choose(p.group('Purpose', 1), 'Legal basis', /^Consent/);
    await p.group('Purpose', 2).getByRole('textbox', { name: 'Purpose' }).fill('Measure opening rates');
    await p.choose(p.group('Purpose', 2), 'Legal basis', /^Legitimate interests/);
    await p.group('Purpose', 2).getByRole('textbox', { name: 'Legitimate interest pursued' }).fill('Improve content');
    await p.openSection('People & data');
    await p.add('Data category');
    await p
      .group('Data category', 1)
      .getByRole('textbox', { name: 'Category of personal data' })
      .fill('E-mail address');
    await p.save();
    const id = await p.currentId();

    await page.goto(`/#/activities/${id}/edit?field=purposes.1.legitimateInterest`);
    await expect(page.getByRole('tab', { name: 'Purposes & legal bases' })).toHaveAttribute('aria-selected', 'true');
    await expect(p.group('Purpose', 2).getByRole('textbox', { name: 'Legitimate interest pursued' })).toBeFocused();

    await page.goto(`/#/activities/${id}/edit?field=dataCategories.0.retention`);
    await expect(page.getByRole('tab', { name: 'Retention' })).toHaveAttribute('aria-selected', 'true');
    await expect(
      page.getByRole('group', { name: 'Retention of E-mail address' }).getByRole('spinbutton', { name: 'Period' }),
    ).toBeFocused();
  });
});
