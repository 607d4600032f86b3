import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/src/domain';
import { MAX_ESTIMATED_PARAGRAPHS, WORD_PAGE_NUMBERS } from '../../renderer/src/export/common/docx';
import type { ExportWarning } from '../../renderer/src/export/common/warnings';
import { buildRegisterViewModel } from '../../renderer/src/export/register';
import { renderRegisterDocx } from '../../renderer/src/export/register/docx';
import { libreOfficeToPdf, pdfText } from '../support/document-clients';
import { contentsEntries, documentXml, estimatorWithLibreOfficeFont, libreOfficePages } from './contents-pages';
import { richWorkspace } from './register-fixture';

/** The rich register with each activity entered `copies` times (another id and reference each). */
const withCopies = (copies: number): Workspace => {
  const ws = richWorkspace();
  ws.activities = Array.from({ length: copies }, (_, k) =>
    ws.activities.map((a) => ({
      ...structuredClone(a),
      id: `${a.id}-copy-${k}`,
      reference: `${a.reference ?? 'A'}.${k + 1}`,
    })),
  ).flat();
  return ws;
};

const exportWithWordNumbers = async (copies: number, estimator = WORD_PAGE_NUMBERS) => {
  const vm = buildRegisterViewModel(withCopies(copies), {
    register: 'controller',
    language: 'en',
    generatedOn: '2026-03-02',
  });
  const warnings: ExportWarning[] = [];
  const progress: number[] = [];
  const docx = await renderRegisterDocx(vm, {
    docxPageNumbers: estimator,
    onWarning: (w) => warnings.push(w),
    onProgress: (done, total) => progress.push(done / total),
  });
  const xml = documentXml(docx);
  return { vm, docx, warnings, progress, entries: contentsEntries(xml), paragraphs: xml.split('<w:p>').length - 1 };
};

describe('Word contents page numbers of a long register', () => {
  it('numbers the contents of a register of a few dozen activities, past the 800 paragraphs of before', async () => {
    // Laid out in the font LibreOffice draws Calibri with here, so LibreOffice can check the numbers.
    const { vm, docx, warnings, progress, entries, paragraphs } = await exportWithWordNumbers(
      20,
      await estimatorWithLibreOfficeFont(),
    );
    expect(paragraphs).toBeGreaterThan(800);
    expect(paragraphs).toBeLessThanOrEqual(MAX_ESTIMATED_PARAGRAPHS);
    expect(entries.length).toBe(vm.activities.length + 3);
    // Every line has its page, the activities in the order of the document, after the contents.
    const pages = entries.map((e) => Number(e.page));
    expect(pages.every((p) => Number.isInteger(p) && p > 2)).toBe(true);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(warnings).toEqual([]);
    // The building fills a fifth of the bar; the long layout for Word's numbers, the rest.
    expect(progress.at(-2)).toBeGreaterThan(0.15);
    expect(progress.at(-2)).toBeLessThanOrEqual(0.2);
    expect(progress.at(-1)).toBe(1);
    // They are the pages LibreOffice puts the headings on.
    const opened = libreOfficePages(await pdfText(await libreOfficeToPdf(docx, 'docx')), entries);
    expect(entries.map((e) => `${e.title}: ${e.page}`)).toEqual(opened.map((o) => `${o.title}: ${o.headingPage}`));
  }, 120_000);

  it('leaves the numbers of a register too long to lay out for Word to fill, and says so', async () => {
    const { vm, warnings, entries, paragraphs } = await exportWithWordNumbers(60);
    expect(paragraphs).toBeGreaterThan(MAX_ESTIMATED_PARAGRAPHS);
    expect(entries.every((e) => e.page === '' && e.pageReference)).toBe(true);
    expect(warnings).toEqual([
      { kind: 'wordContentsPagesLeftOut', entries: vm.activities.length + 3, reason: 'tooLong' },
    ]);
  }, 120_000);
});
