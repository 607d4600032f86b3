import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { ChecksPage } from './pages/ChecksPage';
import { TemplateDialog } from './pages/TemplateDialog';

const SHOTS = fileURLToPath(new URL('../artifacts/templates/', import.meta.url));

test.describe('activity templates', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a draft from the payroll template carries its purposes and retention with sources', async ({ shell }) => {
    await mkdir(SHOTS, { recursive: true });
    const page = shell.page;
    const activities = new ActivitiesPage(page);
    const templates = new TemplateDialog(page);
    await activities.createOrganisation('Acme SAS');
    await activities.openList();
    await page.getByRole('button', { name: 'From a template' }).click();

    // A French word finds the English-titled template; the preview shows each figure with its source.
    await templates.search('paie');
    await templates.choose('Payroll');
    const preview = templates.preview('Payroll');
    await expect(preview.getByRole('row', { name: /Payslip duplicates/ })).toContainText(
      'Source: Code du travail, art. L. 3243-4',
    );
    await expect(preview.getByRole('row', { name: /Social-contribution documents/ })).toContainText(
      'Left for you to set',
    );
    await expect(preview).toContainText('DPIA not required (CNIL exemption list)');
    await page.screenshot({ path: `${SHOTS}dialog-en.png` });

    await templates.dialog.getByRole('button', { name: 'Create the draft' }).click();
    await expect(templates.dialog.getByRole('heading', { name: 'Draft created from “Payroll”' })).toBeVisible();
    await expect(templates.additions.filter({ hasText: 'Purpose: Compute and pay salaries' })).toHaveCount(1);
    await expect(
      templates.dialog.getByLabel('Retention left for you to set (the template has no sourced figure)'),
    ).toContainText('Social-contribution documents');
    await page.screenshot({ path: `${SHOTS}summary-en.png` });
    await templates.dialog.getByRole('button', { name: 'Open the draft' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Payroll' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Purposes & legal bases' })).toContainText(
      'Compute and pay salaries and reimburse expenses',
    );
    const payslips = page.getByRole('row', { name: /Payslip duplicates/ });
    await expect(payslips).toContainText('5 years');
    await expect(payslips).toContainText('Source: Code du travail, art. L. 3243-4');
    // The unsourced figure reached the activity empty, not as a default.
    await expect(page.getByRole('row', { name: /Social-contribution documents/ })).toContainText('Not set');
    await expect(page.getByText('Payroll, version 2, applied on')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}activity-en.png`, fullPage: true });

    // Nobody has reviewed the draft yet: the Checks say so.
    const checks = new ChecksPage(page);
    await checks.open();
    await expect(checks.finding('activity.template-unreviewed')).toHaveCount(1);
  });

  test('applying a template to an activity overwrites nothing and lists what it added', async ({ shell }) => {
    const page = shell.page;
    const activities = new ActivitiesPage(page);
    const templates = new TemplateDialog(page);
    await activities.createOrganisation('Acme SAS');
    await activities.newControllerActivity();
    await page.getByRole('textbox', { name: 'Name of the activity' }).fill('Hiring at Acme');
    await activities.save();
    const id = await activities.currentId();
    await page.goto(`/#/activities/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hiring at Acme' })).toBeVisible();

    await page.getByRole('button', { name: 'Apply a template' }).click();
    await templates.search('recrutement');
    await templates.choose('Recruitment');
    await templates.dialog.getByRole('button', { name: 'Add what is missing' }).click();
    await expect(templates.dialog.getByRole('heading', { name: 'What “Recruitment” added' })).toBeVisible();
    await expect(templates.additions.filter({ hasText: 'Purpose: Keep applications in a talent pool' })).toHaveCount(1);
    await expect(
      templates.additions.filter({
        hasText: 'Retention of Talent pool (with consent) — source: CNIL, recruitment guide',
      }),
    ).toHaveCount(1);
    await expect(
      templates.additions.filter({ hasText: 'Security measure created and linked: Role-based access' }),
    ).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}apply-summary-en.png` });
    await templates.dialog.getByRole('button', { name: 'Close' }).click();

    // The name the DPO typed is still there; the template's content was added beside it.
    await expect(page.getByRole('heading', { level: 1, name: 'Hiring at Acme' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Talent pool \(with consent\)/ })).toContainText('2 years');

    // Applying again adds nothing: everything is there already.
    await page.getByRole('button', { name: 'Apply a template' }).click();
    await templates.search('recruitment');
    await templates.choose('Recruitment');
    await templates.dialog.getByRole('button', { name: 'Add what is missing' }).click();
    await expect(templates.dialog).toContainText('Nothing was added');
  });

  test('in French, for an organisation writing its documents in French', async ({ shell }) => {
    await mkdir(SHOTS, { recursive: true });
    const page = shell.page;
    const activities = new ActivitiesPage(page);
    const templates = new TemplateDialog(page);
    await page.goto('/#/organisations/new');
    await page.getByLabel('Legal name').fill('Acme SAS');
    await activities.choose(page, 'Default document language', 'French');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).not.toHaveURL(/organisations\/new/);
    await page.evaluate(() => localStorage.setItem('dpo-desk.language', 'fr'));
    await shell.reload();
    await page.goto('/#/activities');
    await expect(page.getByRole('heading', { level: 1, name: 'Activités de traitement' })).toBeVisible({
      timeout: 45_000,
    });
    await page.getByRole('button', { name: "À partir d'un modèle" }).click();
    await templates.search('vidéosurveillance', 'Rechercher par nom, secteur ou mot-clé');
    await templates.choose('Vidéoprotection et vidéosurveillance', 'Modèles');
    await expect(templates.preview('Vidéoprotection et vidéosurveillance')).toContainText('Source : CNIL');
    await page.screenshot({ path: `${SHOTS}dialog-fr.png` });
    await templates.dialog.getByRole('button', { name: 'Créer le brouillon' }).click();
    await expect(templates.additions.first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}summary-fr.png` });
    await templates.dialog.getByRole('button', { name: 'Ouvrir le brouillon' }).click();
    await expect(page.getByRole('row', { name: /Images, identifiant de caméra/ })).toContainText('Source : CNIL');
    await page.screenshot({ path: `${SHOTS}activity-fr.png`, fullPage: true });
  });
});
