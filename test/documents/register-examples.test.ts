/**
 * The five example workspaces (one per seed page) exported as Art. 30 registers in every format:
 * each document must carry every fact of its example that the record of processing holds.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contentsEntries, documentXml, estimatorWithLibreOfficeFont, libreOfficePages } from './contents-pages';
import type { Workspace } from '../../renderer/src/domain';
import { controllerActivities, processorActivities } from '../../renderer/src/domain/workspace';
import { EXAMPLES, type Example, type ExampleFact } from '../../renderer/src/examples';
import {
  buildRegisterViewModel,
  renderRegisterDocx,
  renderRegisterPdf,
  renderRegisterXlsx,
  type RegisterKind,
} from '../../renderer/src/export/register';
import {
  docxText,
  libreOfficeToPdf,
  normaliseText,
  ooxmlValidate,
  pdfaPreflight,
  pdfText,
  qpdfCheck,
} from '../support/document-clients';

/**
 * The stored fields a register prints, as paths inside the workspace ("[]" for any array item).
 * A fact whose text lives only elsewhere is information the privacy policy gives (Art. 13/14), not
 * part of the Art. 30 record, and is left out of this test:
 * - organisation description, rights, complaint wording, SLAs, supervisory authority: Art. 13(2)
 *   information; Art. 30(1)(a)/(2)(a) only asks the name and contact details;
 * - contacts other than the DPO and the Art. 27 representative, and any contact's notes: Art. 30
 *   names only those two (the privacy contact is an Art. 13(1)(a) channel);
 * - activities' collection points, sources and cookies: where and how data are collected
 *   (Art. 13/14(2)(f), ePrivacy), which Art. 30 does not ask for;
 * - transfers' free-text description: the register states the mechanism and the adequacy status
 *   from reference data instead ("Adequacy: adequacy decision …");
 * - `documents`: the privacy policy's own settings and texts.
 */
const PRINTED_FIELDS: readonly RegExp[] = [
  /^organisation\.(name|email|phone|registrationNumber|website|address\.\w+)$/,
  /^contacts\[\]\.(name|jobTitle|firm|email|phone|address\.\w+)$/,
  /^activities\[\]\.(name|reference|department|software|description|processingCategories\[\])$/,
  /^activities\[\]\.purposes\[\]\.(description|legitimateInterest|legalReference|art10Authorisation)$/,
  /^activities\[\]\.(dataSubjectCategories|dataCategories)\[\]\.(name|description)$/,
  /^activities\[\]\.dataCategories\[\]\.retention\.(startEvent|criteria)$/,
  /^activities\[\]\.jointControllers\[\]\.(name|email|phone|arrangementSummary|address\.\w+)$/,
  /^activities\[\]\.dpia\.(reasoning|outcome|reference)$/,
  /^activities\[\]\.client\.(name|email|phone|representative|dpoContact|address\.\w+)$/,
  /^recipients\[\]\.(name|description)$/,
  /^processors\[\]\.(name|service)$/,
  /^transfers\[\]\.(recipientName|internationalOrganisation|conditions|safeguardsCopy|compellingInterest|art49Assessment)$/,
  /^transfers\[\]\.tia\.reference$/,
  /^securityMeasures\[\]\.(title|description)$/,
];
/**
 * The spreadsheet follows the CNIL "Liste des traitements" and the ICO template column for column;
 * neither has a column for an activity's free-text description or its software, so those two
 * fields are checked in the DOCX and PDF only.
 */
const NOT_IN_TEMPLATES = /^activities\[\]\.(description|software)$/;
/** Art. 30 names these contacts only: the DPO (30(1)(a), 30(2)(a)) and the EU representative (Art. 27). */
const REGISTER_CONTACT_ROLES = new Set(['dpo', 'representative']);

/** Paths of the string fields (inside `where`) whose value contains `text`. */
const pathsOf = (ws: Workspace, where: ExampleFact['where'], text: string): string[] => {
  const found: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.includes(text)) found.push(path);
    } else if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        const skip =
          where === 'contacts' &&
          path === 'contacts' &&
          !REGISTER_CONTACT_ROLES.has(String((item as { role?: unknown }).role));
        if (!skip) walk(item, `${path}[]`);
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
    }
  };
  walk(ws[where], where);
  return found;
};

const registerFacts = (example: Example): ExampleFact[] =>
  example.facts.filter(
    (f) =>
      f.where !== 'documents' &&
      pathsOf(example.workspace, f.where, f.text).some((p) => PRINTED_FIELDS.some((r) => r.test(p))),
  );

/** Whitespace-free form: PDF text wraps lines anywhere. */
const squash = (s: string): string => normaliseText(s).replace(/\s+/g, '');

const xlsxText = async (bytes: Uint8Array): Promise<string> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push(cell.text);
      }),
    ),
  );
  return cells.join('\n');
};

const missingFacts = (text: string, facts: readonly ExampleFact[]): string[] => {
  const body = squash(text);
  return facts.filter((f) => !body.includes(squash(f.text))).map((f) => `${f.where} / ${f.label}: ${f.text}`);
};

const kindsOf = (ws: Workspace): RegisterKind[] => [
  ...(controllerActivities(ws).length > 0 ? (['controller'] as const) : []),
  ...(processorActivities(ws).length > 0 ? (['processor'] as const) : []),
];

/** The slow clients (PDFBox, the OOXML validator, LibreOffice) run on this register only. */
const DEEP_CHECK = { slug: 'tixeo', kind: 'controller' } as const;
const OPTIONS = { includeRetired: true, generatedOn: '2026-03-02' } as const;
/** Each example's facts are in the language its record is written in (English, German for Hetzner). */
const optionsFor = (example: (typeof EXAMPLES)[number]) => ({
  ...OPTIONS,
  language: example.workspace.organisation.defaultLanguage,
});

describe('Art. 30 registers of the example workspaces', () => {
  it('leaves out only facts that are not part of the record', () => {
    // Guards the exclusion list: most of each example's record facts must be checked below.
    for (const example of EXAMPLES) {
      const candidates = example.facts.filter((f) => f.where !== 'documents');
      expect(registerFacts(example).length, example.slug).toBeGreaterThan(candidates.length / 2);
    }
  });

  for (const example of EXAMPLES) {
    for (const kind of kindsOf(example.workspace)) {
      it(`${example.slug}: ${kind} register in DOCX, PDF${kind === 'controller' ? ', XLSX' : ''} carries the record's facts`, async () => {
        const ws = example.workspace;
        const vm = buildRegisterViewModel(ws, { register: kind, ...optionsFor(example) });
        const deep = example.slug === DEEP_CHECK.slug && kind === DEEP_CHECK.kind;
        // The deep check's Word numbers are laid out in the font LibreOffice draws Calibri with here.
        const control = deep ? { docxPageNumbers: await estimatorWithLibreOfficeFont() } : {};
        const [docx, pdf] = await Promise.all([renderRegisterDocx(vm, control), renderRegisterPdf(vm)]);
        // A fact belongs to the register of the activities (or linked records) that hold it.
        const other = kind === 'controller' ? 'processor' : 'controller';
        const otherText = kindsOf(ws).includes(other)
          ? JSON.stringify(buildRegisterViewModel(ws, { register: other, ...optionsFor(example) }))
          : '';
        const ownText = JSON.stringify(vm);
        const facts = registerFacts(example).filter(
          (f) =>
            ownText.includes(JSON.stringify(f.text).slice(1, -1)) ||
            !otherText.includes(JSON.stringify(f.text).slice(1, -1)),
        );
        expect(facts.length).toBeGreaterThan(0);

        expect((await qpdfCheck(pdf)).ok).toBe(true);
        // A sentence may run across a page break: read the body without the running header and footer.
        const body = (await pdfText(pdf))
          .split('\n')
          .filter((line) => line.trim() !== vm.runningHeader && !/^\S+ \d+ \S+ \d+$/.test(line.trim()))
          .join('\n');
        expect(missingFacts(body, facts), 'PDF').toEqual([]);
        expect(missingFacts((await docxText(docx)).text, facts), 'DOCX').toEqual([]);
        if (kind === 'controller') {
          const xlsx = await renderRegisterXlsx(ws, optionsFor(example));
          const spreadsheetFacts = facts.filter((f) =>
            pathsOf(ws, f.where, f.text).some(
              (path) => PRINTED_FIELDS.some((r) => r.test(path)) && !NOT_IN_TEMPLATES.test(path),
            ),
          );
          expect(missingFacts(await xlsxText(xlsx), spreadsheetFacts), 'XLSX').toEqual([]);
        }

        if (deep) {
          const preflight = await pdfaPreflight(pdf);
          expect(preflight.ok, preflight.output).toBe(true);
          expect((await ooxmlValidate(docx, 'docx')).errors).toEqual([]);
          const converted = await pdfText(await libreOfficeToPdf(docx, 'docx'));
          expect(missingFacts(converted, facts), 'DOCX through LibreOffice').toEqual([]);
          // The contents (more than three activities) print the pages LibreOffice puts the headings on,
          // and the file holds the same numbers for Word.
          const written = contentsEntries(documentXml(docx));
          expect(written.length).toBe(vm.activities.length + 3);
          const opened = libreOfficePages(converted, written);
          const onPages = opened.map((o) => `${o.title}: ${o.headingPage}`);
          expect(opened.map((o) => o.headingPage).every((p) => p > 2)).toBe(true);
          expect(opened.map((o) => `${o.title}: ${o.printed}`)).toEqual(onPages);
          expect(written.map((e) => `${e.title}: ${e.page}`)).toEqual(onPages);
        }
      }, 180_000);
    }
  }
});
