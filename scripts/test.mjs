/**
 * `npm test`: the whole suite, in the order that fails fastest.
 * system packages → typecheck → lint → unit and document tests (vitest) → end-to-end (web build, Playwright, Chromium).
 * Ends with one summary line "N passed, N failed" counting every test that ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureSystemDependencies } from './system-deps.mjs';

// Absolute (each runner resolves relative paths from its own config), outside test-results/, which Playwright empties.
const reports = resolve('test', 'artifacts', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const started = Date.now();
const timings = [];
const step = (name, cmd, args, env = {}) => {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds} s`);
  return r.status === 0;
};

console.log('=== system packages ===');
ensureSystemDependencies();

const npx = 'npx';
const results = {};
results.typecheck = step('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
results.lint = step('lint', npx, ['eslint', '.', '--max-warnings', '0']);
results.unit = step('unit and document tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, 'vitest.json')}`,
]);
// Playwright builds the web edition and serves it (test/e2e/playwright.config.ts webServer).
results.e2e = step(
  'end-to-end tests (web build, then Chromium)',
  npx,
  ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts'],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json'),
  },
);

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = readJson(join(reports, 'vitest.json'));
const playwright = readJson(join(reports, 'playwright.json'));
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);

console.log('\n=== summary ===');
for (const t of timings) console.log(t);
console.log(`total: ${((Date.now() - started) / 1000).toFixed(1)} s`);
const failedSteps = Object.entries(results)
  .filter(([, ok]) => !ok)
  .map(([name]) => name);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length === 0 && failed === 0 && passed > 0 ? 0 : 1);
