/**
 * Every text field a document prints, filled with hostile full-Unicode text, in every format:
 * DOCX and XLSX parts stay well-formed XML 1.0 with only allowed characters (checked in memory on
 * many generated records, then by python-docx and the Open XML SDK validator on a few), PDFs pass
 * qpdf, and the Markdown policy keeps exactly the blocks of the same policy with plain text.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/src/domain';
import {
  buildPolicyViewModel,
  policyPlainText,
  renderPolicyDocx,
  renderPolicyHtml,
  renderPolicyMarkdown,
  renderPolicyPdf,
  type PolicyBlock,
  type PolicyViewModel,
} from '../../renderer/src/export/policy';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../fixtures/policy/sample-workspace';
import {
  buildRegisterViewModel,
  renderRegisterDocx,
  renderRegisterPdf,
  renderRegisterXlsx,
} from '../../renderer/src/export/register';
import { docxText, ooxmlValidate, qpdfCheck } from '../support/document-clients';
import { hostileText, NOT_XML_CHAR, printedTextPaths, withTexts } from '../support/hostile-text';
import { richWorkspace } from './register-fixture';

const TODAY = '2026-06-01';
const policyVm = (ws: Workspace): PolicyViewModel => buildPolicyViewModel(ws, SAMPLE_POLICY_ID, { today: TODAY });
const registerOptions = { language: 'en', generatedOn: TODAY } as const;

/** The problems of an OOXML package: parts that are not UTF-8, carry a forbidden character or are not well-formed. */
const xmlProblems = (pkg: Uint8Array): string[] => {
  const problems: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, bytes] of Object.entries(unzipSync(pkg))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml: string;
    try {
      xml = decoder.decode(bytes);
    } catch {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    const bad = NOT_XML_CHAR.exec(xml);
    if (bad) problems.push(`${name}: U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase()}`);
    const parser = new SaxesParser();
    parser.on('error', (e) => problems.push(`${name}: ${e.message}`));
    parser.write(xml).close();
  }
  return problems;
};

const md = new MarkdownIt();
const blockCount = (markdown: string): number => md.parse(markdown, {}).length;

/** The same view model with every printed string replaced by a plain word: the blocks the policy must have. */
const plainBlock = (b: PolicyBlock): PolicyBlock => {
  switch (b.kind) {
    case 'paragraph':
    case 'subheading':
      return { ...b, text: 'text' };
    case 'list':
      return { ...b, items: b.items.map(() => 'text') };
    case 'table':
      return {
        ...b,
        caption: 'text',
        columns: b.columns.map(() => 'text'),
        rows: b.rows.map((r) => r.map((c) => c.map(() => 'text'))),
      };
  }
};
const plainVm = (vm: PolicyViewModel): PolicyViewModel => ({
  ...vm,
  title: 'text',
  subtitle: 'text',
  labels: { ...vm.labels, generatedOn: 'text' },
  sections: vm.sections.map((s) => ({ ...s, heading: 'text', blocks: s.blocks.map(plainBlock) })),
});

const policyBase = samplePolicyWorkspace();
const registerBase = richWorkspace();
let policyPaths: ReturnType<typeof printedTextPaths> = [];
let registerPaths: ReturnType<typeof printedTextPaths> = [];

beforeAll(() => {
  policyPaths = printedTextPaths(policyBase, (ws) => JSON.stringify(policyVm(ws)));
  registerPaths = printedTextPaths(
    registerBase,
    (ws) =>
      JSON.stringify(buildRegisterViewModel(ws, { ...registerOptions, register: 'controller' })) +
      JSON.stringify(buildRegisterViewModel(ws, { ...registerOptions, register: 'processor' })),
  );
});

const texts = (n: number): fc.Arbitrary<string[]> => fc.array(hostileText(), { minLength: n, maxLength: n });

describe('hostile text in every printed field', () => {
  it('finds the printed fields of both records', () => {
    // The organisation name, contacts, activities, purposes, recipients, transfers… (dozens each).
    expect(policyPaths.length).toBeGreaterThan(40);
    expect(registerPaths.length).toBeGreaterThan(40);
    expect(policyPaths.map((p) => p.join('.'))).toContain('organisation.name');
  });

  it('keeps the Markdown policy to the blocks of the same policy in plain words', () => {
    fc.assert(
      fc.property(texts(policyPaths.length), (values) => {
        const vm = policyVm(withTexts(policyBase, policyPaths, values));
        expect(blockCount(renderPolicyMarkdown(vm))).toBe(blockCount(renderPolicyMarkdown(plainVm(vm))));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every field of the HTML policy escaped', () => {
    fc.assert(
      fc.property(texts(policyPaths.length), (values) => {
        const html = renderPolicyHtml(policyVm(withTexts(policyBase, policyPaths, values)));
        expect(html).not.toMatch(/<(script|div)|<!-- c/);
        expect(NOT_XML_CHAR.test(html)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('writes well-formed DOCX parts with only XML characters (policy and both registers)', async () => {
    await fc.assert(
      fc.asyncProperty(texts(Math.max(policyPaths.length, registerPaths.length)), async (values) => {
        const policy = await renderPolicyDocx(policyVm(withTexts(policyBase, policyPaths, values)));
        const ws = withTexts(registerBase, registerPaths, values);
        const controller = await renderRegisterDocx(
          buildRegisterViewModel(ws, { ...registerOptions, register: 'controller' }),
        );
        const processor = await renderRegisterDocx(
          buildRegisterViewModel(ws, { ...registerOptions, register: 'processor' }),
        );
        expect([...xmlProblems(policy), ...xmlProblems(controller), ...xmlProblems(processor)]).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('writes well-formed XLSX parts with only XML characters (cells, sheet text, properties)', async () => {
    await fc.assert(
      fc.asyncProperty(texts(registerPaths.length), async (values) => {
        const xlsx = await renderRegisterXlsx(withTexts(registerBase, registerPaths, values), registerOptions);
        expect(xmlProblems(xlsx)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  describe('opened by the real clients (one generated record each)', () => {
    const sample = (n: number): string[] => fc.sample(texts(n), { numRuns: 1, seed: 13 })[0] ?? [];

    it('python-docx and the OOXML validator open the policy and the register', async () => {
      const values = sample(Math.max(policyPaths.length, registerPaths.length));
      const policy = await renderPolicyDocx(policyVm(withTexts(policyBase, policyPaths, values)));
      const register = await renderRegisterDocx(
        buildRegisterViewModel(withTexts(registerBase, registerPaths, values), {
          ...registerOptions,
          register: 'controller',
        }),
      );
      for (const docx of [policy, register]) {
        const read = await docxText(docx);
        expect(read.text.length).toBeGreaterThan(500);
        expect(await ooxmlValidate(docx, 'docx')).toMatchObject({ ok: true, errors: [] });
      }
      // The organisation name (first field) reads without its forbidden characters.
      expect((await docxText(register)).text).toContain(
        strFromU8(new TextEncoder().encode(values[0] ?? ''))
          .replace(new RegExp(NOT_XML_CHAR, 'gu'), '')
          .split(/[\r\n]/)[0],
      );
    });

    it('the OOXML validator accepts the workbook', async () => {
      const xlsx = await renderRegisterXlsx(
        withTexts(registerBase, registerPaths, sample(registerPaths.length)),
        registerOptions,
      );
      expect(await ooxmlValidate(xlsx, 'xlsx')).toMatchObject({ ok: true, errors: [] });
    });

    it('qpdf accepts both PDFs', async () => {
      const values = sample(Math.max(policyPaths.length, registerPaths.length));
      const policy = await renderPolicyPdf(policyVm(withTexts(policyBase, policyPaths, values)));
      const register = await renderRegisterPdf(
        buildRegisterViewModel(withTexts(registerBase, registerPaths, values), {
          ...registerOptions,
          register: 'controller',
        }),
      );
      expect((await qpdfCheck(policy)).ok).toBe(true);
      expect((await qpdfCheck(register)).ok).toBe(true);
      expect(policyPlainText(policyVm(withTexts(policyBase, policyPaths, values)))).not.toMatch(NOT_XML_CHAR);
    });
  });
});
