/**
 * `npm test`: the whole suite, in the order that fails fastest.
 * system packages → typecheck, lint and the web build side by side (each uses one core) → unit and
 * document tests (vitest) → end-to-end (Playwright, Chromium, on the web build).
 * Ends with one summary line "N passed, N failed" counting every test that ran.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureSystemDependencies } from './system-deps.mjs';

// Absolute (each runner resolves relative paths from its own config), outside test-results/, which Playwright empties.
const reports = resolve('test', 'artifacts', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// A larger young generation for every Node process of the suite (tsc, ESLint, Rollup, Vitest's forks,
// Playwright): they allocate heavily, and V8's default 16 MB semi-space makes them collect garbage
// all the time. The web build took 166 s of CPU with the default and 134 s with 64 MB.
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-semi-space-size=64'].filter(Boolean).join(' ');

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

/**
 * Runs a command with its output collected, resolving to its exit status; the output is printed
 * whole when it ends, so that steps running side by side do not interleave their lines.
 */
const background = (name, cmd, args) => {
  const t0 = Date.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
  const chunks = [];
  child.stdout.on('data', (c) => chunks.push(c));
  child.stderr.on('data', (c) => chunks.push(c));
  return new Promise((resolvePromise) => {
    child.on('close', (code) => {
      console.log(`\n=== ${name} ===`);
      process.stdout.write(Buffer.concat(chunks));
      timings.push(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      resolvePromise(code === 0);
    });
    child.on('error', (e) => {
      console.log(`\n=== ${name} ===\n${e.message}`);
      resolvePromise(false);
    });
  });
};

console.log('=== system packages ===');
ensureSystemDependencies();

const npx = 'npx';
const results = {};
// tsc, ESLint and Rollup each keep one core busy: side by side they take the time of the longest.
console.log('\n(typecheck, lint and the web build run side by side; each prints when it ends)');
const [typecheck, lint, webBuild] = await Promise.all([
  background('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']),
  background('lint', npx, ['eslint', '.', '--max-warnings', '0']),
  background('web build (for the end-to-end tests)', npx, [
    'vite',
    'build',
    '--config',
    'build/vite.web.config.ts',
    '--logLevel',
    'warn',
  ]),
]);
results.typecheck = typecheck;
results.lint = lint;
results['web build'] = webBuild;
results.unit = step('unit and document tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, 'vitest.json')}`,
]);
// Playwright serves the web build made above (test/e2e/playwright.config.ts webServer, told not to rebuild).
results.e2e = webBuild
  ? step('end-to-end tests (Chromium)', npx, ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json'),
      DPO_DESK_E2E_PREBUILT: '1',
    })
  : false;

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
