/**
 * `npm run bench`: large registers on this machine. Prints one table and writes
 * bench/results/latest.json. Figures, not assertions: the test suite never times anything.
 *
 * Node part: the document builders (the same code the app runs in its Web Worker).
 * Chromium part (Playwright, Debian Chromium): backup import into IndexedDB, start to interactive,
 * quick search, renderer heap, main-thread blocking during an export, and Chromium's own
 * print-to-PDF of the same register as the reference.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { buildPolicyViewModel, renderPolicyDocx, renderPolicyPdf } from '../renderer/src/export/policy';
import { buildRegisterViewModel, renderRegisterDocx, renderRegisterPdf } from '../renderer/src/export/register';
import { useNodePdfPlatform } from '../cli/node-pdf';
import { registerHtml } from './register-html';
import { syntheticWorkspace } from './synthetic';
import type { Workspace } from '../renderer/src/domain';
import { createNodePdfPool } from '../cli/pdf-pool';
import { ensureWorkerBundle } from '../cli/pdf-worker-bundle';
import { parseArgs } from '../cli/export-args';
import { exportDocument } from '../cli/export-core';
import {
  defaultActivitiesPerPart,
  registerWarmUpJob,
  renderRegisterPdfInParts,
} from '../renderer/src/export/register/pdf-parts';
import type { PdfPartPool } from '../renderer/src/export/common/pdf/parts';

// The benchmark builds PDFs as the command-line tool does: fallback fonts from npm (only loaded if a record needs them), Node's zlib.
useNodePdfPlatform();

const ALL_SIZES = [100, 1000, 5000] as const;
type Size = (typeof ALL_SIZES)[number];
/** `npm run bench -- --sizes 1000` (or `--sizes 200,1000`) runs the document builders at those sizes only. */
const sizesArg = process.argv.indexOf('--sizes');
const SIZES: readonly number[] =
  sizesArg >= 0
    ? (process.argv[sizesArg + 1] ?? '')
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : ALL_SIZES;
if (SIZES.length === 0) throw new Error('--sizes wants activity counts such as 1000 or 200,1000.');

/** `npm run bench -- --only search,import` runs only those groups: documents, scaling, memory, import, start, search, export, print. */
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : undefined;
const runs = (group: string): boolean => !only || only.has(group);
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Row {
  metric: string;
  size: number | '';
  value: number;
  unit: 'ms' | 'MB' | '×';
  target?: string;
  met?: boolean;
}
const rows: Row[] = [];
const record = (row: Row): void => {
  rows.push(row);
  const target = row.target ? `  (target ${row.target}: ${row.met ? 'met' : 'NOT met'})` : '';
  console.log(
    `${row.metric}${row.size === '' ? '' : ` [${row.size}]`}: ${row.value.toFixed(row.unit === '×' ? 2 : 0)} ${row.unit}${target}`,
  );
};

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
};

const medianOf = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Share of the machine's CPU time spent busy (all cores) over the next `ms`. */
const busyShare = async (ms: number): Promise<number> => {
  const times = (): { idle: number; all: number } => {
    let idle = 0;
    let all = 0;
    for (const c of cpus()) {
      idle += c.times.idle;
      all += c.times.user + c.times.nice + c.times.sys + c.times.idle + c.times.irq;
    }
    return { idle, all };
  };
  const before = times();
  await new Promise((r) => setTimeout(r, ms));
  const after = times();
  return after.all === before.all ? 0 : 1 - (after.idle - before.idle) / (after.all - before.all);
};

/**
 * Waits (at most 30 s) until the machine is quiet: under 15 % busy for a second. A group timed right
 * after another otherwise pays for the last one's aftermath (the browser writing and compacting
 * the IndexedDB of a 5,000-activity seed, collecting its heaps).
 */
const quiet = async (group: string): Promise<void> => {
  const t0 = performance.now();
  while (performance.now() - t0 < 30_000 && (await busyShare(1000)) > 0.15);
  console.log(`(${group}: waited ${((performance.now() - t0) / 1000).toFixed(1)} s for a quiet machine)`);
};

const workspaces = new Map<number, Workspace>();
const ws = (n: number): Workspace => {
  let w = workspaces.get(n);
  if (!w) workspaces.set(n, (w = syntheticWorkspace({ activities: n })));
  return w;
};

function finish(): void {
  mkdirSync(fileURLToPath(new URL('./results', import.meta.url)), { recursive: true });
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  writeFileSync(
    new URL('./results/latest.json', import.meta.url),
    JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2),
  );
  console.log('\n| metric | activities | value | target |\n|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.metric} | ${r.size} | ${r.value.toFixed(r.unit === '×' ? 2 : 0)} ${r.unit} | ${r.target ? `${r.target} ${r.met ? '✅' : '❌'}` : ''} |`,
    );
}

// ---------------------------------------------------------------- documents (Node)
const WORKERS = availableParallelism();
const pdfMsAt1000 = { ours: 0, warmed: 0, inApp: 0 };
const perSize = new Map<number, { registerPdf: number; policyDocx: number; policyPdf: number }>();

/** A pool that runs one part at a time and times each (wall time of the part's layout, drawing and compression). */
const timedSequential = (inner: PdfPartPool, durations: number[]): PdfPartPool => {
  let chain: Promise<unknown> = Promise.resolve();
  return {
    size: inner.size,
    render: (job, control) => {
      const run = chain.then(async () => {
        const t0 = performance.now();
        const bytes = await inner.render(job, control);
        durations.push(performance.now() - t0);
        return bytes;
      });
      chain = run.catch(() => undefined);
      return run;
    },
  };
};

/** Longest-processing-time-first schedule of the parts on n workers: the layout stage's length. */
const makespan = (durations: readonly number[], n: number): number => {
  const loads = new Array<number>(n).fill(0);
  for (const d of [...durations].sort((a, b) => b - a)) {
    const least = loads.indexOf(Math.min(...loads));
    loads[least] = (loads[least] ?? 0) + d;
  }
  return Math.max(...loads);
};

// The part workers start as an installed tool's do: from their bundle, built once (cli/pdf-worker-bundle.ts).
if (runs('documents') || runs('scaling') || runs('memory') || runs('print')) await ensureWorkerBundle();

for (const n of runs('documents') ? SIZES : []) {
  const vm = buildRegisterViewModel(ws(n), { register: 'controller', language: 'en', generatedOn: '2026-11-22' });
  const [, docxMs] = await time(() => renderRegisterDocx(vm));
  record({
    metric: 'register DOCX',
    size: n,
    value: docxMs,
    unit: 'ms',
    ...(n === 1000 ? { target: '≤ 1500 ms', met: docxMs <= 1500 } : {}),
  });
  const [, singleMs] = await time(() => renderRegisterPdf(vm));
  record({ metric: 'register PDF, one layout (one core)', size: n, value: singleMs, unit: 'ms' });
  // The path the app and the CLI take: parts on a pool of worker threads, one per core.
  const pool = createNodePdfPool(WORKERS);
  const stages: Record<string, number> = {};
  // The process's resident memory, sampled every 50 ms, includes its worker threads.
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const [, pdfMs] = await time(() =>
    renderRegisterPdfInParts(vm, {}, { pool, onStage: (stage, ms) => (stages[stage] = ms) }),
  );
  clearInterval(sampler);
  pool.close();
  const peakMb = peakRss / 2 ** 20;
  // What the process held before (the one-layout run's heap is not always handed back to the system).
  record({ metric: `memory (RSS) before the register PDF in parts`, size: n, value: rssBefore / 2 ** 20, unit: 'MB' });
  // Earlier builds' heaps count here too: the 1.5 GB target is read alone in a fresh process (group "memory").
  record({
    metric: `peak memory (RSS) of the register PDF in parts, in the bench's own process`,
    size: n,
    value: peakMb,
    unit: 'MB',
  });
  record({
    metric: `register PDF, parts on ${WORKERS} worker threads`,
    size: n,
    value: pdfMs,
    unit: 'ms',
    ...(n === 1000 ? { target: '≤ 4000 ms', met: pdfMs <= 4000 } : {}),
  });
  for (const [stage, ms] of Object.entries(stages)) {
    record({ metric: `  ${WORKERS} workers: ${stage}`, size: n, value: ms, unit: 'ms' });
  }
  if (n === 1000) pdfMsAt1000.ours = pdfMs;
  const warmUp = registerWarmUpJob(vm);
  if (n === 1000 && warmUp) {
    // The app's export dialog starts and warms its part workers while the DPO chooses the options
    // or reads the gaps (registerWarmUpJob: the register's first activity on every worker); then the
    // export itself is timed.
    const warmed = createNodePdfPool(WORKERS);
    await Promise.all(Array.from({ length: WORKERS }, () => warmed.render(warmUp, {})));
    const [, warmedMs] = await time(() => renderRegisterPdfInParts(vm, {}, { pool: warmed }));
    warmed.close();
    pdfMsAt1000.warmed = warmedMs;
    record({
      metric: `register PDF, parts on ${WORKERS} worker threads warmed ahead (as the app's dialog does)`,
      size: n,
      value: warmedMs,
      unit: 'ms',
    });
  }
  if (runs('scaling') && n >= 300) {
    // One worker, one part at a time: each part's own cost, then what n workers would do with them.
    const durations: number[] = [];
    const one = createNodePdfPool(1);
    const oneStages: Record<string, number> = {};
    const [, oneMs] = await time(() =>
      renderRegisterPdfInParts(
        vm,
        {},
        {
          pool: timedSequential(one, durations),
          activitiesPerPart: defaultActivitiesPerPart(n, WORKERS),
          onStage: (stage, ms) => (oneStages[stage] = ms),
        },
      ),
    );
    one.close();
    record({ metric: 'register PDF, parts on 1 worker thread', size: n, value: oneMs, unit: 'ms' });
    // The last two durations are the front and the footers (the tail); the placeholder front runs with the parts.
    const tail = durations.slice(-2);
    const layout = durations.slice(0, -2);
    const join = oneStages['join'] ?? 0;
    for (const workers of [1, 2, 4, 8]) {
      const tailMs = workers >= 2 ? Math.max(...tail) : tail.reduce((a, b) => a + b, 0);
      record({
        metric: `register PDF simulated on ${workers} workers (from the 1-worker part times)`,
        size: n,
        value: makespan(layout, workers) + tailMs + join,
        unit: 'ms',
      });
    }
  }
  const policyId = ws(n).documents[0]!.id;
  const policyVm = buildPolicyViewModel(ws(n), policyId);
  const [, policyDocxMs] = await time(() => renderPolicyDocx(policyVm));
  record({ metric: 'policy DOCX', size: n, value: policyDocxMs, unit: 'ms' });
  const [, policyPdfMs] = await time(() => renderPolicyPdf(policyVm));
  record({ metric: 'policy PDF', size: n, value: policyPdfMs, unit: 'ms' });
  perSize.set(n, { registerPdf: pdfMs, policyDocx: policyDocxMs, policyPdf: policyPdfMs });
}
// The peak memory of the 5,000-activity register PDF in parts, alone in a fresh process.
if (runs('memory')) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./memory.ts', import.meta.url)), '5000'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{'))
    throw new Error(`bench/memory.ts failed: ${child.stderr.slice(-2000)}`);
  const { peakMb } = JSON.parse(line) as { peakMb: number };
  record({
    metric: 'peak memory (RSS) of the register PDF in parts, alone in a fresh process',
    size: 5000,
    value: peakMb,
    unit: 'MB',
    target: '≤ 1536 MB',
    met: peakMb <= 1536,
  });
}

// Growth with the work: 5,000 activities against five times 1,000 (target ≤ 5.5×).
const small = perSize.get(1000);
const large = perSize.get(5000);
if (small && large) {
  for (const key of ['registerPdf', 'policyDocx', 'policyPdf'] as const) {
    const ratio = large[key] / small[key];
    record({
      metric: `${key} time at 5,000 / at 1,000`,
      size: 5000,
      value: ratio,
      unit: '×',
      target: '≤ 5.50',
      met: ratio <= 5.5,
    });
  }
}
if (only && !runs('export') && !runs('print') && !runs('import') && !runs('start') && !runs('search')) {
  finish();
  process.exit(0);
}

// ---------------------------------------------------------------- Chromium
const outDir = fileURLToPath(new URL('../dist/bench', import.meta.url));
console.log('\nBuilding the app and the harness for Chromium…');
await build({ configFile: fileURLToPath(new URL('../build/vite.bench.config.ts', import.meta.url)), logLevel: 'warn' });
const server = await preview({
  configFile: fileURLToPath(new URL('../build/vite.bench.config.ts', import.meta.url)),
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
  build: { outDir },
  logLevel: 'warn',
});
const address = server.httpServer.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}`;
const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

const harnessPage = async (): Promise<Page> => {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/browser/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.dataset['ready'] === 'true');
  return page;
};

/** A browser context whose IndexedDB holds the synthetic register of n activities. */
const seededContext = async (n: Size): Promise<BrowserContext> => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${origin}/bench/browser/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.dataset['ready'] === 'true');
  await page.evaluate((json) => window.dpoBench.seed(json), JSON.stringify(ws(n)));
  await page.close();
  return context;
};

try {
  // Backup import: validate everything, then one transaction.
  for (const n of runs('import') ? ALL_SIZES : []) {
    const page = await harnessPage();
    const r = await page.evaluate((json) => window.dpoBench.importBackup(json), JSON.stringify(ws(n)));
    record({
      metric: 'backup import (validate + write)',
      size: n,
      value: r.totalMs,
      unit: 'ms',
      ...(n === 1000 ? { target: '≤ 2000 ms', met: r.totalMs <= 2000 } : {}),
    });
    await page.close();
  }

  // The day's first start: the automatic backup of the whole database (in a worker in the app).
  if (runs('import')) {
    const page = await harnessPage();
    const r = await page.evaluate((json) => window.dpoBench.dailyBackup(json), JSON.stringify(ws(1000)));
    record({
      metric: 'daily automatic backup (in its worker, day’s first start)',
      size: 1000,
      value: r.ms,
      unit: 'ms',
    });
    await page.close();
  }

  // Start to interactive with 1,000 activities stored: navigation start → first activity row painted.
  if (runs('start')) {
    await quiet('start');
    const context = await seededContext(1000);
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('.MuiDataGrid-row')) {
            requestAnimationFrame(() => {
              (window as unknown as { __interactiveAt: number }).__interactiveAt = performance.now();
            });
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${origin}/renderer/index.html#/activities`);
      await page.waitForFunction(
        () => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined,
        null,
        { timeout: 60_000 },
      );
      samples.push(await page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt));
      if (i === 2) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        record({
          metric: 'renderer heap after load (1,000 activities)',
          size: 1000,
          value: heap.usedSize / 1024 / 1024,
          unit: 'MB',
        });
      }
      await page.close();
    }
    const median = samples.sort((a, b) => a - b)[1]!;
    record({
      metric: 'start to interactive (median of 3)',
      size: 1000,
      value: median,
      unit: 'ms',
      target: '≤ 1500 ms',
      met: median <= 1500,
    });
    await context.close();
  }

  // Quick search over 5,000 activities: one keystroke → the list shows the new result, painted.
  if (runs('search')) {
    await quiet('search');
    const context = await seededContext(5000);
    const page = await context.newPage();
    await page.goto(`${origin}/renderer/index.html#/activities`);
    const search = page.getByRole('searchbox', { name: 'Search name, reference, purpose, department…' });
    await search.waitFor({ timeout: 60_000 });
    await page.locator('.MuiDataGrid-row').first().waitFor({ timeout: 60_000 });
    // Let the start-up work finish (the checks badge over 5,000 activities, idle callbacks), as
    // before a person's first keystroke.
    await page.waitForTimeout(2000);
    // The list's own count line ("10 of 5000 activities") changes in the same render as the rows.
    const count = page.getByText(/^\d+ of 5000 activities$/);
    const samples: number[] = [];
    for (const digit of ['1', '2', '3', '4', '5', '6', '7']) {
      // "Activity 0432" matches about ten activities; the next digit narrows it down.
      await search.fill('Activity 0432');
      // Two digits: the ten or so matches of the prefix, never the one left from the previous round.
      await page.getByText(/^\d\d of 5000 activities$/).waitFor({ timeout: 30_000 });
      const before = (await count.textContent()) ?? '';
      await search.focus();
      const counter = await count.elementHandle();
      // Installed (and awaited) before the key is pressed, so the keydown is always seen.
      await page.evaluate(
        ([el, previous]) => {
          const w = window as unknown as { __searchLatency?: Promise<number> };
          w.__searchLatency = new Promise<number>((resolve) => {
            let keyAt = 0;
            window.addEventListener('keydown', () => (keyAt = performance.now()), { capture: true, once: true });
            const observer = new MutationObserver(() => {
              if (keyAt > 0 && el && el.textContent !== previous) {
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - keyAt), 0));
              }
            });
            observer.observe(el!, { childList: true, subtree: true, characterData: true });
          });
        },
        [counter, before] as const,
      );
      await page.keyboard.press(digit);
      samples.push(
        await page.evaluate(() => (window as unknown as { __searchLatency: Promise<number> }).__searchLatency),
      );
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)]!;
    record({
      metric: 'quick search, keystroke to updated list (median of 7)',
      size: 5000,
      value: median,
      unit: 'ms',
      target: '≤ 50 ms',
      met: median <= 50,
    });
    await context.close();
  }

  // An export through the app's own Export dialog (worker, progress, save): the longest main-thread block meanwhile.
  if (runs('export')) {
    await quiet('export');
    const context = await seededContext(1000);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${origin}/renderer/index.html#/documents`);
    const exportRegister = page.getByRole('button', { name: 'Export a register' }).first();
    await exportRegister.waitFor({ timeout: 60_000 });
    /** The longest task that started in [from, to). */
    const longestBetween = (from: number, to: number) =>
      page.evaluate(
        ([a, b]) => {
          const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
          return Math.max(0, ...w.__longTasks.filter((t) => t.start >= a && t.start < b).map((t) => t.duration));
        },
        [from, to] as const,
      );
    const now = () => page.evaluate(() => performance.now());
    // Opening the dialog (its options, the department filter read in slices), then idle.
    const openedAt = await now();
    await exportRegister.click();
    const dialog = page.getByRole('dialog');
    // The department filter is enabled once its choices are read (the synthetic record has departments).
    await page.waitForFunction(
      () => document.querySelector('[role="dialog"] [role="combobox"][aria-disabled="true"]') === null,
      null,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(500);
    const startedAt = await now();
    // The export: read and check the record in the worker, list the gaps, export anyway, build, save.
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const anyway = dialog.getByRole('button', { name: 'Export anyway' });
    const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
    await anyway.or(progress).first().waitFor({ timeout: 60_000 });
    if (await anyway.isVisible()) await anyway.click();
    await download;
    // Long tasks are reported once they end; give the last one (closing the dialog) time to be.
    await page.waitForTimeout(500);
    const endedAt = await now();
    const longestOpening = await longestBetween(openedAt, startedAt);
    const longest = await longestBetween(startedAt, endedAt);
    record({
      metric: 'register PDF export in the app (checks, worker, save)',
      size: 1000,
      value: endedAt - 500 - startedAt,
      unit: 'ms',
    });
    record({
      metric: 'longest main-thread block opening the export dialog (0 = none ≥ 50 ms)',
      size: 1000,
      value: longestOpening,
      unit: 'ms',
      target: '≤ 100 ms',
      met: longestOpening <= 100,
    });
    record({
      metric: 'longest main-thread block during that export (0 = none ≥ 50 ms)',
      size: 1000,
      value: longest,
      unit: 'ms',
      target: '≤ 100 ms',
      met: longest <= 100,
    });
    // Again, as a DPO does it: the gaps are read (5 s) before "Export anyway", and the export
    // dialog has meanwhile started its worker and warmed the PDF workers. The wait after the click is
    // timed, three times (the median is the figure: one export can meet a busy moment of the machine).
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await quiet('export in the app');
      await exportRegister.click();
      await page.waitForFunction(
        () => document.querySelector('[role="dialog"] [role="combobox"][aria-disabled="true"]') === null,
        null,
        { timeout: 60_000 },
      );
      const saved = page.waitForEvent('download', { timeout: 600_000 });
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await anyway.waitFor({ timeout: 60_000 });
      await page.waitForTimeout(5000);
      const anywayAt = await now();
      await anyway.click();
      await saved;
      waits.push((await now()) - anywayAt);
      await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
    }
    pdfMsAt1000.inApp = medianOf(waits);
    console.log(`  "Export anyway" → file saved: ${waits.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`);
    record({
      metric: 'register PDF in the app: "Export anyway" → file saved, after 5 s on the gaps (median of 3)',
      size: 1000,
      value: pdfMsAt1000.inApp,
      unit: 'ms',
    });
    await context.close();
  }

  // Chromium's own print-to-PDF of the same register as HTML: the reference for our PDF time.
  if (runs('print')) {
    const page = await browser.newPage();
    const record1000 = ws(1000);
    const options = { register: 'controller', language: 'en', generatedOn: '2026-11-22' } as const;
    const vm = buildRegisterViewModel(record1000, options);
    const html = registerHtml(vm);
    // The command-line tool's whole export (`npm run export -- <file> --register controller --format pdf`,
    // its exportDocument: read and check the file, workers started before, the document, written to memory)
    // against Chromium from the same record (view model, HTML, print): the record to the PDF on both sides.
    const input = fileURLToPath(new URL('./results/register-1000.json', import.meta.url));
    writeFileSync(input, JSON.stringify(record1000));
    const cliArgs = parseArgs([input, '--register', 'controller', '--format', 'pdf', '--out', `${input}.pdf`]);
    // Chromium's print and ours, in turn, three times each: the two figures of each ratio are taken side by side,
    // and their medians compared.
    const prints: number[] = [];
    const fromRecord: number[] = [];
    const ours: number[] = [];
    const cli: number[] = [];
    for (let i = 0; i < 3; i++) {
      await quiet('print');
      prints.push(
        (
          await time(async () => {
            await page.setContent(html, { waitUntil: 'load' });
            await page.pdf({ format: 'A4' });
          })
        )[1],
      );
      await quiet('print');
      fromRecord.push(
        (
          await time(async () => {
            await page.setContent(registerHtml(buildRegisterViewModel(record1000, options)), { waitUntil: 'load' });
            await page.pdf({ format: 'A4' });
          })
        )[1],
      );
      await quiet('print');
      const pool = createNodePdfPool(WORKERS);
      ours.push((await time(() => renderRegisterPdfInParts(vm, {}, { pool })))[1]);
      pool.close();
      await quiet('print');
      cli.push((await time(() => exportDocument(cliArgs)))[1]);
    }
    const printMs = medianOf(prints);
    const fromRecordMs = medianOf(fromRecord);
    console.log(`  Chromium's print: ${prints.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`);
    console.log(`  Chromium, from the record: ${fromRecord.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`);
    console.log(`  ours, cold worker threads: ${ours.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`);
    console.log(`  ours, the command-line tool's export: ${cli.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s`);
    record({
      metric: 'Chromium print-to-PDF of the register as HTML (reference, median of 3)',
      size: 1000,
      value: printMs,
      unit: 'ms',
    });
    record({
      metric: 'Chromium from the record: view model, HTML, print-to-PDF (median of 3)',
      size: 1000,
      value: fromRecordMs,
      unit: 'ms',
    });
    record({
      metric: `register PDF, parts on ${WORKERS} cold worker threads, in turn with the print (median of 3)`,
      size: 1000,
      value: medianOf(ours),
      unit: 'ms',
    });
    record({
      metric:
        "the command-line tool's export of the register PDF: file read and checked, workers started before (median of 3)",
      size: 1000,
      value: medianOf(cli),
      unit: 'ms',
    });
    const cliRatio = medianOf(cli) / fromRecordMs;
    record({
      metric: "the command-line tool's export / Chromium from the record (Node, both from the record to the PDF)",
      size: 1000,
      value: cliRatio,
      unit: '×',
      target: '≤ 1.00',
      met: cliRatio <= 1,
    });
    // Each of our figures (0 = not measured in this run) against Chromium's print of the same register.
    const against: [string, number][] = [
      ['our PDF time / Chromium print-to-PDF time (Node, cold worker threads)', medianOf(ours)],
      ['our PDF time / Chromium print-to-PDF time (Node, worker threads warmed ahead)', pdfMsAt1000.warmed],
      ['in the app ("Export anyway" → file saved) / Chromium print-to-PDF time', pdfMsAt1000.inApp],
    ];
    for (const [metric, ms] of against.filter(([, ms]) => ms > 0)) {
      const ratio = ms / printMs;
      record({ metric, size: 1000, value: ratio, unit: '×', target: '≤ 1.00', met: ratio <= 1 });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

finish();
