/**
 * `npm run backup-schema`: rewrites docs/backup-format.schema.json from the zod schemas (the
 * backup envelope, every table of `data`, every record's domain schema). Run it after changing a
 * schema; a test in renderer/src/data/backup/backup.test.ts fails until the file is rewritten.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { backupJsonSchema } from '../renderer/src/data/backup/format';

const target = fileURLToPath(new URL('../docs/backup-format.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(backupJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);
