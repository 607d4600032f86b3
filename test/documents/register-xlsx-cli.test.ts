import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CNIL_LIST_COLUMNS, ICO_COLUMNS, ICO_HEADER_ROW, renderRegisterXlsx } from '../../renderer/src/export/register';
import { normaliseText, ooxmlValidate, pdfText } from '../support/document-clients';
import { EARLY_POOL_BYTES } from '../../cli/export-core';
import { runExportCli } from '../support/export-cli';
import { richWorkspace } from './register-fixture';

const readBook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
};

const sheetRows = (sheet: ExcelJS.Worksheet | undefined): string[][] =>
  Array.from(sheet?.getSheetValues() ?? [], (r) => (Array.isArray(r) ? r.slice(1).map(String) : []));

describe('register workbook (the CNIL list or the ICO template, as chosen)', () => {
  it('follows the CNIL list alone in French: verbatim headers, one row per activity, Oui/Non, and validates', async () => {
    const bytes = await renderRegisterXlsx(richWorkspace(), { language: 'fr', generatedOn: '2026-03-02' });
    expect((await ooxmlValidate(bytes, 'xlsx')).errors).toEqual([]);
    const book = await readBook(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Liste des traitements']);
    const cnil = book.getWorksheet('Liste des traitements');
    const cnilValues = sheetRows(cnil);
    const headerAt = cnilValues.findIndex((r) => r[0] === CNIL_LIST_COLUMNS[0]);
    expect(cnilValues[headerAt]).toEqual([...CNIL_LIST_COLUMNS]);
    expect(cnilValues.slice(headerAt + 1).map((r) => [r[0], r[1], r[5]])).toEqual([
      // The fixture's text is English: the French export marks it as untranslated.
      ['[EN] Payroll', 'T-01', 'Oui'],
      ['[EN] Newsletter', 'T-02', 'Non'],
    ]);
    expect(String(cnil?.getCell(4, 2).value)).toContain('Claire Dumont');
  });

  it('prints the values of the CNIL layout in the export language when chosen for English', async () => {
    const bytes = await renderRegisterXlsx(richWorkspace(), {
      language: 'en',
      layout: 'cnil',
      generatedOn: '2026-03-02',
    });
    const rows = sheetRows((await readBook(bytes)).getWorksheet('Liste des traitements'));
    const headerAt = rows.findIndex((r) => r[0] === CNIL_LIST_COLUMNS[0]);
    expect(rows.slice(headerAt + 1).map((r) => r[5])).toEqual(['Yes', 'No']);
  });

  it('follows the ICO template alone in English, values in English', async () => {
    const bytes = await renderRegisterXlsx(richWorkspace(), { language: 'en', generatedOn: '2026-03-02' });
    expect((await ooxmlValidate(bytes, 'xlsx')).errors).toEqual([]);
    const book = await readBook(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Template']);
    const ico = book.getWorksheet('Template');
    const header = ICO_COLUMNS.map((_, c) => String(ico?.getCell(ICO_HEADER_ROW, c + 1).value));
    expect(header).toEqual([...ICO_COLUMNS]);
    expect(String(ico?.getCell(1, 2).value)).toContain('Brightwave Analytics Inc.');
    expect(String(ico?.getCell(5, 2).value)).toContain('EU Rep Services GmbH');
    const row = ICO_HEADER_ROW + 1;
    expect(String(ico?.getCell(row, 2).value)).toContain('Pay salaries');
    expect(String(ico?.getCell(row, 8).value)).toContain('Standard contractual clauses');
    expect(String(ico?.getCell(row, 13).value)).toContain('Art. 9(2)(b)');
    // The ICO column "Categories of individuals" carries the stored band of data subjects.
    const individuals = ICO_COLUMNS.indexOf('Categories of individuals') + 1;
    expect(String(ico?.getCell(row, individuals).value)).toContain('Estimated number of data subjects: 1,000–9,999');
    expect(String(ico?.getCell(row + 1, 1).value)).toContain('Newsletter');
    expect(ico?.getCell(row + 2, 1).value ?? '').toBe('');
  });

  it('writes the ICO template in French with French values and citations when chosen', async () => {
    const bytes = await renderRegisterXlsx(richWorkspace(), {
      language: 'fr',
      layout: 'ico',
      generatedOn: '2026-03-02',
    });
    const ico = (await readBook(bytes)).getWorksheet('Template');
    const row = ICO_HEADER_ROW + 1;
    expect(String(ico?.getCell(row, 8).value)).toContain('Clauses contractuelles types (CCT)');
    expect(String(ico?.getCell(row, 13).value)).toContain('art. 9.2.b');
  });
});

describe('npm run export (command line)', () => {
  const cli = runExportCli;

  it('writes the register PDF of a large file that holds few activities, having started its workers for nothing', async () => {
    // Past EARLY_POOL_BYTES the tool starts its PDF workers before reading the file; two activities
    // are laid out in its own thread, and the workers are closed (the tool ends instead of waiting on them).
    const dir = await mkdtemp(join(tmpdir(), 'register-cli-'));
    const padded = `${JSON.stringify(richWorkspace(), null, 2)}${' '.repeat(EARLY_POOL_BYTES)}`;
    await writeFile(join(dir, 'large.json'), padded);
    const ok = await cli([
      join(dir, 'large.json'),
      '--register',
      'controller',
      '--format',
      'pdf',
      '--out',
      join(dir, 'c.pdf'),
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    const text = normaliseText(await pdfText(new Uint8Array(await readFile(join(dir, 'c.pdf')))));
    expect(text).toContain('Record of processing activities of Brightwave Analytics Inc.');
    expect(text).toContain('T-02 — Newsletter');
    expect(text).toMatch(/Page 6 of 6$/);
  });

  it('exports a register from a workspace file and from a backup envelope', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'register-cli-'));
    const ws = richWorkspace();
    await writeFile(join(dir, 'ws.json'), JSON.stringify(ws));
    const ok = await cli([
      join(dir, 'ws.json'),
      '--register',
      'processor',
      '--format',
      'pdf',
      '--lang',
      'fr',
      '--out',
      join(dir, 'p.pdf'),
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    const text = normaliseText(await pdfText(new Uint8Array(await readFile(join(dir, 'p.pdf')))));
    expect(text).toContain('Acme Retail SARL');
    expect(text).toContain('Registre des catégories');

    const second = { ...ws.organisation, id: 'org-2', name: 'Other Org' };
    const missingFile = await cli([
      join(dir, 'nope.json'),
      '--register',
      'controller',
      '--format',
      'docx',
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain('nope.json');

    const envelope = {
      format: 'dpo-desk-backup',
      formatVersion: 1,
      data: { organisations: [ws.organisation, second], contacts: ws.contacts, activities: ws.activities },
    };
    await writeFile(join(dir, 'backup.json'), JSON.stringify(envelope));
    const result = await cli([
      join(dir, 'backup.json'),
      '--register',
      'controller',
      '--format',
      'docx',
      '--out',
      join(dir, 'c.docx'),
    ]);
    // Backups go through the backup module's inspectBackup: an envelope without its header is refused by name.
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The backup header is not valid.');
    expect(result.stderr).toContain('checksum');
  });

  it('refuses bad options with exit code 2 and a message naming the option', async () => {
    const bad = await cli(['x.json', '--register', 'controller', '--format', 'odt', '--out', 'x.odt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of docx, pdf, xlsx, not "odt"');
    const notOurs = await cli(['package.json', '--register', 'controller', '--format', 'pdf', '--out', '/tmp/x.pdf']);
    expect(notOurs.code).toBe(2);
    expect(notOurs.stderr).toContain('neither a DPO Desk backup');
  });
});

describe('npm run export --xlsx-layout', () => {
  it('writes the chosen template and refuses an unknown one by name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'register-xlsx-layout-'));
    await writeFile(join(dir, 'ws.json'), JSON.stringify(richWorkspace()));
    const args = ['--register', 'controller', '--format', 'xlsx', '--lang', 'en'];
    const ok = await runExportCli([
      join(dir, 'ws.json'),
      ...args,
      '--xlsx-layout',
      'cnil',
      '--out',
      join(dir, 'c.xlsx'),
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    const book = await readBook(new Uint8Array(await readFile(join(dir, 'c.xlsx'))));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Liste des traitements']);
    const bad = await runExportCli([
      join(dir, 'ws.json'),
      ...args,
      '--xlsx-layout',
      'odf',
      '--out',
      join(dir, 'x.xlsx'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--xlsx-layout must be one of cnil, ico, not "odf"');
  });
});
