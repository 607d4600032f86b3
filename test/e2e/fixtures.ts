import { _electron, chromium, test as base, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppShell } from './pages/AppShell';
import { CHROMIUM_LAUNCH_OPTIONS, E2E_TARGET, WEB_URL } from './target';

/** A running app over a profile folder; closing it keeps the folder so the app can be relaunched. */
export interface RunningApp {
  page: Page;
  close(): Promise<void>;
}

const ELECTRON_MAIN = fileURLToPath(new URL('../../.vite/build/main.js', import.meta.url));

/**
 * Starts the app with `userDataDir` as its profile (IndexedDB, local storage). The same folder
 * on the next launch is the same user's data: this is how persistence across restarts is tested.
 */
/**
 * Whether the system asks for reduced motion. The suite's default is "reduce": the app then draws no
 * transition or ripple (as its users with that system setting see it), which spares the two cores
 * the frames of every fade and ripple. A spec about motion-sensitive behaviour runs with
 * `test.use({ motion: 'no-preference' })`.
 */
export type Motion = 'reduce' | 'no-preference';

export const launchApp = async (userDataDir: string, motion: Motion = 'reduce'): Promise<RunningApp> => {
  if (E2E_TARGET === 'electron') {
    const app = await _electron.launch({ args: [ELECTRON_MAIN, `--user-data-dir=${userDataDir}`] });
    const page = await app.firstWindow();
    await page.emulateMedia({ reducedMotion: motion });
    await page.waitForLoadState('domcontentloaded');
    return { page, close: () => app.close() };
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...CHROMIUM_LAUNCH_OPTIONS,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    reducedMotion: motion,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${WEB_URL}/#/organisations`);
  return {
    page,
    // Playwright's trace (DPO_DESK_E2E_TRACE=1) and its screenshot on failure cover this context too.
    close: () => context.close(),
  };
};

interface Fixtures {
  /** The system's motion preference the app is started with (see `Motion`). */
  motion: Motion;
  /** A fresh profile folder per test, removed afterwards. */
  profileDir: string;
  /** The app started on `profileDir`. */
  app: RunningApp;
  shell: AppShell;
}

export const test = base.extend<Fixtures>({
  motion: ['reduce', { option: true }],
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'dpo-desk-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ profileDir, motion }, use) => {
    const running = await launchApp(profileDir, motion);
    await use(running);
    await running.close().catch(() => undefined);
  },
  shell: async ({ app }, use) => {
    const shell = new AppShell(app.page);
    await shell.waitUntilReady();
    await use(shell);
  },
});

export { expect } from '@playwright/test';
