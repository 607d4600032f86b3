import { writeFileSync, readFileSync } from 'node:fs';
import { backupJsonSchema } from '../renderer/src/data/backup/format';
const old = readFileSync('docs/backup-format.schema.json','utf8');
const indent = old.startsWith('{\n  ') ? 2 : 2;
writeFileSync('docs/backup-format.schema.json', JSON.stringify(backupJsonSchema(), null, indent) + (old.endsWith('\n') ? '\n' : ''));
