/**
 * The letterhead in the app (issue 19, item 2): a letterhead kept in the database reaches the
 * export worker's documents. The worker's handler reads the record and the organisation's
 * letterhead from the same database the app uses, as the app's worker does; python-docx reads
 * the header of the DOCX it builds, and the PDF's text carries the firm's lines (and, once one is
 * stored with the letterhead, is printed in the firm's font). Kept small: one
 * register, DOCX and PDF, on the sample workspace.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DpoDeskDatabase } from '../../renderer/src/data/db';
import { checkLetterheadFont, withFontFile } from '../../renderer/src/data/letterhead/font';
import { readLetterhead } from '../../renderer/src/data/letterhead/read';
import {
  houseStyleFor,
  letterheadsOf,
  saveLetterhead,
  setLetterheadFont,
} from '../../renderer/src/data/letterhead/store';
import { loadWorkspace } from '../../renderer/src/data/repositories/workspace';
import { createExportHandler } from '../../renderer/src/export/worker/handler';
import type { FromWorkerMessage, RegisterFormat } from '../../renderer/src/export/worker/protocol';
import { docxText, pdfText } from '../support/document-clients';
import { buildSampleWorkspace } from '../fixtures/backups/sample-workspace';

const FILE = 'northbridge-legal.docx';
const bytes = new Uint8Array(readFileSync(join(__dirname, '../fixtures/letterheads', FILE)));

let db: DpoDeskDatabase;
let organisationId: string;
beforeAll(async () => {
  db = new DpoDeskDatabase(`letterhead-app-${crypto.randomUUID()}`);
  organisationId = await buildSampleWorkspace(db);
  await saveLetterhead(db, {
    place: { kind: 'all' },
    fileName: FILE,
    sizeBytes: bytes.byteLength,
    style: readLetterhead(bytes, FILE),
  });
});
afterAll(async () => {
  await db.delete();
});

/** One register export through the worker's message loop, over the database. */
const exportRegister = async (format: RegisterFormat): Promise<Uint8Array> => {
  const sent: FromWorkerMessage[] = [];
  const { handle } = createExportHandler(
    (m) => sent.push(m),
    (id) => loadWorkspace(db, id),
    undefined,
    (id) => houseStyleFor(db, id),
  );
  await handle({
    type: 'start',
    jobId: format,
    stopAtGaps: false,
    request: {
      kind: 'register',
      organisationId,
      options: {
        format,
        register: 'controller',
        language: 'en',
        version: '1.0',
        generatedOn: '2026-12-01',
        includeRetired: false,
        departments: [],
        statuses: [],
      },
    },
  });
  const last = sent.at(-1);
  if (last?.type !== 'done') throw new Error(`The export did not finish: ${JSON.stringify(last)}`);
  return last.bytes;
};

describe('a register exported by the app’s worker on the stored letterhead', () => {
  it('has the letterhead’s header in its DOCX, as python-docx reads it', async () => {
    const { text } = await docxText(await exportRegister('docx'));
    expect(text).toContain('Northbridge Legal LLP');
    expect(text).toContain('Tixeo SAS');
  });

  it('has the letterhead’s lines in its PDF', async () => {
    const text = await pdfText(await exportRegister('pdf'));
    expect(text).toContain('Northbridge Legal LLP');
    expect(text).toContain('200 Park Avenue');
  });

  it('prints its PDF in the font stored with the letterhead', async () => {
    const require = createRequire(import.meta.url);
    const path = require.resolve('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf');
    const font = withFontFile(undefined, checkLetterheadFont(new Uint8Array(readFileSync(path)), path));
    const record = (await letterheadsOf(db, organisationId)).all;
    if (!record) throw new Error('The letterhead was not stored.');
    await setLetterheadFont(db, record.id, font);
    try {
      const pdf = Buffer.from(await exportRegister('pdf')).toString('latin1');
      expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHebrew-Regular/);
    } finally {
      await setLetterheadFont(db, record.id, undefined);
    }
  });
});
