import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../renderer/src/data/backup/create';
import { DpoDeskDatabase } from '../../renderer/src/data/db';
import { installWorkspace } from '../../renderer/src/data/install-workspace';
import { docxText, normaliseText, pdfText } from '../support/document-clients';
import { runExportCli } from '../support/export-cli';
import { logsWorkspace } from './logs-fixture';

const squash = (s: string): string => normaliseText(s).replace(/[\s-]+/g, '');
/** Each case starts the command-line tool through tsx: seconds on a shared machine. */
const SLOW = 180_000;

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
  let dir = '';
  let backup = '';
  let workspaceFile = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logs-cli-'));
    backup = join(dir, 'backup.json');
    await writeFile(backup, await backupOfLogs());
    workspaceFile = join(dir, 'ws.json');
    await writeFile(workspaceFile, JSON.stringify(logsWorkspace()));
  });

  // Each log, each document format and each language reaches the builder from a real process at
  // least once (the workbook below); every log × format × language is read in logs.test.ts.
  it.each([
    {
      log: 'breaches',
      format: 'docx',
      lang: 'en',
      facts: ['Register of personal data breaches', 'CNIL-NOTIF-77812-2', 'Papeteries Rhin'],
    },
    { log: 'requests', format: 'pdf', lang: 'fr', facts: ['Registre des demandes', '4 mai 2026'] },
  ] as const)(
    'writes the $log log as $format in $lang from a real backup',
    async (c) => {
      const out = join(dir, `${c.log}-${c.lang}.${c.format}`);
      const r = await runExportCli([backup, '--log', c.log, '--format', c.format, '--lang', c.lang, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const bytes = new Uint8Array(await readFile(out));
      const text = squash(c.format === 'pdf' ? await pdfText(bytes) : (await docxText(bytes)).text);
      for (const fact of c.facts) expect(text, fact).toContain(squash(fact));
    },
    SLOW,
  );

  it(
    'writes the request log as a workbook',
    async () => {
      const xlsx = join(dir, 'requests.xlsx');
      const r = await runExportCli([backup, '--log', 'requests', '--format', 'xlsx', '--out', xlsx]);
      expect(r.code, r.stderr).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      expect(JSON.stringify(book.getWorksheet('Details')?.getSheetValues())).toContain('DSR-2026-004 — Jeanne Keller');
    },
    SLOW,
  );

  it.each([
    {
      args: ['--log', 'incidents', '--format', 'docx'],
      message: '--log must be one of breaches, requests, not "incidents"',
    },
    {
      args: ['--log', 'breaches', '--register', 'controller', '--format', 'docx'],
      message: 'either --register or --log',
    },
    { args: ['--log', 'requests', '--format', 'html'], message: '--format must be one of docx, pdf, xlsx' },
  ])(
    'refuses $args in words',
    async ({ args, message }) => {
      const r = await runExportCli([workspaceFile, ...args, '--out', join(dir, 'x.docx')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    },
    SLOW,
  );
});
