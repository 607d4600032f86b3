import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../renderer/src/domain/common';
import { buildPolicyViewModel, renderPolicyDocx, renderPolicyPdf } from '../../renderer/src/export/policy';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../fixtures/policy/sample-workspace';
import { libreOfficeToPdfs, normaliseText, ooxmlValidate, pdfText } from '../support/document-clients';
import { contentsEntries, estimatorWithLibreOfficeFont, libreOfficePages } from './contents-pages';

/**
 * The policy's cover carries the controller's identity block (the register's code), a one-value list
 * prints as plain text, and the Word contents carry page numbers: LibreOffice works out its own, Word
 * shows those written with the document, and neither asks to update fields.
 */

const part = (docx: Uint8Array, name: string): string => {
  const file = unzipSync(docx)[name];
  if (!file) throw new Error(`no ${name}`);
  return strFromU8(file);
};

const workspaceIn = (language: Language) => {
  const ws = samplePolicyWorkspace();
  const policy = ws.documents.find((d) => d.id === SAMPLE_POLICY_ID);
  if (!policy || policy.kind !== 'privacy_policy') throw new Error('no sample policy');
  policy.language = language;
  return ws;
};

describe('privacy policy: cover, one-value lists and Word contents', () => {
  let enDocx: Uint8Array;
  let measuredDocx: Uint8Array;
  let covers: Record<Language, string>;
  let enPdfText: string;
  let libreOfficeText: string;

  beforeAll(async () => {
    const vms = (['en', 'fr', 'de'] as const).map((l) =>
      buildPolicyViewModel(workspaceIn(l), SAMPLE_POLICY_ID, { today: '2026-12-01' }),
    );
    const en = vms[0]!;
    enDocx = await renderPolicyDocx(en);
    // The same document with Word's numbers laid out in the font LibreOffice draws Calibri with here.
    measuredDocx = await renderPolicyDocx(en, { docxPageNumbers: await estimatorWithLibreOfficeFont() });
    const pdfs = await Promise.all(vms.map((vm) => renderPolicyPdf(vm)));
    const firstPages = await Promise.all(pdfs.map(async (pdf) => (await pdfText(pdf)).split('\f')[0] ?? ''));
    covers = { en: firstPages[0]!, fr: firstPages[1]!, de: firstPages[2]! };
    enPdfText = await pdfText(pdfs[0]!);
    libreOfficeText = await pdfText((await libreOfficeToPdfs([{ bytes: measuredDocx, extension: 'docx' }]))[0]!);
  }, 240_000);

  it('puts the controller and its DPO with their contacts on the cover, in each language', () => {
    const expected: Record<Language, string[]> = {
      en: ['Controller', 'Data protection officer'],
      fr: ['Responsable du traitement', 'Délégué à la protection des données'],
      de: ['Verantwortlicher', 'Datenschutzbeauftragter'],
    };
    for (const language of ['en', 'fr', 'de'] as const) {
      const cover = normaliseText(covers[language]);
      for (const words of [...expected[language], 'Northwind Cloud SAS', 'dpo@northwind.example'])
        expect(cover, `${language}: ${words}`).toContain(normaliseText(words));
    }
    // The register's article citations are not the notice's labels.
    expect(covers.en).not.toContain('Art. 30');
  });

  it('prints a list of one value as plain text, not as a one-bullet list', async () => {
    // The sample defines one term: its line stands without a bullet in the PDF and without numbering in Word.
    const definition = /^.*"Service": the Northwind Cloud hosting platform.*$/m.exec(enPdfText)?.[0] ?? '';
    expect(definition).not.toBe('');
    expect(definition).not.toMatch(/[•●]/);
    const paragraph = /<w:p>(?:(?!<w:p>).)*?Service": the Northwind(?:(?!<w:p>).)*?<\/w:p>/s.exec(
      part(enDocx, 'word/document.xml').replace(/&quot;/g, '"'),
    )?.[0];
    expect(paragraph).toBeDefined();
    expect(paragraph).not.toContain('<w:numPr>');
  });

  it('writes the Word contents as links to the headings, with nothing for Word or LibreOffice to update', async () => {
    expect(part(enDocx, 'word/settings.xml')).not.toContain('updateFields');
    const xml = part(enDocx, 'word/document.xml');
    expect(/w:dirty="(true|1)"/.test(xml)).toBe(false);
    // No TOC field, whose entries LibreOffice would show as written: links with page references it works out.
    expect(xml).not.toMatch(/instrText[^>]*>\s*TOC /);
    const entries = contentsEntries(xml);
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) {
      expect(xml, e.title).toContain(`<w:bookmarkStart w:name="${e.anchor}"`);
      expect(e.pageReference, e.title).toBe(true);
      // Built without an estimator: no number for Word, and no dot leader pointing at nothing.
      expect(e.page, e.title).toBe('');
    }
    expect(xml).not.toContain('w:leader="dot"');
    expect((await ooxmlValidate(enDocx, 'docx')).errors).toEqual([]);
    // With one, each entry has its number for Word, after a dot leader.
    const measured = part(measuredDocx, 'word/document.xml');
    for (const e of contentsEntries(measured)) expect(e.page, e.title).toMatch(/^\d+$/);
    expect(contentsEntries(measured)[0]?.page).toBe('3');
    expect(measured).toContain('w:leader="dot"');
    expect((await ooxmlValidate(measuredDocx, 'docx')).errors).toEqual([]);
  });

  it('prints in the contents the pages on which LibreOffice puts the headings, as written in the file', () => {
    const written = contentsEntries(part(measuredDocx, 'word/document.xml'));
    const opened = libreOfficePages(libreOfficeText, written);
    expect(opened.map((o) => o.headingPage).every((p) => p > 2)).toBe(true);
    // What LibreOffice prints and what the file holds for Word are the pages the headings are on.
    expect(opened.map((o) => `${o.title}: ${o.printed}`)).toEqual(opened.map((o) => `${o.title}: ${o.headingPage}`));
    expect(written.map((e) => `${e.title}: ${e.page}`)).toEqual(opened.map((o) => `${o.title}: ${o.headingPage}`));
    // LibreOffice shows the contents before the first section.
    const text = normaliseText(libreOfficeText);
    expect(text.indexOf('About this policy')).toBeLessThan(text.indexOf('This policy explains'));
  });
});
