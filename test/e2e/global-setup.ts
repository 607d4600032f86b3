import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS, E2E_TARGET, WEB_URL } from './target';

const SECTION_PATHS = [
  'organisations',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'contacts',
  'security-measures',
  'documents',
  'checks',
  'settings',
];

/**
 * Visits every section once before the specs run, so the Vite dev server has compiled each
 * lazily loaded section and settled its dependency optimisation: a spec then never meets a
 * first-visit compile or an "optimised dependencies changed" reload in the middle of a step.
 */
export default async function warmUp(): Promise<void> {
  if (E2E_TARGET !== 'web') return;
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage();
    for (const path of [...SECTION_PATHS, 'organisations/new']) {
      await page.goto(`${WEB_URL}/#/${path}`);
      await page
        .getByRole('heading', { level: 1 })
        .or(page.getByRole('heading', { level: 5 }))
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(() => undefined);
    }
  } finally {
    await browser.close();
  }
}
