import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRegisterViewModel,
  renderRegisterDocx,
  renderRegisterPdf,
  type RegisterViewModel,
} from '../../renderer/src/export/register';
import { ExportCancelledError } from '../../renderer/src/export/common/progress';
import { wordingKeys } from '../../renderer/src/export/common/wording';
import en from '../../assets/i18n/en/register.json';
import fr from '../../assets/i18n/fr/register.json';
import {
  docxText,
  libreOfficeToPdf,
  normaliseText,
  ooxmlValidate,
  pdfaPreflight,
  pdfInfo,
  pdfOutline,
  pdfText,
  pdfUncompressed,
  qpdfCheck,
} from '../support/document-clients';
import { unzipSync } from 'fflate';
import { DATA_MAP_COLOURS } from '../../renderer/src/export/common/world-map';
import { richWorkspace } from './register-fixture';

/** Whitespace-free form: PDF text wraps lines anywhere, even inside "46(2)(c)". */
const squash = (s: string): string => normaliseText(s).replace(/\s+/g, '');

/** Asserts that each item's label and lines appear in order inside the activity's part of the text. */
const expectItemsUnderHeadings = (text: string, vm: RegisterViewModel): void => {
  // A page break can fall inside an item: drop the running header and the page footer lines.
  const body = text
    .split('\n')
    .filter((l) => l.trim() !== vm.runningHeader && !/^Page \d+ (of|sur) \d+$/.test(l.trim()))
    .join('\n');
  const flat = squash(body);
  let cursor = flat.lastIndexOf(squash(vm.activitiesHeading));
  expect(cursor, 'activities section').toBeGreaterThan(-1);
  for (const activity of vm.activities) {
    cursor = flat.indexOf(squash(activity.heading), cursor);
    expect(cursor, activity.heading).toBeGreaterThan(-1);
    for (const item of activity.items) {
      cursor = flat.indexOf(squash(item.label), cursor);
      expect(cursor, `${activity.heading} / ${item.label}`).toBeGreaterThan(-1);
      for (const line of item.lines) {
        const at = flat.indexOf(squash(line), cursor);
        expect(at, `${activity.heading} / ${item.label} / ${line}`).toBeGreaterThan(-1);
        cursor = at;
      }
    }
  }
};

const expectFact = (squashedBody: string, fact: string): void => {
  expect(squashedBody.includes(squash(fact)), fact).toBe(true);
};

describe('Art. 30 controller register (en)', () => {
  const ws = richWorkspace();
  const vm = buildRegisterViewModel(ws, {
    register: 'controller',
    language: 'en',
    version: '2.1',
    generatedOn: '2026-03-02',
  });
  let docx: Uint8Array;
  let pdf: Uint8Array;
  let docxBody: string;
  let pdfBody: string;
  beforeAll(async () => {
    docx = await renderRegisterDocx(vm);
    pdf = await renderRegisterPdf(vm);
    docxBody = (await docxText(docx)).text;
    pdfBody = await pdfText(pdf);
  });

  it('carries every stored Art. 30(1) value of the fixture in the view model', () => {
    const all = JSON.stringify(vm);
    for (const value of [
      'Brightwave Analytics Inc.',
      'privacy@brightwave.example',
      'EU Rep Services GmbH',
      'Claire Dumont',
      'Cabinet Dumont Avocats',
      'Brightwave Group Holding SA',
      'Pay salaries',
      'Code de la sécurité sociale, art. L133-5-3',
      'Employees',
      'Sick-leave certificates',
      'Orbit Benefits LLC',
      'CloudNine Hosting',
      'Helvetia Backup AG',
      'Rio Forensics Ltda',
      'Role-based access',
      'Residual risk acceptable',
    ])
      expect(all).toContain(value);
  });

  it('prints every item of every activity under its heading, in DOCX and in PDF', () => {
    expectItemsUnderHeadings(docxBody, vm);
    expectItemsUnderHeadings(pdfBody, vm);
  });

  it('flags special categories, the NIR, third-country recipients, transfers with mechanism and adequacy', () => {
    for (const body of [squash(docxBody), squash(pdfBody)]) {
      expectFact(body, 'Sick-leave certificates · Special category of data (Art. 9(1)): data concerning health');
      expectFact(body, 'Social security number · National identification number (Art. 87)');
      expectFact(body, 'Orbit Benefits LLC — third party · Recipient in a third country: United States');
      expectFact(
        body,
        'CloudNine Hosting, sub-processor of PayRollix SAS · service: hosting · Recipient in a third country: United States',
      );
      expectFact(body, 'Destination: United States (US)');
      expectFact(body, 'Standard contractual clauses (Art. 46(2)(c))');
      expectFact(body, 'Destination: Switzerland (CH)');
      expectFact(body, 'Adequacy (list as of 27 January 2026): Commission Decision 2000/518/EC');
      expectFact(
        body,
        'Adequacy (list as of 27 January 2026): partial decision, Commission Implementing Decision (EU) 2023/1795 (EU–US Data Privacy Framework), covering only organisations certified under the EU–US Data Privacy Framework: the recipient is not certified, the decision does not cover this transfer',
      );
      expectFact(body, 'Adequacy (list as of 27 January 2026): no adequacy decision for this destination');
      expectFact(body, 'Compelling legitimate interests (Art. 49(1), second subparagraph)');
      expectFact(body, 'Assessment and suitable safeguards (Art. 49(6)): Assessment of 2 February 2026');
      expectFact(body, 'Identity and bank details: 5 years from the last salary payment');
      expectFact(body, 'Sick-leave certificates: criteria: Until the end of the employment relationship');
      expectFact(body, 'Social security number: Not possible: no period or criteria recorded for this category');
      expectFact(body, 'Version 2.1');
      expectFact(body, 'Generated on 2 March 2026');
    }
  });

  it('prints the stored band of data subjects in DOCX and PDF (WP248 criterion 5 reads it)', () => {
    for (const body of [squash(docxBody), squash(pdfBody)])
      expectFact(body, 'Estimated number of data subjects: 1,000–9,999');
  });

  it('says explicitly what is empty instead of leaving a blank', () => {
    const newsletter = vm.activities.find((a) => a.heading === 'T-02 — Newsletter');
    const lines = Object.fromEntries((newsletter?.items ?? []).map((i) => [i.key, i.lines.join('|')]));
    expect(lines).toMatchObject({
      jointControllers: 'None: the organisation is the sole controller',
      recipients: 'None: the data are not disclosed to any recipient',
      transfers: 'Not applicable: no transfer outside the European Economic Area',
      security: 'Not possible: no security measure recorded',
      lastReview: 'Not reviewed',
      // No band chosen: said as a gap, never a default band.
      dataSubjects: 'Subscribers|Estimated number of data subjects: not recorded',
    });
    for (const a of vm.activities) for (const i of a.items) expect(i.lines.every((l) => l.trim() !== '')).toBe(true);
  });

  it('leaves retired activities out unless asked, and filters by department', () => {
    expect(vm.activities.map((a) => a.heading)).toEqual(['T-01 — Payroll', 'T-02 — Newsletter']);
    expect(normaliseText(pdfBody)).not.toContain('Visitor badge log');
    const withRetired = buildRegisterViewModel(ws, { register: 'controller', language: 'en', includeRetired: true });
    expect(withRetired.activities.map((a) => a.heading)).toContain('T-03 — Visitor badge log');
    const hr = buildRegisterViewModel(ws, { register: 'controller', language: 'en', departments: ['HR'] });
    expect(hr.activities.map((a) => a.heading)).toEqual(['T-01 — Payroll']);
    const drafts = buildRegisterViewModel(ws, { register: 'controller', language: 'en', statuses: ['draft'] });
    expect(drafts.summary.table.rows.map((r) => r[1])).toEqual(['Newsletter']);
  });

  it('has heading styles, a table of contents and a valid OOXML package', async () => {
    const { headings } = await docxText(docx);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Heading 1: Summary of processing activities',
        'Heading 2: T-01 — Payroll',
        'Heading 2: T-02 — Newsletter',
      ]),
    );
    expect((await ooxmlValidate(docx, 'docx')).errors).toEqual([]);
  });

  it('is a PDF/A-1b with metadata, a bookmark per activity, page numbers and a clean structure', async () => {
    const preflight = await pdfaPreflight(pdf);
    expect(preflight.ok, preflight.output).toBe(true);
    expect((await qpdfCheck(pdf)).ok).toBe(true);
    const meta = (await pdfInfo(pdf))['Metadata'] ?? '';
    expect(meta).toContain('Record of processing activities of Brightwave Analytics Inc.');
    expect(meta).toContain('Article 30 GDPR register of Brightwave Analytics Inc.');
    expect(await pdfOutline(pdf)).toEqual(
      expect.arrayContaining(['T-01 — Payroll', 'T-02 — Newsletter', 'Summary of processing activities']),
    );
    expect(pdfBody).toMatch(/Page 3 of \d+/);
    // Two activities: the cover holds the identity block and no contents page is needed.
    expect(vm.showContents).toBe(false);
    expect(pdfBody).not.toContain('Contents');
    const cover = normaliseText(pdfBody.split('\f')[0] ?? '');
    expect(cover).toContain('Controller (Art. 30(1)(a))');
    expect(cover).toContain('Claire Dumont');
  });

  it('draws where the data goes: the map in its adequacy colours, its legend and the countries as text', async () => {
    const map = vm.dataMap;
    expect(map?.lines).toEqual([
      'India (IN) · No adequacy decision · Rio Forensics Ltda (transfer)',
      'United States (US) · Partial adequacy (e.g. US: DPF-certified only) · CloudNine Hosting (sub-processor) and Orbit Benefits LLC (transfer)',
      'Switzerland (CH) · Adequacy decision · Helvetia Backup AG (transfer)',
      'France (FR) · EEA: no transfer · PayRollix SAS (processor)',
    ]);
    for (const body of [squash(docxBody), squash(pdfBody)]) {
      expectFact(body, 'Where the data goes');
      expectFact(body, 'Partial adequacy (e.g. US: DPF-certified only) (1)');
      for (const line of map?.lines ?? []) expectFact(body, line);
    }
    // PDF: the map is vector paths in the page, filled with each status's colour (sRGB, as `scn`).
    const operators = await pdfUncompressed(pdf);
    for (const colour of Object.values(DATA_MAP_COLOURS)) {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16) / 255);
      expect(operators, colour).toContain(`${r} ${g} ${b} scn`);
    }
    // DOCX: an SVG image with its PNG fallback in the media parts, referenced from the body.
    const parts = unzipSync(docx);
    const media = Object.keys(parts).filter((p) => p.startsWith('word/media/'));
    expect(media.some((p) => p.endsWith('.svg'))).toBe(true);
    expect(media.some((p) => p.endsWith('.png'))).toBe(true);
    const svg = new TextDecoder().decode(parts[media.find((p) => p.endsWith('.svg')) ?? ''] ?? new Uint8Array());
    expect(svg).toContain(`fill="${DATA_MAP_COLOURS.partial}"`);
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('svgBlip');
  });

  it('opens and converts in LibreOffice with the same facts', async () => {
    const converted = normaliseText(await pdfText(await libreOfficeToPdf(docx, 'docx')));
    expect(converted).toContain('T-01 — Payroll');
    expect(converted).toContain('Helvetia Backup AG');
  });
});

describe('Art. 30 processor register', () => {
  const ws = richWorkspace();
  const vm = buildRegisterViewModel(ws, { register: 'processor', language: 'en', generatedOn: '2026-03-02' });

  it('lists each client controller with its categories of processing, transfers and measures, and no controller-only columns', async () => {
    const pdf = squash(await pdfText(await renderRegisterPdf(vm)));
    const docx = squash((await docxText(await renderRegisterDocx(vm))).text);
    for (const body of [pdf, docx]) {
      expectFact(body, 'Acme Retail SARL');
      expectFact(body, 'privacy@acme.example');
      expectFact(body, 'Hosting of sales data');
      expectFact(body, 'Categories of processing (Art. 30(2)(b))');
      expectFact(body, 'Destination: United States (US)');
      expectFact(body, 'Encryption: AES-256 encryption at rest');
      expectFact(body, 'Processor (Art. 30(2)(a))');
      expectFact(body, 'Claire Dumont');
      expect(body).not.toContain(squash('Purposes'));
      expect(body).not.toContain(squash('Categories of data subjects'));
      expect(body).not.toContain('Payroll');
      // The figure of where the data goes belongs to the controller register.
      expect(body).not.toContain(squash('Where the data goes'));
    }
  });
});

describe('French register', () => {
  it('uses French wording throughout, including CNIL-style labels', async () => {
    const vm = buildRegisterViewModel(richWorkspace(), {
      register: 'controller',
      language: 'fr',
      generatedOn: '2026-03-02',
    });
    const body = squash(await pdfText(await renderRegisterPdf(vm)));
    expectFact(body, 'Registre des activités de traitement de Brightwave Analytics Inc.');
    expectFact(body, 'Édité le 2 mars 2026');
    expectFact(body, 'Clauses contractuelles types (CCT) (art. 46.2.c)');
    expectFact(body, 'Intérêts légitimes impérieux (art. 49.1, second alinéa)');
    expectFact(body, 'décision 2000/518/CE de la Commission');
    expect(body).not.toMatch(/Art\.\d+\(/);
    expectFact(body, "Exécution d'un contrat");
    expectFact(body, '[EN] Identity and bank details : 5 ans à compter de [EN] the last salary payment');
    expectFact(body, "Sans objet : aucun transfert hors de l'Espace économique européen");
    expectFact(body, 'Où vont les données');
    expectFact(
      body,
      'États-Unis (US) · Adéquation partielle (p. ex. États-Unis : certifiés DPF seulement) · CloudNine Hosting (sous-traitant ultérieur) et Orbit Benefits LLC (transfert)',
    );
    expect(body).not.toContain(squash('Not applicable'));
  });

  it('has the same wording keys in English and French', () => {
    expect(wordingKeys(fr).sort()).toEqual(wordingKeys(en).sort());
  });
});

describe('build control', () => {
  it('reports progress up to the total and stops when cancelled', async () => {
    const vm = buildRegisterViewModel(richWorkspace(), { register: 'controller', language: 'en' });
    const seen: Array<[number, number]> = [];
    await renderRegisterDocx(vm, { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)?.[0]).toBe(seen.at(-1)?.[1]);
    const controller = new AbortController();
    const pending = renderRegisterPdf(vm, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 0) controller.abort();
      },
    });
    await expect(pending).rejects.toBeInstanceOf(ExportCancelledError);
  });
});
