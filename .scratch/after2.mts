import 'fake-indexeddb/auto';
import { readSpreadsheet, detectTable, previewImport, suggestMapping } from '../renderer/src/data/import';
import { DpoDeskDatabase } from '../renderer/src/data/db';
import { buildSampleWorkspace } from '../test/fixtures/backups/sample-workspace';
import { createBackup } from '../renderer/src/data/backup/create';
import { inspectBackup } from '../renderer/src/data/backup/inspect';
const which = process.argv[2];
if (which === 'csv') {
  const csv = `Nom du traitement;Finalité du traitement\n${'Paie;Salaires\n'.repeat(1_000_000)}`;
  const r = await readSpreadsheet(new TextEncoder().encode(csv), 'register.csv');
  if (!r.ok) console.log(r.error.message); if (r.ok) { const t = detectTable(r.sheets) ?? { headers: r.sheets[0]!.rows[0]!, rows: r.sheets[0]!.rows.slice(1) }; const p = previewImport(t.rows, suggestMapping(t.headers)); console.log('1M-row CSV -> accepted,', p.activities.length, 'draft activities'); }
  else console.log(r.error.message);
}
if (which === 'cp1252') {
  const bytes = Uint8Array.from([...'Nom du traitement;Finalité du traitement\nRépondre aux demandes;Droits\n'].map((c) => c === 'é' ? 0xe9 : c.charCodeAt(0)));
  const r = await readSpreadsheet(bytes, 'registre.csv');
  if (!r.ok) console.log(r.error.message); if (r.ok) { const t = detectTable(r.sheets) ?? { headers: r.sheets[0]!.rows[0]!, rows: r.sheets[0]!.rows.slice(1) }; const p = previewImport(t.rows, suggestMapping(t.headers)); console.log('Windows-1252 CSV ->', JSON.stringify(p.activities[0]?.activity.name), p.problems.length, 'problems'); }
  const u = await readSpreadsheet(new Uint8Array(Buffer.from('\ufeffNom du traitement;Finalité du traitement\nPaie;Salaires\n', 'utf16le')), 'registre.csv');
  console.log('UTF-16 CSV ->', u.ok ? (detectTable(u.sheets) ? 'table found' : 'no table detected') : u.error.message);
}
if (which === 'backup') {
  const db = new DpoDeskDatabase('x'); await buildSampleWorkspace(db, 'S');
  const plain = await createBackup(db, { kind: 'all' }, { appVersion: '0.1.0' });
  const u16 = new Uint8Array(Buffer.from('\ufeff' + new TextDecoder().decode(plain), 'utf16le'));
  const r = await inspectBackup(u16); console.log('UTF-16 backup ->', r.ok ? 'ok' : r.error.kind + ': ' + r.error.message);
  const enc = JSON.parse(new TextDecoder().decode(await createBackup(db, { kind: 'all' }, { appVersion: '0.1.0', password: 'pw' })));
  for (const it of [2 ** 53 - 1, 2_000_000_000]) {
    enc.encryption.iterations = it; const t = Date.now();
    const r2 = await inspectBackup(new TextEncoder().encode(JSON.stringify(enc)), { password: 'pw' });
    console.log(`${it} rounds ->`, r2.ok ? 'ok' : r2.error.kind + ': ' + r2.error.message, `${Date.now() - t} ms`);
  }
}
