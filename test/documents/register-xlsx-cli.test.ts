import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CNIL_LIST_COLUMNS, ICO_COLUMNS, ICO_HEADER_ROW, renderRegisterXlsx } from '../../renderer/src/export/register';
import { normaliseText, ooxmlValidate, pdfText } from '../support/document-clients';
import { runExportCli } from '../support/export-cli';
import { richWorkspace } from './register-fixture';

const readBook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
};

describe('register workbook (CNIL list + ICO template)', () => {
  it('has both template sheets with verbatim headers, one row per activity, and validates', async () => {
    const bytes = await renderRegisterXlsx(richWorkspace(), { language: 'fr', generatedOn: '2026-03-02' });
    expect((await ooxmlValidate(bytes, 'xlsx')).errors).toEqual([]);
    const book = await readBook(bytes);
    const cnil = book.getWorksheet('Liste des traitements');
    const ico = book.getWorksheet('Template');
    expect(cnil && ico).toBeTruthy();
    const cnilValues = Array.from(cnil?.getSheetValues() ?? [], (r) =>
      Array.isArray(r) ? r.slice(1).map(String) : [],
    );
    const headerAt = cnilValues.findIndex((r) => r[0] === CNIL_LIST_COLUMNS[0]);
    expect(cnilValues[headerAt]).toEqual([...CNIL_LIST_COLUMNS]);
    expect(cnilValues.slice(headerAt + 1).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['Payroll', 'T-01', 'Oui'],
      ['Newsletter', 'T-02', 'Non'],
    ]);
    expect(String(cnil?.getCell(4, 2).value)).toContain('Claire Dumont');
    const header = ICO_COLUMNS.map((_, c) => String(ico?.getCell(ICO_HEADER_ROW, c + 1).value));
    expect(header).toEqual([...ICO_COLUMNS]);
    expect(String(ico?.getCell(1, 2).value)).toContain('Brightwave Analytics Inc.');
    expect(String(ico?.getCell(5, 2).value)).toContain('EU Rep Services GmbH');
    const row = ICO_HEADER_ROW + 1;
    expect(String(ico?.getCell(row, 2).value)).toContain('Pay salaries');
    expect(String(ico?.getCell(row, 8).value)).toContain('Clauses contractuelles types (CCT)');
    expect(String(ico?.getCell(row, 13).value)).toContain('Art. 9(2)(b)');
    // The ICO column "Categories of individuals" carries the stored band of data subjects.
    const individuals = ICO_COLUMNS.indexOf('Categories of individuals') + 1;
    expect(String(ico?.getCell(row, individuals).value)).toContain(
      'Nombre estimé de personnes concernées\u00a0: 1\u202f000 à 9\u202f999',
    );
    expect(String(ico?.getCell(row + 1, 1).value)).toContain('Newsletter');
    expect(ico?.getCell(row + 2, 1).value ?? '').toBe('');
  });
});

describe('npm run export (command line)', () => {
  const cli = runExportCli;

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
