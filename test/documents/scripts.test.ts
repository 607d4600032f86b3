/**
 * Every script prints (issue 12, item 4): a register whose record holds Greek, Cyrillic, Arabic,
 * Hebrew, Chinese and Thai names, and characters no bundled font has (an emoji, a Linear B sign),
 * exported as PDF (PDF/A-1b preflight, qpdf, text read back with pdftotext, the fallback fonts
 * embedded as subsets, the missing characters named in the warnings) and as DOCX (OOXML
 * validator, python-docx, the script font hints on the runs).
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/src/domain';
import type { ExportWarning } from '../../renderer/src/export/common/warnings';
import { buildRegisterViewModel, renderRegisterDocx, renderRegisterPdf } from '../../renderer/src/export/register';
import { docxText, ooxmlValidate, pdfaPreflight, pdfText, qpdfCheck } from '../support/document-clients';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { richWorkspace } from './register-fixture';

const NAMES = {
  greek: 'Ελληνική Υπηρεσία Μισθοδοσίας',
  cyrillic: 'Русская служба расчёта',
  arabic: 'حماية البيانات الشخصية',
  hebrew: 'הגנת מידע אישי',
  chinese: '数据保护有限公司',
  thai: 'การคุ้มครองข้อมูล',
} as const;
const EMOJI = '😀';
const LINEAR_B = '𐀀';

/** The rich register with one recipient per script, the organisation named in Chinese, and two unprintable characters. */
const scriptsWorkspace = (): Workspace => {
  const ws = richWorkspace();
  const [hr, tax, us] = ws.recipients;
  if (!hr || !tax || !us) throw new Error('The fixture lost its recipients.');
  return {
    ...ws,
    organisation: { ...ws.organisation, name: NAMES.chinese },
    recipients: [
      { ...hr, name: `${NAMES.greek} / ${NAMES.cyrillic}` },
      { ...tax, name: `${NAMES.arabic} — ${NAMES.hebrew}` },
      { ...us, name: `${NAMES.thai} ${EMOJI} Orbit ${LINEAR_B}` },
    ],
  };
};

const fontsOf = (pdf: Uint8Array): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-fonts-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  return new Promise((resolve, reject) =>
    execFile('pdffonts', [file], (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
};

describe('a register in six scripts', () => {
  let pdf: Uint8Array;
  let docx: Uint8Array;
  const warnings: ExportWarning[] = [];

  beforeAll(async () => {
    const vm = buildRegisterViewModel(scriptsWorkspace(), {
      register: 'controller',
      language: 'en',
      generatedOn: '2026-06-01',
    });
    pdf = await renderRegisterPdf(vm, { onWarning: (w) => warnings.push(w) });
    docx = await renderRegisterDocx(vm);
  });

  it('passes the PDF/A-1b preflight and qpdf, with each fallback font embedded as a subset', async () => {
    expect((await pdfaPreflight(pdf)).ok).toBe(true);
    expect((await qpdfCheck(pdf)).ok).toBe(true);
    const fonts = await fontsOf(pdf);
    for (const family of ['NotoSansArabic', 'NotoSansHebrew', 'NotoSansSC', 'NotoSansThai']) {
      // pdffonts: "ABCDEF+Name … emb sub uni" = yes yes yes.
      expect(fonts).toMatch(new RegExp(`\\+${family}-\\S+\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`));
    }
    // Subsets: a Chinese name costs kilobytes, not the 10 MB font.
    expect(pdf.byteLength).toBeLessThan(1_500_000);
  });

  it('gives back each script’s text, right-to-left words in reading order', async () => {
    const text = (await pdfText(pdf)).normalize('NFC').replace(/[\u202A-\u202E]/g, '');
    for (const [script, name] of Object.entries(NAMES)) expect(text, script).toContain(name);
  });

  it('names the characters no bundled font has, and prints their code points in their place', async () => {
    const named = warnings.map((w) => (w.kind === 'missingCharacter' ? `${w.character} ${w.codePoint}` : w.kind));
    expect(named).toEqual(expect.arrayContaining([`${EMOJI} U+1F600`, `${LINEAR_B} U+10000`]));
    expect(warnings.every((w) => w.kind === 'missingCharacter')).toBe(true);
    expect(warnings.find((w) => w.kind === 'missingCharacter' && w.codePoint === 'U+1F600')).toMatchObject({
      context: expect.stringContaining('Orbit'),
    });
    expect(warnings).toHaveLength(2);
    const text = await pdfText(pdf);
    expect(text).toContain('[U+1F600]');
    expect(text).toContain('[U+10000]');
  });

  it('writes DOCX runs that name a font for each script, valid for the Open XML SDK and python-docx', async () => {
    expect((await ooxmlValidate(docx, 'docx')).ok).toBe(true);
    const { text } = await docxText(docx);
    for (const [script, name] of Object.entries(NAMES)) expect(text, script).toContain(name);
    const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
    const runOf = (s: string): string => {
      const at = xml.indexOf(s);
      return xml.slice(xml.lastIndexOf('<w:r>', at), at);
    };
    expect(runOf(NAMES.arabic)).toContain('<w:rtl/>');
    expect(runOf(NAMES.arabic)).toContain('w:cs="Arial"');
    expect(runOf(NAMES.hebrew)).toContain('<w:rtl/>');
    expect(runOf(NAMES.thai)).toContain('w:cs="Tahoma"');
    expect(runOf(NAMES.chinese)).toContain('w:eastAsia="SimSun"');
    // The Latin part of a mixed run stays an ordinary left-to-right run.
    expect(runOf(' Orbit ')).not.toContain('<w:rtl/>');
  });
});
