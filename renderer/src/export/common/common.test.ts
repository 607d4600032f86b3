import { describe, expect, it } from 'vitest';
import {
  docxText,
  ooxmlValidate,
  pdfaPreflight,
  pdfInfo,
  pdfOutline,
  pdfText,
} from '../../../../test/support/document-clients';
import { buildDocxDocument, docxHeading, docxTableOfContents, packDocx } from './docx';
import { formatDate, joinList } from './format';
import { pdfHeading, pdfRunningHeaderFooter, PDF_BASE_STYLES, renderPdf } from './pdf';
import { ExportCancelledError } from './progress';
import { createTranslator, MissingWordingError } from './wording';

describe('export/common', () => {
  const t = createTranslator('sample', {
    en: { greeting: { hello: 'Hello {{name}}' } },
    fr: { greeting: { hello: 'Bonjour {{name}}' } },
    de: { greeting: { hello: 'Hallo {{name}}' } },
  });

  it('fills placeholders and refuses missing keys or variables', () => {
    expect(t('fr', 'greeting.hello', { name: 'Alix' })).toBe('Bonjour Alix');
    expect(() => t('en', 'greeting.bye')).toThrow(MissingWordingError);
    expect(() => t('en', 'greeting.hello')).toThrow(/needs "name"/);
  });

  it('formats dates and lists per language', () => {
    expect(formatDate('2026-05-25', 'fr')).toBe('25 mai 2026');
    expect(formatDate('2026-05-25', 'en')).toBe('25 May 2026');
    expect(joinList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
  });

  it('renders a PDF/A-1b with metadata and an outline entry per heading', async () => {
    const progress: number[] = [];
    const pdf = await renderPdf(
      {
        content: [
          pdfHeading('First part', 'h1'),
          { text: 'Body text' },
          pdfHeading('Second part', 'h1', { pageBreak: 'before' }),
        ],
        styles: PDF_BASE_STYLES,
        ...pdfRunningHeaderFooter('Sample header', (p, n) => `Page ${p} of ${n}`),
      },
      { title: 'Sample title', author: 'Sample author', subject: 'Sample subject', language: 'en' },
      { onProgress: (d) => progress.push(d) },
    );
    const preflight = await pdfaPreflight(pdf);
    expect(preflight.ok, preflight.output).toBe(true);
    const info = await pdfInfo(pdf);
    // pdfinfo -meta prints the XMP packet, which PDF/A requires to repeat the document information.
    expect(info['Metadata']).toContain('Sample title');
    expect(info['Metadata']).toContain('Sample author');
    expect(await pdfOutline(pdf)).toEqual(['First part', 'Second part']);
    expect(await pdfText(pdf)).toContain('Page 2 of 2');
    expect(progress.at(-1)).toBe(100);
  });

  it('stops a PDF build when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      renderPdf(
        { content: ['x'] },
        { title: 't', author: 'a', subject: 's', language: 'en' },
        { signal: controller.signal },
      ),
    ).rejects.toBeInstanceOf(ExportCancelledError);
  });

  it('writes a valid DOCX with heading styles and a table of contents', async () => {
    const doc = buildDocxDocument({
      title: 'Sample',
      subject: 'Sample subject',
      creator: 'DPO Desk',
      language: 'fr',
      wording: { page: 'Page', of: 'sur', header: 'Sample header' },
      sections: [
        { orientation: 'portrait', titlePage: true, children: docxTableOfContents('Sommaire') },
        { orientation: 'landscape', children: [docxHeading('Partie 1', 1), docxHeading('Sous-partie', 2)] },
      ],
    });
    const bytes = await packDocx(doc);
    expect((await ooxmlValidate(bytes, 'docx')).errors).toEqual([]);
    const { headings } = await docxText(bytes);
    expect(headings).toEqual(expect.arrayContaining(['Heading 1: Partie 1', 'Heading 2: Sous-partie']));
  });
});
