/**
 * The peak memory of one register PDF export in parts, alone in a fresh process (worker threads
 * included): `tsx bench/memory.ts 5000 [activities per part]`. Run by `npm run bench` (group "memory")
 * so that what earlier builds left on the heap does not count. The peak is the kernel's high-water
 * mark of the process's resident memory (`maxRSS`), which also sees what a sampling timer would miss
 * during synchronous work such as the join. Prints one JSON line: { activities, peakMb, ms, … }.
 */
import { availableParallelism } from 'node:os';
import { useNodePdfPlatform } from '../cli/node-pdf';
import { createNodePdfPool } from '../cli/pdf-pool';
import { buildRegisterViewModel } from '../renderer/src/export/register';
import { renderRegisterPdfInParts } from '../renderer/src/export/register/pdf-parts';
import { syntheticWorkspace } from './synthetic';

const activities = Number(process.argv[2] ?? 5000);
if (!Number.isInteger(activities) || activities <= 0 || activities > 20_000) {
  throw new Error('bench/memory.ts wants a number of activities from 1 to 20,000.');
}
const perPart = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
if (perPart !== undefined && (!Number.isInteger(perPart) || perPart <= 0 || perPart > activities)) {
  throw new Error(`bench/memory.ts wants a number of activities per part from 1 to ${activities}.`);
}
useNodePdfPlatform();
// The record and its view model are what the export worker holds too: they count in the peak.
const vm = buildRegisterViewModel(syntheticWorkspace({ activities }), {
  register: 'controller',
  language: 'en',
  generatedOn: '2026-11-22',
});
const pool = createNodePdfPool(availableParallelism());
const started = performance.now();
const bytes = await renderRegisterPdfInParts(vm, {}, { pool, ...(perPart ? { activitiesPerPart: perPart } : {}) });
const ms = performance.now() - started;
pool.close();
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ activities, perPart: perPart ?? 'default', peakMb, ms, bytes: bytes.length }));
