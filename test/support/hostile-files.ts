import zlib from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

/**
 * Hostile spreadsheets for the tests, small on disk: zip bombs are assembled from one compressed
 * megabyte repeated (a deflate block ended by a full flush can be repeated as is), so a 2 GB bomb
 * is 2 MB of bytes built in milliseconds, without ever holding the 2 GB.
 */

const MB = 1024 * 1024;

interface RawEntry {
  name: string;
  /** Raw deflate data (method 8) or the bytes themselves (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the directory declares: a bomb may lie here. */
  declaredSize: number;
}

/** A zip written byte by byte, so a test can put in it what no zip library would write. */
export const writeZip = (entries: readonly RawEntry[]): Uint8Array => {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.declaredSize, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, e.method, true);
    cd.setUint32(20, e.data.length, true);
    cd.setUint32(24, e.declaredSize, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, entries.length, true);
  eocd.setUint16(10, entries.length, true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const flushed = (text: Uint8Array): Buffer => zlib.deflateRawSync(text, { finishFlush: zlib.constants.Z_FULL_FLUSH });
/** The empty final block (fixed Huffman, end-of-block only) that closes a deflate stream. */
const FINAL_BLOCK = Uint8Array.from([0x03, 0x00]);

/** Raw deflate of `head`, then `megabytes` MB of `filler`, then `tail`: built from one compressed megabyte. */
export const deflatedRepeat = (head: string, megabytes: number, tail: string, filler = ' '): Uint8Array => {
  const block = flushed(strToU8(filler.repeat(MB / filler.length)));
  const headBytes = flushed(strToU8(head));
  const tailBytes = flushed(strToU8(tail));
  const out = new Uint8Array(headBytes.length + block.length * megabytes + tailBytes.length + 2);
  out.set(headBytes, 0);
  let at = headBytes.length;
  for (let i = 0; i < megabytes; i++) {
    out.set(block, at);
    at += block.length;
  }
  out.set(tailBytes, at);
  out.set(FINAL_BLOCK, at + tailBytes.length);
  return out;
};

const ODS_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Registre"><table:table-row><table:table-cell><text:p>Nom du traitement</text:p></table:table-cell></table:table-row>';
const ODS_TAIL = '</table:table></office:spreadsheet></office:body></office:document-content>';

/**
 * An .ods whose content.xml unpacks to `megabytes` MB (of spaces between two rows). The directory
 * tells the truth about the size, as a zip tool would write it: a reader that believes it
 * allocates it all.
 */
export const odsZipBomb = (megabytes: number): Uint8Array =>
  writeZip([
    { name: 'mimetype', data: strToU8('application/vnd.oasis.opendocument.spreadsheet'), method: 0, declaredSize: 46 },
    {
      name: 'content.xml',
      data: deflatedRepeat(ODS_HEAD, megabytes, ODS_TAIL),
      method: 8,
      declaredSize: (ODS_HEAD.length + megabytes * MB + ODS_TAIL.length) >>> 0,
    },
  ]);

/** A well-formed .ods whose content.xml is `body` inside one table. */
export const odsWith = (rowsXml: string): Uint8Array =>
  zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(`${ODS_HEAD}${rowsXml}${ODS_TAIL}`),
  });

export const odsRow = (cells: readonly string[]): string =>
  `<table:table-row>${cells.map((c) => `<table:table-cell><text:p>${c}</text:p></table:table-cell>`).join('')}</table:table-row>`;
