import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH_OPTIONS, E2E_TARGET, WEB_URL } from './target';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * End-to-end specs. The web target (default) serves the renderer with Vite and drives it in
 * Debian's Chromium; DPO_DESK_E2E_TARGET=electron drives the built Electron app instead.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: fileURLToPath(new URL('../../test-results', import.meta.url)),
  globalSetup: fileURLToPath(new URL('./global-setup.ts', import.meta.url)),
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // Two cores and a Vite dev server that compiles each section on its first visit.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: WEB_URL,
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  webServer:
    E2E_TARGET === 'web'
      ? {
          command: 'npx vite --config build/vite.web.config.ts --port 5174 --strictPort',
          url: WEB_URL,
          cwd: repoRoot,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
        }
      : undefined,
});
