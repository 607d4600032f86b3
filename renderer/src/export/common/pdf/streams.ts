import { zlibSync } from 'fflate';

/**
 * Faster object streams for the pdfkit inside pdfmake's browser build.
 *
 * pdfkit turns every content-stream operator (`BT`, `… Tm`, `[…] TJ`, one call each) into its own
 * Buffer with the `buffer` polyfill (`Buffer.from(line + '\n', 'binary')`), concatenates them at the
 * end of the object and deflates the result with the pure-JS zlib port. On a register of 2,000
 * pages those three steps are about 40 % of the whole PDF time. The replacement keeps the lines as
 * strings until the object ends, encodes them once (Latin-1, exactly what the 'binary' encoding
 * does) and deflates with fflate (or Node's zlib, `setPdfDeflate`), which write the same zlib
 * (RFC 1950) format that /FlateDecode reads. The bytes before and after compression mean the same
 * PDF; only the compressor differs.
 */

/** The slice of pdfkit's `PDFReference` this module relies on (pdfkit 0.17 inside pdfmake 0.3). */
export interface KitReference {
  document: KitDocument;
  id: number;
  gen: number;
  data: Record<string, unknown>;
  compress: boolean;
  uncompressedLength: number;
  offset?: number;
  buffer: (Uint8Array | string)[] | Uint8Array;
}

/** The slice of pdfkit's `PDFDocument` this module relies on. */
export interface KitDocument {
  _offset: number;
  _security?: unknown;
  _write(data: Uint8Array | string): void;
  _refEnd(ref: KitReference): void;
  push(chunk: Uint8Array): boolean;
  /** Whether this document takes the fast path, decided once when it first writes. */
  _dpoDeskFast?: boolean;
}

/** The `buffer` polyfill's Buffer, as far as pdfkit needs it (`Buffer.isBuffer`, views). */
export interface PolyfillBuffer {
  isBuffer(value: unknown): boolean;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array;
}

/** Latin-1 bytes of a string: what `Buffer.from(s, 'binary')` produces, char code & 0xff. */
export const latin1Bytes = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
};

/**
 * zlib's default level: the same size/speed trade-off pdfkit used, so files do not grow.
 * (fflate's level 6 is several times faster than the bundled pako port at the same level.)
 */
const DEFLATE_LEVEL = 6;

/** Compresses a stream's bytes in the zlib format (RFC 1950) that /FlateDecode reads. */
export type ZlibDeflate = (body: Uint8Array) => Uint8Array;

const fflateDeflate: ZlibDeflate = (body) => zlibSync(body, { level: DEFLATE_LEVEL });
let deflate: ZlibDeflate = fflateDeflate;

/**
 * Where there is a native zlib (Node: the command-line tool, its worker threads, the bench) it
 * compresses at the same level about three times as fast as fflate; `undefined` goes back to fflate,
 * which the app's workers use (a browser has no synchronous native deflate).
 */
export const setPdfDeflate = (next: ZlibDeflate | undefined): void => {
  deflate = next ?? fflateDeflate;
};

const joinParts = (parts: readonly (Uint8Array | string)[], byteLength: number): Uint8Array => {
  if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0]) return parts[0];
  const out = new Uint8Array(byteLength);
  let at = 0;
  let pending = '';
  const flushText = (): void => {
    for (let i = 0; i < pending.length; i++) out[at++] = pending.charCodeAt(i) & 0xff;
    pending = '';
  };
  for (const part of parts) {
    if (typeof part === 'string') {
      pending += part;
    } else {
      flushText();
      out.set(part, at);
      at += part.length;
    }
  }
  flushText();
  return out;
};

/**
 * Replaces `write`/`finalize` of pdfkit's reference class and `_write` of its document class.
 * `finalize` hands pdfkit one already deflated chunk with compression switched off for the call, so
 * pdfkit still writes the object header, dictionary, /Length and (if ever used) encryption itself.
 */
export const installFastStreams = (
  referenceProto: object,
  documentProto: object,
  bufferClass: PolyfillBuffer,
  enabled: () => boolean = () => true,
): void => {
  const ref = referenceProto as {
    write(this: KitReference, chunk: Uint8Array | string): void;
    finalize(this: KitReference): void;
  };
  const doc = documentProto as { _write(this: KitDocument, data: Uint8Array | string): void };
  const originalWrite = ref.write;
  const originalFinalize = ref.finalize;
  const originalDocWrite = doc._write;
  // One decision per document (its header is its first write), so no object mixes both paths.
  const fast = (document: KitDocument): boolean => (document._dpoDeskFast ??= enabled());
  const asBuffer = (bytes: Uint8Array): Uint8Array =>
    bufferClass.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  ref.write = function write(chunk) {
    if (!fast(this.document)) return originalWrite.call(this, chunk);
    // Same rule as pdfkit: anything but bytes is written as text followed by a line feed.
    const part = chunk instanceof Uint8Array ? chunk : `${String(chunk)}\n`;
    this.uncompressedLength += part.length;
    const length = typeof this.data['Length'] === 'number' ? this.data['Length'] : 0;
    this.data['Length'] = length + part.length;
    (this.buffer as (Uint8Array | string)[]).push(part);
    if (this.compress) this.data['Filter'] = 'FlateDecode';
  };

  ref.finalize = function finalize() {
    if (!fast(this.document)) return originalFinalize.call(this);
    const parts = this.buffer as (Uint8Array | string)[];
    if (parts.length > 0) {
      const body = joinParts(parts, this.uncompressedLength);
      this.buffer = [asBuffer(this.compress ? deflate(body) : body)];
    }
    const compress = this.compress;
    this.compress = false;
    try {
      originalFinalize.call(this);
    } finally {
      this.compress = compress;
    }
  };

  doc._write = function _write(data) {
    if (!fast(this)) return originalDocWrite.call(this, data);
    const bytes = bufferClass.isBuffer(data) ? (data as Uint8Array) : asBuffer(latin1Bytes(`${String(data)}\n`));
    this.push(bytes);
    this._offset += bytes.length;
  };
};
