import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { odsRow, odsWith, odsZipBomb } from '../../../../test/support/hostile-files';
import { SPREADSHEET_LIMITS } from '../limits';
import { detectTable, previewImport, readSpreadsheet, suggestMapping, type ReadSpreadsheetResult } from './index';

const refusal = (r: ReadSpreadsheetResult) => {
  if (r.ok) throw new Error('the file was accepted');
  return r.error;
};

describe('spreadsheets over a bound are refused with a message naming it', () => {
  it('a 2 MB .ods whose content.xml unpacks to 2 GB: stopped at the unpacked-size bound, not crashed', async () => {
    const bomb = odsZipBomb(2048);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const error = refusal(await readSpreadsheet(bomb, 'registre.ods'));
    expect(error).toMatchObject({
      kind: 'too-large',
      limit: 'unpacked-size',
      max: SPREADSHEET_LIMITS.maxUnpackedBytes,
    });
    expect(error.message).toBe(
      'This spreadsheet unpacks to more than 100 MB, more than DPO Desk reads from one file (it may be a "zip bomb"). Nothing was imported.',
    );
  });

  it('a 100 MB bomb (under the total) is stopped by the ratio of its part', async () => {
    const error = refusal(await readSpreadsheet(odsZipBomb(100), 'registre.ods'));
    expect(error.limit).toBe('entry-ratio');
    expect(error.message).toMatch(/content\.xml" of this file unpacks to more than 200 times its packed size/);
  });

  it('a zip of more parts than any spreadsheet', async () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i <= SPREADSHEET_LIMITS.maxZipEntries; i++) parts[`p${i}.txt`] = strToU8('x');
    const error = refusal(await readSpreadsheet(zipSync(parts), 'register.xlsx'));
    expect(error.limit).toBe('zip-entries');
    expect(error.message).toMatch(/holds 1,001 packed parts; a spreadsheet has at most 1,000/);
  });

  it('XML nested deeper than any spreadsheet', async () => {
    const deep = `${'<text:span>'.repeat(300)}${'</text:span>'.repeat(300)}`;
    const error = refusal(await readSpreadsheet(odsWith(deep), 'registre.ods'));
    expect(error.limit).toBe('xml-depth');
    expect(error.message).toMatch(/nests deeper than 256 levels/);
  });

  it('a CSV of a million rows does not become a million draft activities', async () => {
    const csv = `Activity name;Purpose\n${'Paie;Salaires\n'.repeat(1_000_000)}`;
    const error = refusal(await readSpreadsheet(strToU8(csv), 'register.csv'));
    expect(error.limit).toBe('rows');
    expect(error.message).toBe(
      'This sheet has more than 50,000 rows, more than DPO Desk imports at once. Split it into smaller files; nothing was imported.',
    );
  });

  it('repeated rows in an .ods count as the rows they make', async () => {
    const repeated = `<table:table-row table:number-rows-repeated="1000"><table:table-cell><text:p>Paie</text:p></table:table-cell></table:table-row>`;
    const error = refusal(await readSpreadsheet(odsWith(repeated.repeat(51)), 'registre.ods'));
    expect(error.limit).toBe('rows');
  });

  it('too many cells, too long a cell, too large a file', async () => {
    const wide = `${'x,'.repeat(60)}x\n`.repeat(20_000);
    expect(refusal(await readSpreadsheet(strToU8(wide), 'wide.csv')).limit).toBe('cells');
    const long = `Activity name\n"${'a'.repeat(SPREADSHEET_LIMITS.maxCellChars + 1)}"\n`;
    expect(refusal(await readSpreadsheet(strToU8(long), 'long.csv')).message).toMatch(
      /A cell of this spreadsheet holds more than 32,767 characters/,
    );
    const unclosed = `Activity name\n"${'a'.repeat(200_000)}`;
    expect(refusal(await readSpreadsheet(strToU8(unclosed), 'unclosed.csv')).limit).toBe('cell-length');
    const huge = new Uint8Array(SPREADSHEET_LIMITS.maxFileBytes + 1);
    expect(refusal(await readSpreadsheet(huge, 'huge.csv'))).toMatchObject({ limit: 'file-size' });
    expect(refusal(await readSpreadsheet(huge, 'huge.csv')).message).toMatch(
      /This file is 50 MB; DPO Desk imports spreadsheets of at most 50 MB/,
    );
  });

  it('an .xlsx that names row 1,048,576 is refused before the rows are built', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Register');
    sheet.getCell('A1').value = 'Activity name';
    sheet.getCell('A1048576').value = 'Payroll';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(refusal(await readSpreadsheet(bytes, 'register.xlsx')).limit).toBe('rows');
  });

  it('a truncated zip is named damaged, not a crash', async () => {
    const ods = odsWith(odsRow(['Nom du traitement', 'Finalité du traitement']));
    const error = refusal(await readSpreadsheet(ods.subarray(0, ods.length - 30), 'registre.ods'));
    expect(error.kind).toBe('unreadable');
    expect(error.message).toMatch(/not a readable OpenDocument spreadsheet/);
  });

  it('a spreadsheet within the bounds still reads: LibreOffice’s trailing million empty rows cost nothing', async () => {
    const rows =
      odsRow(['Nom du traitement', 'Finalité du traitement']) +
      odsRow(['Paie', 'Salaires']) +
      '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>';
    const read = await readSpreadsheet(odsWith(rows), 'registre.ods');
    if (!read.ok) throw new Error(read.error.message);
    // (the test file's own header row comes first)
    expect(read.sheets[0]?.rows).toEqual([
      ['Nom du traitement'],
      ['Nom du traitement', 'Finalité du traitement'],
      ['Paie', 'Salaires'],
    ]);
  });
});

describe('CSV encodings', () => {
  const cp1252 = (text: string): Uint8Array =>
    Uint8Array.from([...text].map((c) => ({ é: 0xe9, è: 0xe8, '’': 0x92, œ: 0x9c })[c] ?? c.charCodeAt(0)));
  const header = 'Nom du traitement;Finalité du traitement;Base légale\n';

  const firstActivity = async (bytes: Uint8Array) => {
    const read = await readSpreadsheet(bytes, 'registre.csv');
    if (!read.ok) throw new Error(read.error.message);
    const table = detectTable(read.sheets);
    if (!table) throw new Error('no table detected');
    const preview = previewImport(table.rows, suggestMapping(table.headers));
    return { encoding: read.encoding, activity: preview.activities[0]?.activity, problems: preview.problems };
  };

  it('a Windows-1252 CSV (what French Excel saves) imports "Répondre aux demandes" intact and says how it was read', async () => {
    const r = await firstActivity(cp1252(`${header}Répondre aux demandes;Droits d’accès;contrat\n`));
    expect(r.encoding).toBe('windows-1252');
    expect(r.activity?.name).toBe('Répondre aux demandes');
    expect(r.activity?.purposes[0]?.description).toBe('Droits d’accès');
    expect(r.problems).toEqual([]);
  });

  it.each([
    [
      'UTF-16 LE with a byte-order mark',
      'utf-16le',
      (s: string) => new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le')),
    ],
    ['UTF-16 LE without one', 'utf-16le', (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'))],
    [
      'UTF-16 BE with a byte-order mark',
      'utf-16be',
      (s: string) => new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le').swap16()),
    ],
    ['UTF-8 with a byte-order mark', 'utf-8', (s: string) => strToU8(`\ufeff${s}`)],
  ])('%s is detected and read', async (_label, encoding, encode) => {
    const r = await firstActivity(encode(`${header}Répondre aux demandes;Droits d’accès;contrat\n`));
    expect(r.encoding).toBe(encoding);
    expect(r.activity?.name).toBe('Répondre aux demandes');
  });
});
