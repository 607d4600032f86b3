/**
 * `npx tsx scripts/font-coverage.ts`: rewrites renderer/src/export/common/fonts/coverage.json, the
 * characters each bundled PDF font has (what every face of the family has), so an export can pick
 * the font of each character without loading any font it does not need. A test
 * (fonts/coverage.test.ts) fails until the file is rewritten after a font changes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeCoverage } from '../cli/font-files';

const target = fileURLToPath(new URL('../renderer/src/export/common/fonts/coverage.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(await computeCoverage())}\n`);
console.log(`Wrote ${target}`);
