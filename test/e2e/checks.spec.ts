import { expect, test } from './fixtures';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ChecksPage } from './pages/ChecksPage';

test.describe('checks', () => {
  // The dev server compiles the editor and the checks on first use; on two cores that takes a while.
  test.describe.configure({ timeout: 240_000 });

  test('a missing retention period is shown with its article, its link focuses the field, and the fix clears it', async ({
    shell,
  }) => {
    const page = shell.page;
    const activities = new ActivitiesPage(page);
    const checks = new ChecksPage(page);
    await activities.createOrganisation('Acme SAS');

    // An activity whose only gap is a data category without retention period or criteria (Art. 30(1)(f)).
    await activities.newControllerActivity();
    await page.getByRole('textbox', { name: 'Name of the activity' }).fill('Recruitment');
    await activities.openSection('Purposes & legal bases');
    await activities.add('Purpose');
    await activities.group('Purpose', 1).getByRole('textbox', { name: 'Purpose' }).fill('Assess candidates');
    await activities.choose(activities.group('Purpose', 1), 'Legal basis', /^Consent/);
    await activities.openSection('People & data');
    await activities.add('Category of data subjects');
    await activities
      .group('Category of data subjects', 1)
      .getByRole('textbox', { name: 'Category of data subjects' })
      .fill('Candidates');
    await activities.add('Data category');
    await activities.group('Data category', 1).getByRole('textbox', { name: 'Category of personal data' }).fill('CVs');
    // Whether providing the data is required is a question of its own (Art. 13(2)(e)): answered here.
    await activities.openSection('Collection points');
    await activities.choose(page, 'Providing the data is', 'Voluntary');
    await activities.openSection('Recipients & processors');
    await page.getByRole('button', { name: 'New recipient' }).click();
    await activities.dialog.getByRole('textbox', { name: 'Recipient' }).fill('HR department');
    await activities.dialog.getByRole('button', { name: 'Create and link' }).click();
    await expect(activities.dialog).toBeHidden();
    await activities.openSection('Security');
    await page.getByRole('button', { name: 'New measure' }).click();
    await activities.dialog.getByRole('textbox', { name: 'Measure' }).fill('Access limited to recruiters');
    await activities.dialog.getByRole('button', { name: 'Create and link' }).click();
    await expect(activities.dialog).toBeHidden();
    await activities.save();
    const id = await activities.currentId();

    // The activity list shows a findings badge: one finding, in the colour of a warning.
    await activities.openList();
    const row = page.getByRole('row').filter({ hasText: 'Recruitment' });
    await expect(row.getByRole('img', { name: '1 finding, worst: Should fix' })).toBeVisible();

    await checks.open();
    const gap = checks.finding('activity.retention-missing');
    await expect(gap).toHaveCount(1);
    await expect(gap).toContainText('Art. 30(1)(f)');
    await expect(gap).toContainText(
      'In "Recruitment", the data category "CVs" has no retention period and no criteria',
    );
    const warningsBefore = await checks.summaryCount('warning');
    expect(warningsBefore).toBeGreaterThanOrEqual(1);

    // The link opens the editor on the Retention section with the cursor in the period.
    await checks.fixLink('Retention per data category', 'Recruitment').click();
    await expect(page).toHaveURL(new RegExp(`#/activities/${id}/edit\\?field=dataCategories\\.0\\.retention$`));
    await expect(page.getByRole('tab', { name: 'Retention' })).toHaveAttribute('aria-selected', 'true');
    const period = page.getByRole('group', { name: 'Retention of CVs' }).getByRole('spinbutton', { name: 'Period' });
    await expect(period).toBeFocused();

    await period.fill('2');
    await activities.save();
    await expect(page.getByText('“Recruitment” saved.')).toBeVisible();

    // Back on Checks the gap is gone; the rest of the report is still there.
    await checks.open();
    await expect(checks.finding('organisation.controller-contact')).toHaveCount(1);
    await expect(checks.finding('activity.retention-missing')).toHaveCount(0);
    expect(await checks.summaryCount('warning')).toBe(warningsBefore - 1);

    // And the badge has gone from the list.
    await activities.openList();
    await expect(row).toBeVisible();
    await expect(row.getByRole('img', { name: /finding/ })).toHaveCount(0);
  });

  test('a processor without agreement: badge in the processors list, link to the checkbox, gone once signed', async ({
    shell,
  }) => {
    const page = shell.page;
    const activities = new ActivitiesPage(page);
    const checks = new ChecksPage(page);
    await activities.createOrganisation('Acme SAS');
    await page.goto('/#/processors/new');
    await page.getByRole('textbox', { name: 'Name' }).fill('CloudHost');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // The saved record's page, not the create page it leaves (whose address also ends in a segment).
    await expect(page).toHaveURL(/#\/processors\/(?!new$)[^/]+$/);
    const id = /#\/processors\/([^/?]+)/.exec(page.url())?.[1] ?? '';

    await page.goto('/#/processors');
    const row = page.getByRole('row').filter({ hasText: 'CloudHost' });
    await expect(row.getByRole('img', { name: '1 finding, worst: Must fix' })).toBeVisible({ timeout: 30_000 });

    await checks.open();
    await expect(checks.finding('processor.dpa-missing')).toContainText('Art. 28(3)');
    await checks.fixLink('Signed processor agreement', 'CloudHost').click();
    await expect(page).toHaveURL(new RegExp(`#/processors/${id}/edit\\?field=dpa\\.signed$`));
    const signed = page.getByRole('checkbox', { name: 'Data processing agreement signed' });
    await expect(signed).toBeFocused();
    await page.keyboard.press('Space');
    await expect(signed).toBeChecked();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/processors/${id}$`));

    await checks.open();
    await expect(checks.finding('processor.dpa-missing')).toHaveCount(0);
    await page.goto('/#/processors');
    await expect(row).toBeVisible();
    await expect(row.getByRole('img', { name: /finding/ })).toHaveCount(0);
  });

  test('filters and grouping change what is listed; the Art. 30(5) panel explains the recording duty', async ({
    shell,
  }) => {
    const page = shell.page;
    const activities = new ActivitiesPage(page);
    const checks = new ChecksPage(page);
    await activities.createOrganisation('Small Co');
    await activities.newControllerActivity();
    await page.getByRole('textbox', { name: 'Name of the activity' }).fill('Payroll');
    await activities.save();
    await activities.currentId();

    await checks.open();
    await expect(checks.finding('activity.purposes-missing')).toHaveCount(1);
    await expect(checks.finding('organisation.controller-contact')).toHaveCount(1);

    // Scope "Organisation" keeps only the organisation's findings.
    await page.getByRole('combobox', { name: 'Scope' }).click();
    await page.getByRole('option', { name: 'Organisation' }).click();
    await expect(checks.finding('activity.purposes-missing')).toHaveCount(0);
    await expect(checks.finding('organisation.controller-contact')).toHaveCount(1);

    // Grouping by record gives one titled group per record.
    await page.getByRole('combobox', { name: 'Scope' }).click();
    await page.getByRole('option', { name: 'All' }).click();
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(checks.gaps.getByRole('heading', { level: 3, name: 'Activity · Payroll' })).toBeVisible();
    await expect(checks.gaps.getByRole('heading', { level: 3, name: 'Organisation · Small Co' })).toBeVisible();

    // Showing only "To note" hides the errors.
    await page.getByRole('button', { name: /^Must fix/ }).click();
    await page.getByRole('button', { name: /^Should fix/ }).click();
    await expect(checks.finding('activity.purposes-missing')).toHaveCount(0);

    // Arrow keys walk the "Fix it" links.
    await page.getByRole('button', { name: /^Must fix/ }).click();
    const links = checks.gaps.getByRole('link', { name: /^Fix / });
    await links.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();

    // A new organisation has 1–9 people: the helper says the regular activity must be recorded.
    const duty = page.getByRole('region', { name: /Art\. 30\(5\)/ });
    await expect(duty).toContainText('Payroll');
    await expect(duty).toContainText('Must be recorded');
    await expect(duty).toContainText('it is not occasional');
  });
});
