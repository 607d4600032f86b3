import * as pdfMakeModule from 'pdfmake/build/pdfmake';
import robotoVfs from 'pdfmake/build/vfs_fonts';
import type { Content, ContentText, ContentTocItem, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../domain/common';
import { LANGUAGE_STYLE } from '../../domain/languages';
import { isObject } from '../../domain/values';
import type { LetterheadFont } from '../../domain/letterhead';
import type { PrimaryFont } from './fonts/fallback';
import { registerLetterheadFont } from './fonts/letterhead-font';
import { prepareFonts } from './fonts/pdf-fonts';
import { applyHouseStylePdf } from './letterhead-pdf';
import { installPdfSpeedups, type PdfMakeLike, type PdfSpeedupsStatus } from './pdf/install';
import { type BuildControl, ExportCancelledError, throwIfCancelled } from './progress';

/**
 * pdfmake 0.3's browser build is used everywhere (app, Web Worker, Node tests, command-line tool):
 * it carries its own virtual file system, so the same builder needs no `fs`, and it embeds the
 * Roboto faces that ship in `vfs_fonts` (PDF/A forbids the non-embedded standard-14 fonts).
 */
type PdfMakeStatic = typeof pdfMakeModule;
/** The CommonJS build seen through ESM interop: pdfmake itself is its `default` where a bundler wraps it so. */
const isPdfMake = (value: unknown): value is PdfMakeStatic => isObject(value) && typeof value.createPdf === 'function';
const interopDefault: unknown = Reflect.get(pdfMakeModule, 'default');
const pdfMake: PdfMakeStatic = isPdfMake(interopDefault) ? interopDefault : pdfMakeModule;

export const PDF_FONT = 'Roboto';
/**
 * Roboto has no U+202F NARROW NO-BREAK SPACE (French typography, ./typography.ts) and a missing
 * glyph breaks PDF/A-1b: the PDF prints it as the no-break space U+00A0 it has, which keeps the
 * same line-breaking rule. Set to true for a font that has it.
 */
const PDF_FONT_HAS_NARROW_NBSP = false;

const withoutNarrowNbsp = <T>(value: T): T => {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes('\u202f') ? v.replace(/\u202f/g, '\u00a0') : v;
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'function') return (...args: unknown[]) => walk(Reflect.apply(v, undefined, args));
    if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item);
      return out;
    }
    return v;
  };
  // Only strings change; every shape, function and binary value is kept.
  return walk(value) as T;
};

let ready: Promise<PdfSpeedupsStatus> | null = null;

/**
 * Sets pdfmake up once per process or worker and says whether the speed-ups are in. A failure of
 * the speed-ups is not cached as a failure: pdfmake keeps its own code and every PDF still builds
 * (slower), with a warning. `probeWith` stands in for pdfmake in the probe only (tests force a
 * mismatch with it); it has an effect on the first call only.
 */
export const setUpPdfRendering = (probeWith: PdfMakeLike = pdfMake): Promise<PdfSpeedupsStatus> =>
  (ready ??= configure(probeWith).catch((err: unknown) => {
    // Not even pdfmake's own setup worked: let the next document try again rather than fail forever.
    ready = null;
    throw err;
  }));

const configure = async (probeWith: PdfMakeLike): Promise<PdfSpeedupsStatus> => {
  pdfMake.addVirtualFileSystem(robotoVfs);
  pdfMake.setFonts({
    [PDF_FONT]: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  });
  // Documents are built from the record only: no image or font is ever fetched or read from disk.
  pdfMake.setUrlAccessPolicy(() => false);
  // The browser build has no local file access at all, hence no policy to set there.
  if (typeof pdfMake.setLocalAccessPolicy === 'function') pdfMake.setLocalAccessPolicy(() => false);
  // Same PDF, several times less work on large registers: see ./pdf/install.ts.
  const status = await installPdfSpeedups(probeWith, PDF_FONT);
  // The log line for whoever looks into a slow export (console of the worker, or the CLI's stderr).
  if (!status.installed) console.warn(`DPO Desk: PDFs are built without the speed-ups: ${status.reason}.`);
  return status;
};

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  language: Language;
}

/**
 * Share of the progress scale given to pdfmake's layout and rendering (the rest is the caller's
 * own work building the definition). pdfmake reports rendering as a fraction.
 */
export const PDF_RENDER_UNITS = 100;

/**
 * Renders a pdfmake definition as PDF/A-1b (pdfkit writes the sRGB output intent, the XMP
 * metadata and the PDF 1.4 header for that subset) with title, author, subject and language.
 * `control.onProgress` gets `(base + rendered, base + PDF_RENDER_UNITS)`. The letterhead's font for
 * PDFs (`pdfFont`, else the house style's) is the document's font, Roboto and the Noto fonts its fallbacks.
 */
export const renderPdf = async (
  definition: TDocumentDefinitions,
  metadata: PdfMetadata,
  control: BuildControl & { progressBase?: number; pdfFont?: LetterheadFont } = {},
): Promise<Uint8Array> => {
  const speedups = await setUpPdfRendering();
  if (!speedups.installed) control.onWarning?.({ kind: 'pdfSpeedupsUnavailable' });
  throwIfCancelled(control.signal);
  const base = control.progressBase ?? 0;
  const total = base + PDF_RENDER_UNITS;
  const styled = control.houseStyle ? applyHouseStylePdf(definition, control.houseStyle) : undefined;
  for (const warning of styled?.warnings ?? []) control.onWarning?.(warning);
  const onRoboto = PDF_FONT_HAS_NARROW_NBSP
    ? (styled?.definition ?? definition)
    : withoutNarrowNbsp(styled?.definition ?? definition);
  const letterheadFont = control.pdfFont ?? control.houseStyle?.pdfFont;
  let primary: PrimaryFont | undefined;
  if (letterheadFont) {
    try {
      primary = registerLetterheadFont(pdfMake, letterheadFont);
    } catch {
      // Checked when it was added; a record damaged since (a hand-edited backup) prints on the bundled fonts.
      control.onWarning?.({ kind: 'letterheadFontLeftOut', family: letterheadFont.family });
    }
  }
  // Characters Roboto (or the letterhead's font) lacks go on the bundled fonts, loaded only when a document needs them.
  const fonts = await prepareFonts(pdfMake, onRoboto, primary);
  const printable = fonts.definition;
  const full: TDocumentDefinitions & Record<string, unknown> = {
    ...printable,
    info: {
      title: metadata.title,
      author: metadata.author,
      subject: metadata.subject,
      keywords: metadata.keywords ?? '',
      creator: 'DPO Desk',
      producer: 'DPO Desk (pdfmake)',
    },
    language: LANGUAGE_STYLE[metadata.language].locale,
    version: '1.4',
    subset: 'PDF/A-1b',
    displayTitle: true,
    defaultStyle: {
      font: primary?.family ?? PDF_FONT,
      fontSize: 9.5,
      lineHeight: 1.15,
      ...(printable.defaultStyle ?? {}),
    },
  };
  // The progress callback is read when createPdf is called, so setting it just before is safe for
  // this call even though pdfmake is a singleton. Throwing from it aborts the synchronous rendering.
  // pdfmake calls it for every item it draws: only a step that moves the bar is passed on (from a
  // part worker each one is a message, and tens of thousands of them cost more than a second).
  let reported = -1;
  pdfMake.setProgressCallback((fraction: number) => {
    if (control.signal?.aborted) throw new ExportCancelledError();
    const done = base + Math.round(fraction * PDF_RENDER_UNITS);
    if (done === reported) return;
    reported = done;
    control.onProgress?.(done, total);
  });
  const output = pdfMake.createPdf(full);
  // PDF/A-1b (ISO 19005-1 6.1.x, checked by PDFBox) wants a /Count on the outline root; pdfkit writes
  // it only for an "expanded" root, so mark the root open (its items keep their own setting).
  const kit: unknown = await output.getStream();
  if (isObject(kit) && isObject(kit.outline)) {
    const { options } = kit.outline;
    kit.outline.options = { ...(isObject(options) ? options : {}), expanded: true };
  }
  const buffer = await output.getBuffer();
  throwIfCancelled(control.signal);
  for (const missing of fonts.missing()) control.onWarning?.({ kind: 'missingCharacter', ...missing });
  control.onProgress?.(total, total);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

/** A heading that appears in the table of contents and as a bookmark in the PDF outline. */
export const pdfHeading = (
  text: string,
  style: string,
  options: { tocItem?: boolean; outline?: boolean; pageBreak?: 'before' | 'after'; id?: string } = {},
): ContentText | ContentTocItem => ({
  text,
  style,
  tocItem: options.tocItem ?? true,
  outline: options.outline ?? true,
  ...(options.pageBreak ? { pageBreak: options.pageBreak } : {}),
  ...(options.id ? { id: options.id } : {}),
});

/** The running header (the document title, small and grey) as pdfmake content. */
export const pdfRunningHeader = (headerText: string): Content => ({
  text: headerText,
  style: 'runningHeader',
  margin: [40, 18, 40, 0],
  fontSize: 8,
  color: '#555555',
});

/** The page footer ("Page x of y" in the document's words) as pdfmake content. */
export const pdfPageFooter = (label: string): Content => ({
  text: label,
  alignment: 'right',
  margin: [40, 10, 40, 0],
  fontSize: 8,
  color: '#555555',
});

/** A running header with the document title and a footer "Page x of y" in the document's words. */
export const pdfRunningHeaderFooter = (
  headerText: string,
  pageLabel: (page: number, pages: number) => string,
): Pick<TDocumentDefinitions, 'header' | 'footer'> => ({
  header: (currentPage: number): Content => (currentPage === 1 ? { text: '' } : pdfRunningHeader(headerText)),
  footer: (currentPage: number, pageCount: number): Content => pdfPageFooter(pageLabel(currentPage, pageCount)),
});

/** Base styles shared by every DPO Desk PDF so registers and policies look like one family. */
export const PDF_BASE_STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 24, bold: true, margin: [0, 160, 0, 12] },
  subtitle: { fontSize: 14, margin: [0, 0, 0, 6], color: '#333333' },
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10], color: '#1a3c6e' },
  h2: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 6], color: '#1a3c6e' },
  label: { bold: true },
  tableHeader: { bold: true, fillColor: '#e8eef7' },
  small: { fontSize: 8 },
  muted: { color: '#555555' },
};

/** A labelled item of a document (register, log, policy cover): a bold label above its values. */
export interface PdfLabelledItem {
  label: string;
  lines: readonly string[];
}

/** A single value is plain text; only a list of values is bulleted (a regulator reads "• MKT-01" as a list of one). */
export const pdfValueContent = (lines: readonly string[]): Content =>
  lines.length === 1 ? { text: lines[0] ?? '' } : { ul: lines.map((line) => ({ text: line })), margin: [6, 0, 0, 0] };

/** The label above its values, as `pdfValueContent` writes them. */
export const pdfItemContent = (item: PdfLabelledItem): Content[] => [
  { text: item.label, style: 'label', margin: [0, 6, 0, 2] },
  pdfValueContent(item.lines),
];
