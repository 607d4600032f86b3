import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { mergePageInlines } from './merge-inlines';
import { installFastFontLayout } from './font';
import { installFastStyleLookups } from './style-stack';
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
  const [kit, styleStackClass] = await withStyleStackCapture(() => probe.getStream() as Promise<ProbeKit>);
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
  installFastStyleLookups(styleStackClass);
  if (!kit._font)
    throw new Error("pdfmake's embedded font was not found: the PDF speed-ups do not fit this pdfmake version");
  installFastFontLayout(ownerOf(kit._font, 'encode'));
};

const STYLE_OVERRIDES = 'styleOverrides';

/**
 * pdfmake's `StyleContextStack` never leaves pdfmake, but its constructor assigns
 * `this.styleOverrides = []` right after `styleDictionary` and `defaultStyle`. While the probe is
 * laid out, a setter on `Object.prototype` for that one name sees the first such object, and turns
 * every assignment into the ordinary own property it would have been. It is removed as soon as
 * the probe has been laid out.
 */
const withStyleStackCapture = async <T>(run: () => Promise<T>): Promise<[T, { prototype: object }]> => {
  let stackClass: { prototype: object } | null = null;
  Object.defineProperty(Object.prototype, STYLE_OVERRIDES, {
    configurable: true,
    set(this: object, value: unknown) {
      Object.defineProperty(this, STYLE_OVERRIDES, { value, writable: true, enumerable: true, configurable: true });
      const own = (name: string) => Object.prototype.hasOwnProperty.call(this, name);
      if (!stackClass && own('styleDictionary') && own('defaultStyle')) {
        stackClass = (Object.getPrototypeOf(this) as { constructor: { prototype: object } }).constructor;
      }
    },
  });
  let result: T;
  try {
    result = await run();
  } finally {
    delete (Object.prototype as Record<string, unknown>)[STYLE_OVERRIDES];
  }
  if (!stackClass)
    throw new Error("pdfmake's style stack was not found: the PDF speed-ups do not fit this pdfmake version");
  return [result, stackClass];
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
      mergePageInlines(this._pdfMakePages);
    }
    return addPage.apply(this, args);
  };
};
