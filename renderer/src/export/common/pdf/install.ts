import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { mirrorRightToLeftLines } from '../fonts/rtl';
import { mergePageInlines } from './merge-inlines';
import { installFastFontLayout } from './font';
import { installFastStreams, type PolyfillBuffer } from './streams';

/** What this module needs from pdfmake's static object. */
export interface PdfMakeLike {
  createPdf(definition: TDocumentDefinitions): { getStream(): Promise<unknown>; getBuffer(): Promise<Uint8Array> };
}

interface ProbeKit {
  ref(): object;
  _font?: object;
}

/** The prototype in `object`'s chain that defines `name` itself (pdfmake subclasses pdfkit's classes). */
const ownerOf = (object: object, name: string): object => {
  for (
    let proto: object | null = Object.getPrototypeOf(object) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) return proto;
  }
  throw new Error(`pdfmake's bundled pdfkit has no "${name}": the PDF speed-ups do not fit this pdfmake version`);
};

/**
 * pdfmake's browser build keeps pdfkit's classes private to its bundle. One tiny probe document
 * (one line of Roboto, rendered once per process or worker) hands us instances of them, whose
 * prototypes are then patched for every later document. Fonts must already be set up.
 */
export const installPdfSpeedups = async (pdfMake: PdfMakeLike, font: string): Promise<void> => {
  const probe = pdfMake.createPdf({ content: [{ text: 'x', font }], compress: true });
  const kit = (await probe.getStream()) as ProbeKit;
  const bytes = await probe.getBuffer();
  const bufferClass = bytes.constructor as unknown as PolyfillBuffer;
  if (typeof bufferClass.isBuffer !== 'function' || typeof bufferClass.from !== 'function') {
    throw new Error(
      "pdfmake's bundled Buffer polyfill was not found: the PDF speed-ups do not fit this pdfmake version",
    );
  }
  const reference = kit.ref();
  installFastStreams(ownerOf(reference, 'finalize'), ownerOf(kit, '_write'), bufferClass);
  installLineMerging(ownerOf(kit, 'addPage'));
  if (!kit._font)
    throw new Error("pdfmake's embedded font was not found: the PDF speed-ups do not fit this pdfmake version");
  installFastFontLayout(ownerOf(kit._font, 'encode'));
};

interface RenderingKit {
  /** Set by pdfmake's renderer on the document right before it adds the first page. */
  _pdfMakePages?: { items: { type: string; item: unknown }[] }[];
  _dpoDeskMerged?: boolean;
}

/** pdfmake's renderer adds the first page only after handing over the laid-out pages: join words there. */
const installLineMerging = (documentProto: object): void => {
  const proto = documentProto as { addPage(this: RenderingKit, ...args: unknown[]): unknown };
  const addPage = proto.addPage;
  proto.addPage = function addPageAfterMerging(...args) {
    if (this._pdfMakePages && !this._dpoDeskMerged) {
      this._dpoDeskMerged = true;
      // Right-to-left words take their visual places first, so they are never joined out of order.
      mirrorRightToLeftLines(this._pdfMakePages);
      mergePageInlines(this._pdfMakePages);
    }
    return addPage.apply(this, args);
  };
};
