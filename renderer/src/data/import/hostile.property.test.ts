import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deflatedRepeat, odsRow, odsWith, writeZip } from '../../../../test/support/hostile-files';
import { dumpEverything } from '../backup/database-dump';
import { DpoDeskDatabase } from '../db';
import { SPREADSHEET_LIMITS } from '../limits';
import { createRepositories } from '../repositories';
import {
  applyImport,
  detectTable,
  previewImport,
  readSpreadsheet,
  suggestMapping,
  type ReadSpreadsheetResult,
} from './index';

/**
 * 2,600 hostile spreadsheets (with the 2,552 hostile backups of backup.property.test.ts: 5,152
 * files): whatever the bytes, the reader answers with a typed result within the case guard, stays
 * within its bounds, and an import is written all or nothing. Files are kept small (a bomb is
 * a few KB that claims megabytes) so the whole run stays within seconds.
 */

/** Per-case guard: a reading that has not answered in 10 s is a hang, whatever the machine's speed. */
const GUARD_MS = 10_000;
const guarded = async (bytes: Uint8Array, name: string): Promise<ReadSpreadsheetResult> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${GUARD_MS / 1000} s for ${name}`)), GUARD_MS);
  });
  try {
    return await Promise.race([readSpreadsheet(bytes, name), hang]);
  } finally {
    clearTimeout(timer);
  }
};

const expectTyped = (r: ReadSpreadsheetResult): void => {
  if (r.ok) {
    let cells = 0;
    for (const sheet of r.sheets) {
      expect(sheet.rows.length).toBeLessThanOrEqual(SPREADSHEET_LIMITS.maxRows);
      for (const row of sheet.rows) {
        cells += row.length;
        for (const cell of row) expect(cell.length).toBeLessThanOrEqual(SPREADSHEET_LIMITS.maxCellChars);
      }
    }
    expect(cells).toBeLessThanOrEqual(SPREADSHEET_LIMITS.maxCells);
    return;
  }
  expect(['unsupported', 'unreadable', 'too-large']).toContain(r.error.kind);
  expect(r.error.message.length).toBeGreaterThan(10);
  if (r.error.kind === 'too-large') expect(r.error.limit).toBeDefined();
};

let db: DpoDeskDatabase;
let organisationId: string;
let activitiesBefore: number;
let imported = 0;

beforeAll(async () => {
  db = new DpoDeskDatabase(`hostile-import-${crypto.randomUUID()}`);
  organisationId = (await createRepositories(db).organisations.create({ name: 'Cible SARL' })).id;
  activitiesBefore = await db.activities.count();
});
afterAll(async () => {
  await db.delete();
});

/** Reads, then (when a table is found) imports: the database gains exactly the previewed activities, or nothing. */
const readAndImport = async (bytes: Uint8Array, name: string): Promise<void> => {
  const read = await guarded(bytes, name);
  expectTyped(read);
  if (!read.ok) return;
  const table = detectTable(read.sheets);
  if (!table) return;
  const preview = previewImport(table.rows, suggestMapping(table.headers));
  if (preview.activities.length === 0) return;
  const before = await db.activities.count();
  const applied = await applyImport(db, organisationId, preview);
  const after = await db.activities.count();
  expect(after - before).toBe(applied.ok ? preview.activities.length : 0);
  if (applied.ok) imported += preview.activities.length;
};

const HEADERS = [
  'Nom du traitement',
  'Finalité du traitement',
  'Base légale',
  'Activity name',
  'Purpose of processing',
];
/** Text with what breaks parsers: XML-invalid characters, lone surrogates, U+FFFE/U+FFFF, markup, quotes, separators. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    '\u0001\u001f',
    '\ufffe\uffff',
    '\ud800',
    '<',
    '&',
    '&#0;',
    '&#x110000;',
    '"',
    ';',
    '\r\n',
    ']]>',
  ),
  fc.constantFrom(...HEADERS),
);
const cellsArb = fc.array(fc.array(nasty, { maxLength: 6 }), { maxLength: 8 });

const csvFrom = (rows: string[][], sep: string): string => rows.map((r) => r.join(sep)).join('\n');

/** Ways of writing a CSV's text to bytes: the right encodings, and wrong ones. */
const encodeArb = fc.constantFrom<(s: string) => Uint8Array>(
  (s) => strToU8(s),
  (s) => strToU8(`\ufeff${s}`),
  (s) => new Uint8Array(Buffer.from(s, 'utf16le')),
  (s) => new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le')),
  (s) => new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le').swap16()),
  (s) => new Uint8Array(Buffer.from(s, 'latin1')),
  // Half a UTF-16 file: an odd number of bytes.
  (s) => new Uint8Array(Buffer.from(`\ufeff${s}x`, 'utf16le')).subarray(0, Math.max(1, s.length * 2 + 1)),
);

/** Hostile content.xml fragments: deep nesting, repeats claiming millions, broken tags, entities out of range. */
const xmlFragment = fc.oneof(
  cellsArb.map((rows) => rows.map((r) => odsRow(r.map((c) => c.replace(/[<&]/g, '')))).join('')),
  fc.integer({ min: 1, max: 400 }).map((d) => `${'<text:span>'.repeat(d)}x${'</text:span>'.repeat(d)}`),
  fc.integer({ min: 1, max: 400 }).map((d) => '<table:table-row>'.repeat(d)),
  fc
    .tuple(fc.constantFrom(0, 1, 3, 1000, 2 ** 31), fc.constantFrom(0, 1, 2, 1024, 2 ** 31))
    .map(
      ([r, c]) =>
        `<table:table-row table:number-rows-repeated="${r}"><table:table-cell table:number-columns-repeated="${c}"><text:p>Paie</text:p></table:table-cell></table:table-row>`,
    ),
  fc
    .integer({ min: 0, max: 2 ** 31 })
    .map(
      (n) =>
        `<table:table-row><table:table-cell><text:p><text:s text:c="${n}"/>x</text:p></table:table-cell></table:table-row>`,
    ),
  fc.string({ maxLength: 60 }).map((s) => `<table:table-row><table:table-cell><text:p>${s}</text:p>`),
  fc.constantFrom(
    '&#99999999999;',
    '&#x0;',
    '<!-- unclosed',
    '<?pi',
    '<a b="unclosed>',
    '</table:table>',
    '<table:table>',
  ),
);

/** A valid .ods or .xlsx cut at a random byte: every truncation must read as damaged, not crash. */
const validOds = odsWith(odsRow(['Nom du traitement', 'Finalité du traitement']) + odsRow(['Paie', 'Salaires']));

describe('hostile spreadsheets: a typed answer, within the bounds, within the guard, all or nothing', () => {
  it('CSV of any text in any (or the wrong) encoding: 900 files', async () => {
    await fc.assert(
      fc.asyncProperty(cellsArb, fc.constantFrom(',', ';', '\t'), encodeArb, async (rows, sep, encode) => {
        await readAndImport(encode(csvFrom(rows, sep)), 'registre.csv');
      }),
      { numRuns: 900 },
    );
  });

  it('arbitrary bytes under every extension: 500 files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('x.csv', 'x.ods', 'x.xlsx', 'x.txt', 'x.bin'),
        fc.boolean(),
        async (bytes, name, pk) => {
          // Half of them start like a zip, so the zip reader meets garbage after a valid signature.
          const input = pk ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
          await readAndImport(input, name);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('.ods with hostile content.xml (nesting, repeats, broken markup, bad entities): 600 files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(xmlFragment, { maxLength: 5 }), async (fragments) => {
        await readAndImport(odsWith(fragments.join('')), 'registre.ods');
      }),
      { numRuns: 600 },
    );
  });

  it('zip bombs, lying sizes, many parts, unknown methods, truncations: 500 files', async () => {
    // Built once: a bomb's bytes are the same whatever the case; the reading is what is tested.
    const bombs = [1, 2, 4].flatMap((mb) =>
      ['content.xml', 'xl/worksheets/sheet1.xml', 'a.xml'].map((name) =>
        writeZip([{ name, data: deflatedRepeat('<a>', mb, '</a>', 'x'), method: 8, declaredSize: 10 }]),
      ),
    );
    const bomb = fc.constantFrom(...bombs);
    const lying = fc
      .tuple(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(0, 8, 12, 99), fc.nat())
      .map(([data, method, declared]) =>
        writeZip([{ name: 'content.xml', data, method: method as 0 | 8, declaredSize: declared >>> 0 }]),
      );
    const partsZip = (n: number) => {
      const parts: Record<string, Uint8Array> = {};
      for (let i = 0; i < n; i++) parts[`p${i}`] = new Uint8Array(0);
      return zipSync(parts);
    };
    // One over the bound, and a plain zip of junk parts under it.
    const manyParts = fc.constantFrom(partsZip(SPREADSHEET_LIMITS.maxZipEntries + 1), partsZip(20));
    const truncated = fc.integer({ min: 0, max: validOds.length - 1 }).map((n) => validOds.subarray(0, n));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(bomb, lying, manyParts, truncated),
        fc.constantFrom('x.ods', 'x.xlsx'),
        async (bytes, name) => {
          await readAndImport(bytes, name);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('.xlsx-shaped zips with hostile parts: 100 files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(xmlFragment, { maxLength: 3 }), fc.boolean(), async (fragments, withTypes) => {
        const parts: Record<string, Uint8Array> = {
          'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${fragments.join('')}</sheetData></worksheet>`),
          'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        };
        if (withTypes) parts['[Content_Types].xml'] = strToU8('<Types></Types>');
        await readAndImport(zipSync(parts), 'register.xlsx');
      }),
      { numRuns: 100 },
    );
  });

  it('imported only what a preview showed, and nothing else was touched', async () => {
    expect(await db.activities.count()).toBe(activitiesBefore + imported);
    expect((await dumpEverything(db)).length).toBeGreaterThan(0);
  });
});
