import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../renderer/src/data/backup/create';
import { DpoDeskDatabase } from '../../renderer/src/data/db';
import { installWorkspace } from '../../renderer/src/data/install-workspace';
import { docxText, normaliseText, pdfText } from '../support/document-clients';
import { runExportCli } from '../support/export-cli';
import { logsWorkspace } from './logs-fixture';

const squash = (s: string): string => normaliseText(s).replace(/[\s-]+/g, '');

/** A real backup file, as the app writes it, of the logs fixture. */
const backupOfLogs = async (): Promise<Uint8Array> => {
  const db = new DpoDeskDatabase(`logs-cli-${crypto.randomUUID()}`);
  await db.open();
  try {
    await installWorkspace(db, logsWorkspace());
    return await createBackup(db, { kind: 'all' }, { appVersion: 'test' });
  } finally {
    await db.delete();
  }
};

describe('npm run export -- --log', () => {
  it('writes the breach register and the request log from a real backup, as DOCX, PDF and XLSX, in English and French', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logs-cli-'));
    const backup = join(dir, 'backup.json');
    await writeFile(backup, await backupOfLogs());
    const cases = [
      {
        log: 'breaches',
        format: 'docx',
        lang: 'en',
        facts: ['Register of personal data breaches', 'CNIL-NOTIF-77812-2'],
      },
      { log: 'breaches', format: 'pdf', lang: 'fr', facts: ['Registre des violations', 'Papeteries Rhin'] },
      { log: 'requests', format: 'pdf', lang: 'en', facts: ['Log of data subject requests', '4 May 2026'] },
      { log: 'requests', format: 'docx', lang: 'fr', facts: ['Registre des demandes', '4 mai 2026'] },
    ] as const;
    for (const c of cases) {
      const out = join(dir, `${c.log}-${c.lang}.${c.format}`);
      const r = await runExportCli([backup, '--log', c.log, '--format', c.format, '--lang', c.lang, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const bytes = new Uint8Array(await readFile(out));
      const text = squash(c.format === 'pdf' ? await pdfText(bytes) : (await docxText(bytes)).text);
      for (const fact of c.facts) expect(text, `${c.log} ${c.format} ${c.lang}: ${fact}`).toContain(squash(fact));
    }
    const xlsx = join(dir, 'requests.xlsx');
    const r = await runExportCli([backup, '--log', 'requests', '--format', 'xlsx', '--out', xlsx]);
    expect(r.code, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(JSON.stringify(book.getWorksheet('Details')?.getSheetValues())).toContain('DSR-2026-004 — Jeanne Keller');
  });

  it('refuses an unknown log, a log with a register, and a policy format, in words', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'logs-cli-'));
    const input = join(dir, 'ws.json');
    await writeFile(input, JSON.stringify(logsWorkspace()));
    const out = join(dir, 'x.docx');
    const unknown = await runExportCli([input, '--log', 'incidents', '--format', 'docx', '--out', out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--log must be one of breaches, requests, not "incidents"');
    const both = await runExportCli([
      input,
      '--log',
      'breaches',
      '--register',
      'controller',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --register or --log');
    const html = await runExportCli([input, '--log', 'requests', '--format', 'html', '--out', out]);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain('--format must be one of docx, pdf, xlsx');
  });
});
