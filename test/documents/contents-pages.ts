import { readFile } from 'node:fs/promises';
import type { TemplatePageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { strFromU8, unzipSync } from 'fflate';
import type { WordParts } from '../../renderer/src/export/common/docx-pages';
import { normaliseText } from '../support/document-clients';

/**
 * What the Word contents of a document say, and where LibreOffice puts the headings they list: the
 * page numbers of the contents are right when each entry's number is the page its heading is on.
 */

/** docx's estimator measuring with the font LibreOffice draws Calibri with on the test machines (DejaVu Sans). */
export const estimatorWithLibreOfficeFont = async (): Promise<TemplatePageNumberEstimator> => {
  const dejavu = '/usr/share/fonts/truetype/dejavu/';
  return estimatePageNumbersWith({
    fonts: [
      { data: await readFile(`${dejavu}DejaVuSans.ttf`), name: 'Calibri' },
      { data: await readFile(`${dejavu}DejaVuSans-Bold.ttf`), name: 'Calibri' },
    ],
  });
};

const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export interface ContentsEntry {
  title: string;
  /** The page number written after the entry's tab, '' when none is. */
  page: string;
  /** The bookmark its link and page reference point at. */
  anchor: string;
  /** Whether the number is a PAGEREF field to the same bookmark. */
  pageReference: boolean;
}

export const documentXml = (docx: Uint8Array): string => {
  const part = unzipSync(docx)['word/document.xml'];
  if (!part) throw new Error('no word/document.xml');
  return strFromU8(part);
};

/** The contents' entries as Word stores them (paragraphs in the TOC1/TOC2 styles). */
export const contentsEntries = (xml: string): ContentsEntry[] =>
  [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="TOC\d"\/>.*?<\/w:p>/gs)].map((p) => {
    const anchor = /<w:hyperlink [^>]*w:anchor="([^"]+)"/.exec(p[0])?.[1] ?? '';
    const [before, after = ''] = p[0].split('<w:tab/>');
    const texts = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? ''));
    return {
      title: texts(before ?? '').join(''),
      page: texts(after).join(''),
      anchor,
      pageReference: after.includes(`PAGEREF ${anchor} \\h`),
    };
  });

const lines = (page: string): string[] => page.split('\n').map(normaliseText).filter(Boolean);

/**
 * For each entry, the number LibreOffice printed after it on its contents page and the page of the PDF
 * (from 1) on which the heading itself stands: the first page after the contents with a line that is
 * the title, or that starts it and is continued by the next lines (a long heading wraps).
 */
export const libreOfficePages = (
  pdfText: string,
  entries: readonly ContentsEntry[],
): { title: string; printed: string; headingPage: number }[] => {
  const pages = pdfText.split('\f');
  const contents = pages.findIndex(
    (p, i) => i > 0 && entries.every((e) => normaliseText(p).includes(normaliseText(e.title))),
  );
  const contentsLines = lines(pages[contents] ?? '');
  let from = contents + 1;
  let line = -1;
  return entries.map((e) => {
    const title = normaliseText(e.title);
    // A long entry wraps: its number ends the line its title ends on.
    // Two entries may have the same title: each is looked for after the one before.
    const at = contentsLines.findIndex((l, k) => k > line && l.startsWith(title.slice(0, 40)));
    if (at >= 0) line = at;
    const entry = at < 0 ? '' : /\d$/.test(contentsLines[at] ?? '') ? contentsLines[at] : contentsLines[at + 1];
    const printed = /(\d+)$/.exec(entry ?? '')?.[1] ?? '';
    let headingPage = 0;
    for (let p = from; p < pages.length && headingPage === 0; p++) {
      const ls = lines(pages[p] ?? '');
      if (
        ls.some(
          (l, k) =>
            l === title ||
            (title.startsWith(l) &&
              ls
                .slice(k, k + 4)
                .join(' ')
                .startsWith(title)),
        )
      )
        headingPage = p + 1;
    }
    if (headingPage > 0) from = headingPage - 1;
    return { title: e.title, printed, headingPage };
  });
};

/** The parts of an exported Word document that `estimateWordPages` lays out, as text. */
export const wordParts = (docx: Uint8Array): WordParts => {
  const files = unzipSync(docx);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const named = (pattern: RegExp) =>
    Object.keys(files)
      .filter((n) => pattern.test(n))
      .map(text);
  return {
    document: text('word/document.xml'),
    styles: text('word/styles.xml'),
    headers: named(/^word\/header\d*\.xml$/),
    footers: named(/^word\/footer\d*\.xml$/),
  };
};
