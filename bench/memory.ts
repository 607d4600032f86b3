/**
 * The peak memory of one register PDF export in parts, alone in a fresh process (worker threads
 * included): `tsx bench/memory.ts 5000`. Run by `npm run bench` (group "memory") so that what
 * earlier builds left on the heap does not count. Prints one JSON line: { activities, peakMb, ms }.
 */
import { availableParallelism } from 'node:os';
import { readFontFile } from '../cli/font-files';
import { createNodePdfPool } from '../cli/pdf-pool';
import { setFontFileLoader } from '../renderer/src/export/common/fonts/pdf-fonts';
import { buildRegisterViewModel } from '../renderer/src/export/register';
import { renderRegisterPdfInParts } from '../renderer/src/export/register/pdf-parts';
import { syntheticWorkspace } from './synthetic';

const activities = Number(process.argv[2] ?? 5000);
if (!Number.isInteger(activities) || activities <= 0 || activities > 20_000) {
  throw new Error('bench/memory.ts wants a number of activities from 1 to 20,000.');
}
setFontFileLoader(readFontFile);
// The record and its view model are what the export worker holds too: built before sampling starts.
const vm = buildRegisterViewModel(syntheticWorkspace({ activities }), {
  register: 'controller',
  language: 'en',
  generatedOn: '2026-11-22',
});
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const pool = createNodePdfPool(availableParallelism());
const started = performance.now();
const bytes = await renderRegisterPdfInParts(vm, {}, { pool });
const ms = performance.now() - started;
clearInterval(sampler);
pool.close();
console.log(JSON.stringify({ activities, peakMb: peak / 2 ** 20, ms, bytes: bytes.length }));
