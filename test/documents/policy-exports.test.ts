import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPolicyViewModel,
  renderPolicyDocx,
  renderPolicyHtml,
  renderPolicyMarkdown,
  renderPolicyPdf,
  type PolicyViewModel,
} from '../../renderer/src/export/policy';
import { SAMPLE_POLICY_ID, samplePolicyWorkspace } from '../fixtures/policy/sample-workspace';
import {
  docxText,
  libreOfficeToPdf,
  normaliseText,
  ooxmlValidate,
  pdfaPreflight,
  pdfInfo,
  pdfOutline,
  pdfText,
  qpdfCheck,
} from '../support/document-clients';

/** Record values that must read the same in all four formats (one per rubric item at least). */
const FACTS = [
  'Northwind Cloud SAS',
  'contact@northwind.example',
  'Apolline Schmitt',
  'dpo@northwind.example',
  'Contact form',
  'Maximum 3 years from the last contact',
  'answering the requests people send us',
  'Send you our monthly newsletter',
  'Alpine Partner AG',
  'SkyCompute LLC',
  'standard contractual clauses',
  'ask our DPO at dpo@northwind.example for a copy of the signed clauses',
  'verifying a single disputed debt of a customer established in India',
  'only with your explicit consent',
  'until you unsubscribe',
  'Your right to object',
  'without affecting the lawfulness of processing based on consent before its withdrawal',
  "Commission Nationale de l'Informatique et des Libertés (CNIL)",
  'Without your e-mail address we cannot answer you.',
  'a score computed from payment incidents of the last 3 years',
  'Trade and companies register (RCS)',
  '_pk_ses',
  'data encrypted in transit (TLS 1.3) and at rest (AES-256)',
  'Credit checks and audience measurement added',
];

const missingFacts = (text: string): string[] => {
  const flat = normaliseText(text);
  return FACTS.filter((f) => !flat.includes(normaliseText(f)));
};

/** Text of the HTML page as a browser shows it (tags dropped, entities decoded). */
const htmlVisibleText = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const markdownVisibleText = (md: string): string => md.replace(/\\(.)/g, '$1').replace(/<br>/g, ' ');

describe('privacy policy exports (real clients)', () => {
  let vm: PolicyViewModel;
  let docx: Uint8Array;
  let pdf: Uint8Array;
  let html: string;
  let markdown: string;
  beforeAll(async () => {
    vm = buildPolicyViewModel(samplePolicyWorkspace(), SAMPLE_POLICY_ID, { today: '2026-06-01' });
    const started = performance.now();
    docx = await renderPolicyDocx(vm);
    const docxDone = performance.now();
    pdf = await renderPolicyPdf(vm);
    console.warn(
      `policy render: DOCX ${Math.round(docxDone - started)} ms, PDF ${Math.round(performance.now() - docxDone)} ms`,
    );
    html = renderPolicyHtml(vm);
    markdown = renderPolicyMarkdown(vm);
  });

  it('DOCX is schema-valid, has a Heading 1 per section and every fact', async () => {
    const validation = await ooxmlValidate(docx, 'docx');
    expect(validation.errors).toEqual([]);
    expect(validation.ok).toBe(true);
    const { text, headings } = await docxText(docx);
    expect(headings.filter((h) => h.startsWith('Heading 1: ')).map((h) => h.slice('Heading 1: '.length))).toEqual(
      vm.sections.map((s) => s.heading),
    );
    expect(missingFacts(text)).toEqual([]);
  });

  it('LibreOffice converts the DOCX and keeps the facts', async () => {
    const converted = await libreOfficeToPdf(docx, 'docx');
    // pdftotext reads LibreOffice's narrow table columns line by line across cells, so a value that
    // wraps inside a cell comes out interleaved with its neighbours: those are checked word by word.
    const text = normaliseText(await pdfText(converted));
    for (const fact of missingFacts(text)) for (const word of fact.split(' ')) expect(text, fact).toContain(word);
    expect(missingFacts(text).length).toBeLessThanOrEqual(2);
  }, 180_000);

  it('PDF is PDF/A-1b, passes qpdf, carries metadata, an outline of the sections and every fact', async () => {
    const preflight = await pdfaPreflight(pdf);
    expect(preflight.output).toMatch(/valid PDF\/A-1b/);
    expect(preflight.ok).toBe(true);
    expect((await qpdfCheck(pdf)).ok).toBe(true);
    // pdfinfo -meta prints the XMP packet, which PDF/A requires to match the Info dictionary.
    const xmp = normaliseText((await pdfInfo(pdf))['Metadata'] ?? '');
    expect(xmp).toContain('<dc:title> <rdf:Alt> <rdf:li xml:lang="x-default">Privacy policy</rdf:li>');
    expect(xmp).toContain('<dc:creator> <rdf:Seq> <rdf:li>Northwind Cloud SAS</rdf:li>');
    expect(xmp).toContain('Privacy policy of Northwind Cloud SAS (Articles 13 and 14 GDPR)');
    expect(xmp).toContain('<pdf:Keywords>privacy policy, GDPR');
    const outline = await pdfOutline(pdf);
    for (const s of vm.sections) expect(outline).toContain(s.heading);
    expect(missingFacts(await pdfText(pdf))).toEqual([]);
  });

  it('HTML is a standalone accessible page with every fact', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2 id="policy-/g)).toHaveLength(vm.sections.length);
    expect(html).toContain('<section aria-labelledby="policy-right-to-object">');
    expect(html).toContain('<th scope="col">Collection point</th>');
    expect(html).toContain('<th scope="row">Contact form</th>');
    expect(html).toContain('<caption>');
    expect(html).not.toMatch(/<script|<link |src=/);
    expect(missingFacts(htmlVisibleText(html))).toEqual([]);
  });

  it('Markdown has a heading per section, GFM tables and every fact', () => {
    expect(markdown.startsWith('# Privacy policy\n')).toBe(true);
    for (const s of vm.sections) expect(markdown).toContain(`## ${s.heading.replace(/([[\]*_])/g, '\\$1')}`);
    expect(markdown).toContain('| Collection point | Data | Retention |');
    expect(missingFacts(markdownVisibleText(markdown))).toEqual([]);
  });

  it('escapes record text in HTML and Markdown', () => {
    const ws = samplePolicyWorkspace();
    ws.organisation.name = 'Evil <script>alert(1)</script> & [Co](http://x) | *bold*';
    const evil = buildPolicyViewModel(ws, SAMPLE_POLICY_ID);
    const page = renderPolicyHtml(evil);
    expect(page).not.toContain('<script>');
    expect(page).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    const md = renderPolicyMarkdown(evil);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\[Co\\](http://x) \\| \\*bold\\*');
    expect(md).not.toContain('[Co](http://x)');
  });
});

describe('HTML and Markdown policy: the cover and single values, as the DOCX and PDF print them', () => {
  const build = (published = true): PolicyViewModel => {
    const ws = samplePolicyWorkspace();
    for (const c of ws.contacts) if (c.role === 'dpo') c.published = published;
    return buildPolicyViewModel(ws, SAMPLE_POLICY_ID, { today: '2026-06-01' });
  };
  /** The page's header: title, subtitle, the identity block, the dates (before the contents). */
  const headerOf = (page: string): string => page.slice(page.indexOf('<header>'), page.indexOf('</header>'));

  it('puts the identity block (controller, DPO) on the cover of the page and of the Markdown', () => {
    const vm = build();
    const header = headerOf(renderPolicyHtml(vm));
    expect(header).toContain('<dl class="identity">');
    expect(header).toContain('<dt>Controller</dt>');
    expect(header).toContain('<li>Northwind Cloud SAS</li>');
    expect(header).toContain('<li>Registration number: RCS Paris 901 234 567</li>');
    expect(header).toContain('<dt>Data protection officer</dt>');
    expect(header).toContain('Apolline Schmitt, Lawyer at the Strasbourg Bar, External DPO, Schmitt Avocats');
    const md = renderPolicyMarkdown(vm);
    const cover = md.slice(0, md.indexOf('\n## '));
    expect(cover).toContain('**Controller**\n\n- Northwind Cloud SAS\n');
    expect(cover).toContain('**Data protection officer**\n\n- Apolline Schmitt');
    expect(markdownVisibleText(cover)).toContain(
      '52 avenue des Vosges, 67000 Strasbourg, France · dpo@northwind.example',
    );
  });

  it("prints the DPO's name only when it is marked published, the contact details always", () => {
    const vm = build(false);
    for (const text of [htmlVisibleText(renderPolicyHtml(vm)), markdownVisibleText(renderPolicyMarkdown(vm))]) {
      expect(text).not.toContain('Apolline Schmitt');
      expect(text).toContain('External DPO, Schmitt Avocats');
      expect(text).toContain('dpo@northwind.example');
    }
    // A DPO with one line left (no firm, name withheld) reads as plain text, not a list of one.
    const ws = samplePolicyWorkspace();
    for (const c of ws.contacts) if (c.role === 'dpo') Object.assign(c, { published: false, external: false });
    const single = buildPolicyViewModel(ws, SAMPLE_POLICY_ID, { today: '2026-06-01' });
    const line = '52 avenue des Vosges, 67000 Strasbourg, France · dpo@northwind.example';
    expect(headerOf(renderPolicyHtml(single))).toContain(`<dt>Data protection officer</dt>\n<dd>${line}</dd>`);
    expect(renderPolicyMarkdown(single)).toContain(`**Data protection officer**\n\n${line}\n`);
  });

  it('prints a list of one value as plain text, and keeps lists of several', () => {
    const vm = build();
    const singles = vm.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'list' && b.items.length === 1 ? b.items : [])),
    );
    expect(singles).toContain('Contact form: Maximum 3 years from the last contact');
    const page = renderPolicyHtml(vm);
    const md = renderPolicyMarkdown(vm);
    expect(page).not.toMatch(/<ul><li>[^<]*<\/li><\/ul>/);
    expect(page).toContain('<p>Contact form: Maximum 3 years from the last contact</p>');
    expect(md).toContain('\n\nContact form: Maximum 3 years from the last contact\n\n');
    expect(md).not.toContain('- Contact form: Maximum 3 years from the last contact');
    // Several values stay a list.
    const several = vm.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'list' && b.items.length > 1));
    expect(several.length).toBeGreaterThan(0);
    expect(page).toMatch(/<ul><li>[^<]*<\/li><li>/);
  });
});
