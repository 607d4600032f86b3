import { describe, expect, it } from 'vitest';
import { syntheticWorkspace } from '../../bench/synthetic';
import type { Workspace } from '../../renderer/src/domain';
import { MAX_ESTIMATED_PARAGRAPHS, WORD_PAGE_NUMBERS } from '../../renderer/src/export/common/docx';
import { estimateWordPages } from '../../renderer/src/export/common/docx-pages';
import type { BuildControl } from '../../renderer/src/export/common/progress';
import type { ExportWarning } from '../../renderer/src/export/common/warnings';
import { buildPolicyViewModel, renderPolicyDocx } from '../../renderer/src/export/policy';
import { buildRegisterViewModel } from '../../renderer/src/export/register';
import { renderRegisterDocx } from '../../renderer/src/export/register/docx';
import { libreOfficeToPdf, pdfText } from '../support/document-clients';
import {
  contentsEntries,
  documentXml,
  estimatorWithLibreOfficeFont,
  libreOfficePages,
  wordParts,
} from './contents-pages';
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

const exportWithWordNumbers = async (copies: number, estimator = WORD_PAGE_NUMBERS, name?: string) => {
  const ws = withCopies(copies);
  const first = ws.activities[0];
  if (name !== undefined && first) first.name = name;
  const vm = buildRegisterViewModel(ws, {
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

  it('numbers the contents of a register too long for the full layout, with the fast one, in order', async () => {
    const { vm, warnings, entries, paragraphs } = await exportWithWordNumbers(60);
    expect(paragraphs).toBeGreaterThan(MAX_ESTIMATED_PARAGRAPHS);
    expect(entries.length).toBe(vm.activities.length + 3);
    // Each line still refers to its heading's page, for Word to work out again and LibreOffice to show its own.
    expect(entries.every((e) => e.pageReference)).toBe(true);
    const pages = entries.map((e) => Number(e.page));
    expect(pages.every((p) => Number.isInteger(p) && p > 2)).toBe(true);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    // Each activity starts a page of its own, after the one before.
    const activities = pages.slice(3);
    expect(activities.every((p, i) => i === 0 || p > (activities[i - 1] ?? 0))).toBe(true);
    expect(warnings).toEqual([]);
  }, 120_000);

  it('leaves the numbers of a long register with text the quick layout does not follow for Word, and says so', async () => {
    // Chinese is drawn in another font than Calibri, whose widths the quick layout does not have.
    const { vm, warnings, entries, paragraphs } = await exportWithWordNumbers(60, WORD_PAGE_NUMBERS, '客户关系管理');
    expect(paragraphs).toBeGreaterThan(MAX_ESTIMATED_PARAGRAPHS);
    expect(entries.some((e) => e.title.includes('客户关系管理'))).toBe(true);
    expect(entries.every((e) => e.page === '' && e.pageReference)).toBe(true);
    expect(warnings).toEqual([
      { kind: 'wordContentsPagesLeftOut', entries: vm.activities.length + 3, reason: 'tooLong' },
    ]);
  }, 120_000);
});

/** An export with the contents numbered by docx's full layout, and the fast layout of the same document. */
const bothLayouts = async (render: (control: BuildControl) => Promise<Uint8Array>) => {
  const docx = await render({ docxPageNumbers: WORD_PAGE_NUMBERS });
  const xml = documentXml(docx);
  expect(xml.split('<w:p>').length - 1).toBeLessThanOrEqual(MAX_ESTIMATED_PARAGRAPHS);
  const entries = contentsEntries(xml);
  // The same document again, its contents left blank; docx numbers the headings' bookmarks anew in each.
  const blank = await render({});
  const fast = estimateWordPages(wordParts(blank));
  if (!fast) throw new Error('The fast layout gave up on a document DPO Desk wrote.');
  const anchors = contentsEntries(documentXml(blank)).map((e) => e.anchor);
  expect(anchors.length).toBe(entries.length);
  return entries.map((e, i) => ({ title: e.title, full: Number(e.page), fast: Number(fast.get(anchors[i] ?? '')) }));
};

describe('the fast layout of long documents puts the headings on the pages the full layout does', () => {
  const expectAgreement = (pages: { title: string; full: number; fast: number }[]) => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.every((p) => Number.isInteger(p.full) && p.full > 0)).toBe(true);
    const equal = pages.filter((p) => p.fast === p.full).length;
    expect(equal / pages.length).toBeGreaterThanOrEqual(0.95);
    expect(pages.filter((p) => Math.abs(p.fast - p.full) > 1)).toEqual([]);
  };

  it('in the synthetic register of the benchmark (20 activities)', async () => {
    const vm = buildRegisterViewModel(syntheticWorkspace({ activities: 20 }), {
      register: 'controller',
      language: 'en',
      generatedOn: '2026-03-02',
    });
    expectAgreement(await bothLayouts((control) => renderRegisterDocx(vm, control)));
  }, 120_000);

  it('in the rich register in French, controller and processor', async () => {
    for (const processor of [false, true]) {
      const vm = buildRegisterViewModel(withCopies(8), {
        register: processor ? 'processor' : 'controller',
        language: 'fr',
        generatedOn: '2026-03-02',
      });
      expectAgreement(await bothLayouts((control) => renderRegisterDocx(vm, control)));
    }
  }, 120_000);

  it('in the privacy policy of the synthetic register, with its tables', async () => {
    const ws = syntheticWorkspace({ activities: 20 });
    const policy = ws.documents[0];
    if (!policy) throw new Error('The synthetic workspace has no policy.');
    const vm = buildPolicyViewModel(ws, policy.id);
    expectAgreement(await bothLayouts((control) => renderPolicyDocx(vm, control)));
  }, 120_000);
});
