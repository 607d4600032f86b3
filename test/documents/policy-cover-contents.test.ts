import { readFile } from 'node:fs/promises';
import { estimatePageNumbersWith } from 'docx/layout';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../renderer/src/domain/common';
import { buildPolicyViewModel, renderPolicyDocx, renderPolicyPdf } from '../../renderer/src/export/policy';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../fixtures/policy/sample-workspace';
import { libreOfficeToPdfs, normaliseText, ooxmlValidate, pdfText } from '../support/document-clients';

/**
 * The policy's cover carries the controller's identity block (the register's code), a one-value list
 * prints as plain text, and the Word contents carry page numbers written with the document, so
 * neither Word nor LibreOffice asks to update fields.
 */

const part = (docx: Uint8Array, name: string): string => {
  const file = unzipSync(docx)[name];
  if (!file) throw new Error(`no ${name}`);
  return strFromU8(file);
};

/** The contents' entries as Word stores them: heading text and the page number written after its tab. */
const contentsEntries = (documentXml: string): { title: string; page: string }[] => {
  const toc = /<w:sdt>.*?<\/w:sdt>/s.exec(documentXml)?.[0] ?? '';
  return [...toc.matchAll(/<w:p>.*?<\/w:p>/gs)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? ''))
    .filter((texts) => texts.length >= 2)
    .map((texts) => ({ title: texts.slice(0, -1).join(''), page: texts[texts.length - 1] ?? '' }));
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
  let libreOffice: Uint8Array[];

  beforeAll(async () => {
    const vms = (['en', 'fr', 'de'] as const).map((l) =>
      buildPolicyViewModel(workspaceIn(l), SAMPLE_POLICY_ID, { today: '2026-12-01' }),
    );
    const en = vms[0]!;
    enDocx = await renderPolicyDocx(en);
    // The same document with its pages worked out by a caller (docx's estimator, measuring with DejaVu Sans).
    const dejavu = '/usr/share/fonts/truetype/dejavu/';
    const fonts = [
      { data: await readFile(`${dejavu}DejaVuSans.ttf`), name: 'Calibri' },
      { data: await readFile(`${dejavu}DejaVuSans-Bold.ttf`), name: 'Calibri' },
    ];
    measuredDocx = await renderPolicyDocx(en, { docxPageNumbers: estimatePageNumbersWith({ fonts }) });
    const pdfs = await Promise.all(vms.map((vm) => renderPolicyPdf(vm)));
    const firstPages = await Promise.all(pdfs.map(async (pdf) => (await pdfText(pdf)).split('\f')[0] ?? ''));
    covers = { en: firstPages[0]!, fr: firstPages[1]!, de: firstPages[2]! };
    enPdfText = await pdfText(pdfs[0]!);
    libreOffice = await libreOfficeToPdfs([{ bytes: enDocx, extension: 'docx' }]);
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
    const toc = /<w:sdt>.*?<\/w:sdt>/s.exec(xml)?.[0] ?? '';
    const anchors = [...toc.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors.filter((a) => !xml.includes(`<w:bookmarkStart w:name="${a}"`))).toEqual([]);
    // No estimated number (none is better than a wrong one) and no dot leader pointing at nothing.
    for (const e of contentsEntries(xml)) expect(e.page, e.title).toBe('');
    expect(toc).not.toContain('w:leader="dot"');
    expect((await ooxmlValidate(enDocx, 'docx')).errors).toEqual([]);
    // LibreOffice shows the contents as written, before the first section.
    const opened = normaliseText(await pdfText(libreOffice[0]!));
    expect(opened.indexOf('About this policy')).toBeLessThan(opened.indexOf('This policy explains'));
    expect(opened).toContain('Contents');
  });

  it('writes the page numbers a caller works out, clean', () => {
    const xml = part(measuredDocx, 'word/document.xml');
    expect(/w:dirty="(true|1)"/.test(xml)).toBe(false);
    const entries = contentsEntries(xml);
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(e.page, e.title).toMatch(/^\d+$/);
    expect(entries[0]?.page).toBe('3');
  });
});
