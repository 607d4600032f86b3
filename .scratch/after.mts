import { odsZipBomb } from '../test/support/hostile-files';
import { readSpreadsheet } from '../renderer/src/data/import/spreadsheet';
const mb = Number(process.argv[2]);
const t = Date.now();
const r = await readSpreadsheet(odsZipBomb(mb), 'registre.ods');
console.log(`bomb ${mb} MB ->`, r.ok ? `accepted, ${r.sheets[0]?.rows.length} rows` : r.error.message, `${Date.now() - t} ms`, `rss ${Math.round(process.memoryUsage().rss/1048576)} MB`);
