import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { mirrorRightToLeftLines } from '../fonts/rtl';
import { mergePageInlines } from './merge-inlines';
import { installFastFontLayout } from './font';
import { installFastInlineMeasure } from './inline-styles';
import { installFastStreams, type PolyfillBuffer } from './streams';
import { errorMessage } from '../../../domain/values';

/** What this module needs from pdfmake's static object. */
export interface PdfMakeLike {
  createPdf(definition: TDocumentDefinitions): { getStream(): Promise<unknown>; getBuffer(): Promise<Uint8Array> };
}

interface ProbeKit {
  ref?(): object;
  _font?: object;
}

/** Whether the speed-ups are in place, and if not why (the PDF is then built by pdfmake's own code). */
export type PdfSpeedupsStatus = { installed: true } | { installed: false; reason: string };

/**
 * Off while `withoutPdfSpeedups` runs: every patched method then calls pdfmake's own. Read when a
 * document starts (first page) and kept for that document, so no document mixes both paths.
 */
let speedupsEnabled = true;

/** The prototype in `object`'s chain that defines `name` itself (pdfmake subclasses pdfkit's classes). */
const ownerOf = (object: object, name: string): object | undefined => {
  for (
    let proto: object | null = Object.getPrototypeOf(object) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) return proto;
  }
  return undefined;
};

const mismatch = (what: string): PdfSpeedupsStatus => ({
  installed: false,
  reason: `${what} was not found in pdfmake's bundle: the PDF speed-ups do not fit this pdfmake version`,
});

/**
 * pdfmake's browser build keeps pdfkit's classes private to its bundle. One tiny probe document
 * (one line of the font, rendered once per process or worker) hands us instances of them, whose
 * prototypes are then patched for every later document. Fonts must already be set up.
 *
 * Every piece is looked up before anything is patched, so a pdfmake whose insides differ (or a
 * probe that fails) leaves pdfmake exactly as shipped and the status says why; this never throws.
 */
export const installPdfSpeedups = async (pdfMake: PdfMakeLike, font: string): Promise<PdfSpeedupsStatus> => {
  let kit: ProbeKit;
  let bytes: Uint8Array;
  let textInlines: object | undefined;
  try {
    const probe = pdfMake.createPdf({ content: [{ text: 'x', font }], compress: true });
    // pdfmake's measurer keeps its text measurer as `this.textInlines`: caught as it is assigned.
    [kit, textInlines] = await catchAssigned('textInlines', async () => (await probe.getStream()) as ProbeKit);
    bytes = await probe.getBuffer();
  } catch (err) {
    return {
      installed: false,
      reason: `the probe document failed (${errorMessage(err)})`,
    };
  }
  const bufferClass = bytes.constructor as unknown as Partial<PolyfillBuffer>;
  if (typeof bufferClass.isBuffer !== 'function' || typeof bufferClass.from !== 'function') {
    return mismatch('The Buffer polyfill');
  }
  if (typeof kit !== 'object' || kit === null || typeof kit.ref !== 'function') return mismatch("pdfkit's document");
  const reference = kit.ref();
  const referenceProto = ownerOf(reference, 'finalize');
  if (!referenceProto || !ownerOf(reference, 'write')) return mismatch("pdfkit's object reference");
  const documentProto = ownerOf(kit, '_write');
  if (!documentProto) return mismatch("pdfkit's document writer");
  const pageProto = ownerOf(kit, 'addPage');
  if (!pageProto) return mismatch("pdfkit's page handling");
  const fontProto = kit._font && ownerOf(kit._font, 'encode');
  if (!fontProto || !ownerOf(kit._font ?? {}, 'layout') || !ownerOf(kit._font ?? {}, 'widthOfString')) {
    return mismatch("pdfkit's embedded font");
  }
  const inlinesProto = textInlines && ownerOf(textInlines, 'measure');
  if (!inlinesProto || !ownerOf(textInlines ?? {}, 'widthOfText')) return mismatch("pdfmake's text measurer");
  const enabled = (): boolean => speedupsEnabled;
  installFastStreams(referenceProto, documentProto, bufferClass as PolyfillBuffer, enabled);
  installLineMerging(pageProto, enabled);
  installFastFontLayout(fontProto, enabled);
  installFastInlineMeasure(inlinesProto, enabled);
  return { installed: true };
};

/**
 * Runs `run` while an assignment `this[key] = value` on any object that has no such property yet
 * is caught: the value of the first one is returned beside `run`'s result, and the object gets
 * the property as if nothing had been in the way. Only for the probe document, which no other
 * code runs beside; the trap is removed before this returns.
 */
const catchAssigned = async <T>(key: string, run: () => Promise<T>): Promise<[T, object | undefined]> => {
  let caught: object | undefined;
  Object.defineProperty(Object.prototype, key, {
    configurable: true,
    set(this: object, value: unknown) {
      if (caught === undefined && typeof value === 'object' && value !== null) caught = value;
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    },
  });
  try {
    return [await run(), caught];
  } finally {
    delete (Object.prototype as Record<string, unknown>)[key];
  }
};

/**
 * Runs `build` with pdfmake's own code instead of the speed-ups (to compare the two outputs). Only
 * documents started inside it are affected; callers must not build other PDFs concurrently.
 */
export const withoutPdfSpeedups = async <T>(build: () => Promise<T>): Promise<T> => {
  speedupsEnabled = false;
  try {
    return await build();
  } finally {
    speedupsEnabled = true;
  }
};

interface RenderingKit {
  /** Set by pdfmake's renderer on the document right before it adds the first page. */
  _pdfMakePages?: { items: { type: string; item: unknown }[] }[];
  _dpoDeskMerged?: boolean;
  /** With the speed-ups: how many pages the renderer has added so far. */
  _dpoDeskPagesAdded?: number;
}

/**
 * pdfmake's renderer adds the first page only after handing over the laid-out pages: join words there.
 * It then draws the pages in order, adding each before drawing it; so when it adds one, the page
 * before is drawn, and its laid-out lines are let go. pdfmake keeps the whole layout to the end
 * otherwise, and every collection of the heap has to go through it again: for a policy of 5,000
 * activities that is a live heap of over a gigabyte while its last pages are drawn.
 */
const installLineMerging = (documentProto: object, enabled: () => boolean): void => {
  const proto = documentProto as { addPage(this: RenderingKit, ...args: unknown[]): unknown };
  const addPage = proto.addPage;
  proto.addPage = function addPageAfterMerging(...args) {
    const pages = this._pdfMakePages;
    if (pages && !this._dpoDeskMerged) {
      this._dpoDeskMerged = true;
      // Right-to-left words take their visual places first, so they are never joined out of order.
      // Not a speed-up: it is how those words read, so it runs on both paths.
      mirrorRightToLeftLines(pages);
      if (enabled()) {
        mergePageInlines(pages);
        this._dpoDeskPagesAdded = 0;
      }
    }
    if (pages && this._dpoDeskPagesAdded !== undefined) {
      const drawn = pages[this._dpoDeskPagesAdded - 1];
      if (drawn) drawn.items = [];
      this._dpoDeskPagesAdded += 1;
    }
    return addPage.apply(this, args);
  };
};
