import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DpoDeskDatabase } from '../db';
import { createRepositories } from '../repositories';
import { dumpEverything } from '../backup/database-dump';
import {
  applyImport,
  detectTable,
  parseContentXml,
  parseCsv,
  previewImport,
  readSpreadsheet,
  suggestMapping,
  type DetectedTable,
} from './index';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`test/fixtures/spreadsheets/${name}`));
const tableOf = async (name: string): Promise<DetectedTable> => {
  const read = await readSpreadsheet(fixture(name), name);
  if (!read.ok) throw new Error(read.error.message);
  const table = detectTable(read.sheets);
  if (!table) throw new Error('no table');
  return table;
};
const previewOf = async (name: string) => {
  const t = await tableOf(name);
  return previewImport(t.rows, suggestMapping(t.headers), { firstRowNumber: t.headerRow + 2 });
};

describe('CSV (RFC 4180)', () => {
  it('handles quoted separators, line breaks, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffa;b\r\n"x;y";"line 1\nline 2"\r\n"say ""hi""";\r\n')).toEqual([
      ['a', 'b'],
      ['x;y', 'line 1\nline 2'],
      ['say "hi"', ''],
    ]);
    expect(parseCsv('name,purpose\n"Payroll, monthly",Pay')).toEqual([
      ['name', 'purpose'],
      ['Payroll, monthly', 'Pay'],
    ]);
  });
});

describe('ODS reader', () => {
  it('reads the CNIL list below its organisation block, with merged group headers and typed dates', async () => {
    const t = await tableOf('cnil-registre-simplifie.ods');
    expect(t.sheetName).toBe('2 - Liste des traitements');
    expect(t.headerRow).toBe(9);
    expect(suggestMapping(t.headers).map((m) => m.field)).toEqual([
      'name',
      'reference',
      'createdOn',
      'lastReviewedOn',
      'purposes',
      'sensitive',
    ]);
    expect(t.rows[0]?.[3]).toBe('2025-11-03');
    expect(t.rows[0]?.[4]).toBe('Calcul et versement des salaires\nDéclarations sociales obligatoires');
    expect(t.rows[2]?.[4]).toBe('Gestion des candidatures  et entretiens');
    // A million repeated empty rows are not materialised.
    expect(t.rows.length).toBeLessThan(10);
  });

  it('decodes entities and spaces in content.xml', () => {
    const xml =
      '<office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell><text:p>A &amp; B<text:s text:c="2"/>C</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>&#233;t&#xE9;</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>';
    expect(parseContentXml(xml)).toEqual([{ name: 'S', rows: [['A & B  C', '', '', 'été']] }]);
  });

  it('refuses a damaged or foreign file with a message, never a crash', async () => {
    const r = await readSpreadsheet(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), 'register.ods');
    expect(r.ok ? '' : r.error.message).toMatch(/not a readable OpenDocument/);
    const noContent = await readSpreadsheet(zipSync({ 'a.txt': strToU8('hi') }), 'x.ods');
    expect(noContent.ok ? '' : noContent.error.message).toMatch(/no content.xml/);
    const pdf = await readSpreadsheet(strToU8('%PDF-1.7'), 'register.pdf');
    expect(pdf.ok ? '' : pdf.error.kind).toBe('unsupported');
  });
});

describe('import preview', () => {
  it('maps the CNIL list: names, references, review dates; purposes without a basis kept with a warning', async () => {
    const p = await previewOf('cnil-registre-simplifie.ods');
    expect(p.activities.map((a) => [a.row, a.activity.name, a.activity.reference])).toEqual([
      [11, 'Gestion de la paie', 'RH-01'],
      [13, 'Recrutement', 'RH-02'],
      [14, 'Vidéoprotection des locaux', 'SEC-01'],
    ]);
    expect(p.emptyRows).toBe(1);
    const paie = p.activities[0]!.activity;
    expect(paie.lastReviewedOn).toBe('2025-11-03');
    expect(paie.status).toBe('draft');
    expect(paie.description).toContain('Finalité du traitement: Déclarations sociales obligatoires');
    expect(p.problems).toContainEqual(
      expect.objectContaining({ row: 11, severity: 'warning', message: expect.stringMatching(/special-category/) }),
    );
    expect(p.problems).toContainEqual(
      expect.objectContaining({
        row: 13,
        severity: 'warning',
        message: expect.stringMatching(/“31\/02\/2025” is not a date/),
      }),
    );
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('maps the ICO template: lawful basis, Art. 9 condition, lists, retention per category', async () => {
    const t = await tableOf('ico-documentation-controller.xlsx');
    expect(t.sheetName).toBe('Template');
    const mapping = suggestMapping(t.headers);
    const fieldOf = (label: string) => mapping.find((m) => m.header.endsWith(label))?.field;
    expect(fieldOf('Business function')).toBe('department');
    expect(fieldOf('Article 6 lawful basis for processing personal data')).toBe('purposes.legalBasis');
    expect(fieldOf('Link to record of legitimate interests assessment (if applicable)')).toBe('note');
    expect(fieldOf('General description of technical and organisational security measures (if possible)')).toBe('note');

    const p = previewImport(t.rows, mapping, { firstRowNumber: t.headerRow + 2 });
    const [payroll, newsletter, facilities] = p.activities.map((a) => a.activity);
    expect(payroll?.purposes[0]).toMatchObject({
      description: 'Staff payroll',
      legalBasis: 'legal_obligation',
      art9Condition: 'employment_social_security',
    });
    expect(payroll?.dataCategories.map((c) => [c.name, c.retention.criteria])).toEqual([
      ['Contact details', '6 years after employment ends'],
      ['Bank details', '6 years after employment ends'],
      ['Sickness records', '6 years after employment ends'],
    ]);
    expect(payroll?.description).toContain('Access control; encrypted backups');
    expect(newsletter?.purposes[0]).toMatchObject({
      legalBasis: 'legitimate_interests',
      legitimateInterest: 'Keeping customers informed of new products',
    });
    expect(newsletter?.dataSubjectCategories.map((s) => s.name)).toEqual(['Customers', 'Prospects']);
    expect(facilities?.name).toBe('Facilities');
    expect(p.problems).toContainEqual(
      expect.objectContaining({
        row: 12,
        message: expect.stringMatching(/“Because the boss said so” was not recognised/),
      }),
    );
  });

  it('maps a French CSV and reports a row without a name as an error', async () => {
    const p = await previewOf('registre.csv');
    expect(p.activities).toHaveLength(1);
    const support = p.activities[0]!.activity;
    expect(support.purposes.map((x) => [x.description, x.legalBasis])).toEqual([
      ['Répondre aux demandes', 'contract'],
      ['suivre les tickets', 'contract'],
    ]);
    expect(support.description).toBe('Remarks: Outil "Zendesk", hébergé UE');
    expect(p.problems).toEqual([expect.objectContaining({ row: 4, severity: 'error' })]);
  });
});

describe('applyImport', () => {
  let db: DpoDeskDatabase;
  beforeEach(() => {
    db = new DpoDeskDatabase(`import-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('creates every previewed activity with its audit entry, or nothing at all', async () => {
    const org = await createRepositories(db).organisations.create({ name: 'Example SAS' });
    const preview = await previewOf('ico-documentation-controller.xlsx');
    const result = await applyImport(db, org.id, preview);
    expect(result.ok && result.created.length).toBe(3);
    expect(await db.activities.where('organisationId').equals(org.id).count()).toBe(3);
    expect(await db.auditLog.where('table').equals('activities').count()).toBe(3);

    const before = await dumpEverything(db);
    const fail = (): never => {
      throw new Error('quota exceeded');
    };
    db.auditLog.hook('creating', fail);
    const failed = await applyImport(db, org.id, preview);
    db.auditLog.hook('creating').unsubscribe(fail);
    expect(failed.ok ? '' : failed.error.message).toMatch(/nothing was imported: quota exceeded/);
    expect(await dumpEverything(db)).toBe(before);

    const gone = await applyImport(db, 'no-such-org', preview);
    expect(gone.ok ? '' : gone.error.kind).toBe('not-found');
  });
});
