import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH_OPTIONS, E2E_TARGET, WEB_PORT, WEB_URL } from './target';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * End-to-end specs. The web target (default) serves the renderer with Vite and drives it in
 * Debian's Chromium; DPO_DESK_E2E_TARGET=electron drives the built Electron app instead.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: fileURLToPath(new URL('../../test-results', import.meta.url)),
  // Two at a time: a test spends much of its time waiting on IndexedDB, a worker or a document client,
  // and every test has its own browser profile, so two run side by side on a two-core machine.
  workers: Number(process.env.DPO_DESK_E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  // Two cores: an export or a restore of hundreds of records takes tens of seconds.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // npm test reads the JSON report to print one "N passed, N failed" line for the whole suite.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: WEB_URL,
    // Recording a trace (a DOM snapshot and screencast frames at every action) costs about 40 % more
    // CPU on every test, failing or not (templates + checks specs: 55.6 s against 30.7 s of CPU).
    // A failure still leaves its screenshot and the page's ARIA snapshot beside the error; set
    // DPO_DESK_E2E_TRACE=1 to record traces of failing tests when investigating one.
    trace: process.env.DPO_DESK_E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  webServer:
    E2E_TARGET === 'web'
      ? {
          // The production build, served as the browser edition is deployed: what users run, and no
          // first-visit compiles or dependency re-optimisation in the middle of a step.
          // npm test builds it beforehand, beside the typecheck, and says so with DPO_DESK_E2E_PREBUILT.
          command: [
            ...(process.env.DPO_DESK_E2E_PREBUILT === '1'
              ? []
              : ['npx vite build --config build/vite.web.config.ts --logLevel warn']),
            `npx vite preview --config build/vite.web.config.ts --port ${WEB_PORT} --strictPort`,
          ].join(' && '),
          url: WEB_URL,
          cwd: repoRoot,
          reuseExistingServer: !process.env.CI,
          timeout: 300_000,
        }
      : undefined,
});
