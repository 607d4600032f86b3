/**
 * #19 item 3: a register and a privacy policy in two languages side by side, DOCX and PDF. On the
 * Tixeo example cut to two activities: the PDFs are PDF/A-1b (Preflight), the DOCX pass the OOXML
 * validator and LibreOffice converts them; in each document (the PDF, and the DOCX as LibreOffice
 * prints it) the left column holds no French function words and the right no English ones, each
 * holds its own language, and the facts are in both, each written in its column's language. A text
 * with no translation is a gap of the export and is printed marked, never silently in the other language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/src/domain/workspace';
import { EXAMPLES } from '../../renderer/src/examples';
import {
  buildBilingualPolicy,
  buildBilingualRegister,
  renderBilingualDocx,
  renderBilingualPdf,
  type BilingualDocument,
  type BilingualSide,
} from '../../renderer/src/export/bilingual';
import { gapsOf } from '../../renderer/src/export/worker/handler';
import {
  docxText,
  libreOfficeToPdfs,
  normaliseText,
  ooxmlValidate,
  pdfaPreflightAll,
} from '../support/document-clients';
import { countFunctionWords, properNamesOf } from '../support/function-words';
import { pdfColumns } from '../support/pdf-columns';

const GENERATED_ON = '2026-11-22';
const tixeo = EXAMPLES.find((e) => e.slug === 'tixeo')?.workspace;
if (!tixeo) throw new Error('The Tixeo example is missing.');
// Two activities keep LibreOffice and pdfmake quick; the policy still covers them.
const kept = new Set(
  tixeo.activities
    .filter((a) => a.kind === 'controller')
    .slice(0, 2)
    .map((a) => a.id),
);
const ws: Workspace = { ...tixeo, activities: tixeo.activities.filter((a) => kept.has(a.id)) };
const policyId = ws.documents.find((d) => d.kind === 'privacy_policy' && d.deletedAt === null)?.id ?? '';
const names = properNamesOf(ws);

const register = buildBilingualRegister(
  ws,
  { register: 'controller', language: 'en', generatedOn: GENERATED_ON },
  'fr',
);
const policy = buildBilingualPolicy(ws, policyId, ['en', 'fr'], { today: GENERATED_ON });

interface Built {
  name: string;
  /** The PDF as exported, or the DOCX as LibreOffice prints it. */
  pdf: Uint8Array;
  docx?: Uint8Array;
}
const built: Built[] = [];
let preflight: { ok: boolean; output: string }[] = [];

beforeAll(async () => {
  const docs: [string, BilingualDocument][] = [
    ['register', register],
    ['policy', policy],
  ];
  const [pdfs, docxs] = await Promise.all([
    Promise.all(docs.map(([, d]) => renderBilingualPdf(d))),
    Promise.all(docs.map(([, d]) => renderBilingualDocx(d))),
  ]);
  const [converted, checked] = await Promise.all([
    libreOfficeToPdfs(docxs.map((bytes) => ({ bytes, extension: 'docx' as const }))),
    pdfaPreflightAll(pdfs),
  ]);
  preflight = checked;
  docs.forEach(([name], i) => {
    built.push({ name: `${name} PDF`, pdf: pdfs[i] ?? new Uint8Array() });
    built.push({ name: `${name} DOCX`, pdf: converted[i] ?? new Uint8Array(), docx: docxs[i] ?? new Uint8Array() });
  });
}, 120_000);

describe('a register and a policy in English and French side by side', () => {
  it('the PDFs are PDF/A-1b and the DOCX pass the OOXML validator', async () => {
    expect(preflight.map((r) => r.ok)).toEqual([true, true]);
    for (const b of built.filter((x) => x.docx))
      expect(await ooxmlValidate(b.docx ?? new Uint8Array(), 'docx'), b.name).toEqual({ ok: true, errors: [] });
  }, 60_000);

  it('each column is entirely in its language, under its own name', async () => {
    for (const b of built) {
      const columns = await pdfColumns(b.pdf);
      expect(columns.left, b.name).toContain('English');
      expect(columns.right, b.name).toContain('Français');
      // What every page repeats (running header, column heading, page number) is taken out, so a
      // name split by a page break ("…de l'Informatique | et des Libertés") reads whole again.
      const doc = b.name.startsWith('register') ? register : policy;
      const withoutFurniture = (text: string, side: BilingualSide): string => {
        const pageLine = new RegExp(`^${side.page} \\d+ ${side.of} \\d+$`);
        return text
          .split('\n')
          .filter((l) => l !== side.columnHeading && l !== side.runningHeader && !pageLine.test(l))
          .join('\n');
      };
      const left = withoutFurniture(columns.left, doc.sides[0]);
      const right = withoutFurniture(columns.right, doc.sides[1]);
      // None of the other language…
      expect(countFunctionWords(left, 'fr', names).byWord, `${b.name}, left column`).toEqual({});
      expect(countFunctionWords(right, 'en', names).byWord, `${b.name}, right column`).toEqual({});
      // …and plenty of its own: the columns are not empty, nor swapped.
      expect(countFunctionWords(left, 'en', names).total, `${b.name}, left column`).toBeGreaterThan(40);
      expect(countFunctionWords(right, 'fr', names).total, `${b.name}, right column`).toBeGreaterThan(40);
    }
  }, 60_000);

  it('the facts are in both columns, each in its language', async () => {
    const dpo = ws.contacts.find((c) => c.role === 'dpo');
    for (const b of built) {
      const { left, right } = await pdfColumns(b.pdf);
      const [l, r] = [normaliseText(left), normaliseText(right)];
      for (const fact of [ws.organisation.name, dpo?.email ?? 'a DPO'])
        for (const column of [l, r]) expect(column, `${b.name}: ${fact}`).toContain(fact);
      if (b.name.startsWith('register')) {
        // The same day, the same legal basis, written as each language writes them.
        expect(l).toContain('22 November 2026');
        expect(r).toContain('22 novembre 2026');
        expect(l).toContain('Art. 6(1)(f)');
        expect(r).toContain('art. 6.1.f');
        for (const a of ws.activities) {
          expect(l, b.name).toContain(normaliseText(a.name));
          const french = a.translations.fr?.name;
          expect(french, `${a.name} has a French name in the example`).toBeDefined();
          expect(r, b.name).toContain(normaliseText(french ?? ''));
        }
      } else {
        expect(l).toContain(ws.documents.find((d) => d.id === policyId)?.title ?? 'the title');
        expect(r).toContain('Politique de confidentialité');
      }
    }
    // python-docx reads the register's two columns as table cells, each activity in both languages.
    const registerDocx = built.find((b) => b.name === 'register DOCX')?.docx ?? new Uint8Array();
    const text = normaliseText((await docxText(registerDocx)).text);
    for (const a of ws.activities) {
      expect(text).toContain(normaliseText(a.name));
      expect(text).toContain(normaliseText(a.translations.fr?.name ?? 'a French name'));
    }
  }, 60_000);

  it('a text with no translation in the second language is a gap of the export and is printed marked', () => {
    const [first] = ws.activities;
    if (!first) throw new Error('The fixture has no activity.');
    const { name: _dropped, ...otherFrench } = first.translations.fr ?? {};
    const untranslated: Workspace = {
      ...ws,
      activities: ws.activities.map((a) =>
        a.id === first.id ? { ...a, translations: { ...a.translations, fr: otherFrench } } : a,
      ),
    };
    const request = {
      kind: 'register' as const,
      workspace: untranslated,
      options: {
        format: 'pdf' as const,
        register: 'controller' as const,
        language: 'en' as const,
        secondLanguage: 'fr' as const,
        version: '1.0',
        generatedOn: GENERATED_ON,
        includeRetired: false,
        departments: [],
        statuses: [],
      },
    };
    const gap = gapsOf(request).find((f) => f.target.id === first.id && f.target.field === 'name');
    expect(gap?.params).toMatchObject({ language: 'FR' });
    // Without the second language, the English register has no such gap.
    const { secondLanguage: _none, ...english } = request.options;
    expect(gapsOf({ ...request, options: english }).some((f) => f.target.id === first.id)).toBe(false);
    // The French column prints the English name marked as such; the English column is unchanged.
    const doc = buildBilingualRegister(
      untranslated,
      { register: 'controller', language: 'en', generatedOn: GENERATED_ON },
      'fr',
    );
    const headingsOf = (side: 0 | 1) =>
      doc.groups.flatMap((g) =>
        g.rows.flatMap((r) => r.columns[side].flatMap((c) => (c.kind === 'heading' && c.level === 2 ? [c.text] : []))),
      );
    expect(headingsOf(1)).toContain(`[EN] ${first.name}`);
    expect(headingsOf(0)).toContain(first.name);
  });
});
