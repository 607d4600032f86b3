import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { checkedOn, factNote, GuidedStartScreens } from './pages/GuidedStartScreens';
import { OrganisationScreens } from './pages/OrganisationScreens';

const SHOTS = fileURLToPath(new URL('../artifacts/guided-start/', import.meta.url));

test.describe('guided start and processor library', () => {
  test('a new user gets a draft register with activities, processors, sub-processors and transfers', async ({
    shell,
  }) => {
    test.setTimeout(240_000);
    await mkdir(SHOTS, { recursive: true });
    const page = shell.page;
    const guided = new GuidedStartScreens(page);
    await new OrganisationScreens(page).create({ name: 'Boutique Lumière SAS', city: 'Lyon' });

    await guided.startFromBanner();
    await guided.answerProfile({ sector: 'Retail and e-commerce', headcount: '10 to 49', role: 'Both' });
    await page.getByRole('textbox', { name: /A client you process data for/ }).fill('Maison Partenaire SARL');
    await page.screenshot({ path: `${SHOTS}profile-en.png`, fullPage: true });
    await guided.next();
    await guided.pickTools(['Shopify', 'Stripe', 'PayFit']);

    // Each proposal says why: payroll for an employer, the newsletter only if a tool or the sector calls for it.
    await expect(guided.proposedActivity('Payroll')).toHaveAttribute('aria-checked', 'true');
    await expect(guided.proposedActivity('Payroll')).toContainText('Every employer keeps this.');
    await expect(guided.proposedActivity('Payroll')).toContainText('Uses PayFit');
    await expect(guided.proposedActivity('E-commerce orders and card payments')).toContainText(
      'You use Shopify, Stripe',
    );
    await expect(guided.proposedProcessor('Stripe')).toHaveAttribute('aria-checked', 'true');
    await page.screenshot({ path: `${SHOTS}proposal-en.png`, fullPage: true });
    // The DPO can untick what does not apply.
    await guided.proposedActivity('Whistleblowing and ethics alerts').click();
    await expect(guided.proposedActivity('Whistleblowing and ethics alerts')).toHaveAttribute('aria-checked', 'true');
    await guided.proposedActivity('Whistleblowing and ethics alerts').click();
    await guided.createDrafts();

    await expect(page.getByRole('row').filter({ hasText: 'Payroll' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Customer management' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Whistleblowing' })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}register-en.png`, fullPage: true });

    await shell.goTo('Processors');
    for (const name of ['Shopify', 'Stripe', 'PayFit', 'Shopify Inc.'])
      await expect(page.getByRole('row').filter({ hasText: name }).first()).toBeVisible();
    // Shopify Inc. is recorded as Shopify's sub-processor.
    await expect(page.getByRole('row').filter({ hasText: 'Shopify Inc.' })).toContainText('Shopify');
    await page.getByRole('row').filter({ hasText: 'Stripe' }).click();
    await expect(shell.heading).toHaveText('Stripe');
    await expect(page.getByTestId('library-origin')).toHaveText(`Library, checked on ${checkedOn('stripe', 'en')}`);

    await shell.goTo('Transfers');
    await expect(page.getByRole('row').filter({ hasText: 'Stripe' })).toContainText('United States');
    await expect(page.getByRole('row').filter({ hasText: 'Shopify Inc.' })).toContainText('Canada');
  });

  test('"Add from the library" creates one provider with its sub-processors and transfers, in English and French', async ({
    shell,
  }) => {
    test.setTimeout(180_000);
    await mkdir(SHOTS, { recursive: true });
    const page = shell.page;
    const guided = new GuidedStartScreens(page);
    await new OrganisationScreens(page).create({ name: 'Cabinet Durand' });
    await shell.goTo('Processors');
    await guided.addFromLibrary('intercom', 'Intercom');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Intercom R&D Unlimited Company');
    await expect(dialog).toContainText('Snowflake Inc.');
    await page.screenshot({ path: `${SHOTS}library-en.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Add Intercom' }).click();
    await expect(shell.heading).toHaveText('Intercom');
    await expect(page.getByTestId('library-origin')).toBeVisible();
    await shell.goTo('Processors');
    await expect(page.getByRole('row').filter({ hasText: 'Snowflake Inc.' })).toBeVisible();
    // Adding it a second time says it is already there and opens it instead of recording it twice.
    await guided.addFromLibrary('intercom', 'Intercom');
    await expect(page.getByTestId('library-already-there')).toContainText('Intercom is already in your register');
    await page.screenshot({ path: `${SHOTS}library-already-en.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Open Intercom' }).click();
    await expect(shell.heading).toHaveText('Intercom');
    await shell.goTo('Processors');
    await expect(page.locator('[role="gridcell"][data-field="name"]').filter({ hasText: /^Intercom$/ })).toHaveCount(1);

    await page.evaluate(() => localStorage.setItem('dpo-desk.language', 'fr'));
    await shell.reload();
    await page.getByRole('button', { name: 'Ajouter depuis la bibliothèque' }).click();
    const fr = page.getByRole('dialog', { name: 'Ajouter un sous-traitant depuis la bibliothèque' });
    await fr.getByRole('searchbox').fill('paie');
    await fr.getByRole('button', { name: /^PayFit/ }).click();
    await expect(fr.getByTestId('library-preview')).toContainText(
      `Informations vérifiées le ${checkedOn('payfit', 'fr')}`,
    );
    // The points left to check are in French too.
    await expect(fr.getByTestId('library-preview')).toContainText(factNote('payfit', 'transferCoverage', 'fr'));
    await page.screenshot({ path: `${SHOTS}library-fr.png`, fullPage: true });
  });
});
