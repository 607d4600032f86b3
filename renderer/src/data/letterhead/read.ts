import { houseStyleSchema, type HouseStyle, type LetterheadImage, type LetterheadPart } from '../../domain/letterhead';
import { formatBytes, LimitExceededError } from '../limits';
import { inflateEntry, listZipEntries, type UnpackBudget, type ZipEntry } from '../import/zip';
import { SpreadsheetReadError } from '../import/errors';
import { RefusedFileError, refuser } from './refusal';

/**
 * Reads a firm's letterhead (.docx or .dotx) into a house style, or refuses it whole with a
 * message naming what is wrong. Refused: anything that is not a Word document, macro-enabled
 * files (.docm/.dotm, a vbaProject part), external references (any relationship with
 * TargetMode="External": linked templates, images or data that Word would fetch), embedded
 * objects (OLE, ActiveX, embedded packages), images too large to be a logo, and files over the
 * bounds below (the zip reader stops inflating at them: a zip bomb costs nothing).
 */

const MB = 1024 * 1024;

export const LETTERHEAD_LIMITS = {
  /** A letterhead with a logo is 30–500 KB; a template with a photo background a few MB. */
  maxFileBytes: 10 * MB,
  /** Everything inflated from it. A Word template's styles.xml is at most ~1 MB. */
  maxUnpackedBytes: 30 * MB,
  /** A .docx has 15–40 parts. */
  maxZipEntries: 300,
  /** One image: a print-quality logo is well under 1 MB. */
  maxImageBytes: 2 * MB,
  /** Pixels on either side of an image. */
  maxImagePixels: 5000,
} as const;

export type LetterheadProblem =
  'not-word' | 'macros' | 'external' | 'embedded' | 'image-too-large' | 'too-large' | 'damaged' | 'no-page';

export class LetterheadRefusedError extends RefusedFileError<LetterheadProblem> {
  override name = 'LetterheadRefusedError';
}

const refuse = refuser<LetterheadProblem>((...a) => new LetterheadRefusedError(...a));

const NOT_WORD = 'This file is not a Word document (.docx or .dotx).';

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
];

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
};

const decodeXmlText = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

/** The text of each paragraph of a header or footer part (empty paragraphs left out). */
const paragraphLines = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXmlText(t[1] ?? '')).join(''))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 50)
    .map((line) => line.slice(0, 1000));

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const relationships = (xml: string): Relationship[] =>
  [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
    external: attr(m[0], 'TargetMode') === 'External',
  }));

/** Resolves a relationship target against the folder of the part that holds it. */
const resolvePath = (fromPart: string, target: string): string => {
  const parts = fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return target.startsWith('/') ? target.slice(1) : parts.join('/');
};

const relsPathOf = (part: string): string => {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
};

/** Width, height and transparency from a PNG's IHDR (and tRNS) or a JPEG's start-of-frame. */
const imageFacts = (
  bytes: Uint8Array,
): { contentType: LetterheadImage['contentType']; width: number; height: number; transparent: boolean } | undefined => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) {
    const colourType = bytes[25] ?? 0;
    const hasTrns = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536))).includes('tRNS');
    return {
      contentType: 'image/png',
      width: view.getUint32(16),
      height: view.getUint32(20),
      transparent: colourType === 4 || colourType === 6 || hasTrns,
    };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1] ?? 0;
      const length = view.getUint16(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return {
          contentType: 'image/jpeg',
          width: view.getUint16(at + 7),
          height: view.getUint16(at + 5),
          transparent: false,
        };
      at += 2 + length;
    }
  }
  return undefined;
};

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

const intAttr = (tag: string | undefined, name: string): number | undefined => {
  if (!tag) return undefined;
  const value = attr(tag, `w:${name}`);
  if (value === undefined || !/^-?\d+$/.test(value)) return undefined;
  return Math.max(0, Number(value));
};

/** Reads a letterhead. `fileName` decides only the macro-enabled extensions' refusal and the default name. */
export const readLetterhead = (bytes: Uint8Array, fileName: string): HouseStyle => {
  const limits = LETTERHEAD_LIMITS;
  if (/\.(docm|dotm)$/i.test(fileName))
    refuse(
      'macros',
      'This is a macro-enabled Word file (.docm or .dotm): DPO Desk never opens macros. Save the letterhead as .docx or .dotx.',
    );
  if (bytes.byteLength > limits.maxFileBytes)
    refuse('too-large', `This file is larger than ${formatBytes(limits.maxFileBytes)}, more than any letterhead.`);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuse('not-word', NOT_WORD);

  let entries: ZipEntry[] = [];
  try {
    entries = listZipEntries(bytes);
  } catch (e) {
    if (e instanceof LimitExceededError)
      refuse('too-large', `This file holds more than ${limits.maxZipEntries} parts, more than any letterhead.`);
    refuse('damaged', 'The file is damaged or cut short: it cannot be read as a Word document.');
  }
  if (entries.length > limits.maxZipEntries)
    refuse('too-large', `This file holds ${entries.length} parts; a letterhead has at most ${limits.maxZipEntries}.`);

  // Active or embedded content is refused by its part names first, before anything is inflated.
  for (const entry of entries) {
    const name = entry.name.toLowerCase();
    if (/(^|\/)vbaproject\.bin$|(^|\/)vbadata\.xml$/.test(name))
      refuse('macros', `This Word file contains macros (${entry.name}): DPO Desk never opens macros.`, entry.name);
    if (/^word\/(embeddings|activex)\//.test(name) || /oleobject\d*\.bin$/.test(name))
      refuse(
        'embedded',
        `This Word file contains an embedded object (${entry.name}): only text, styles and images can be used.`,
        entry.name,
      );
  }

  const byName = new Map(entries.map((e) => [e.name, e]));
  const budget: UnpackBudget = { used: 0 };
  const read = (name: string): Uint8Array | undefined => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    try {
      const out = inflateEntry(bytes, entry, budget);
      if (budget.used > limits.maxUnpackedBytes)
        throw new LimitExceededError('unpacked-size', limits.maxUnpackedBytes, '');
      return out;
    } catch (e) {
      if (e instanceof LimitExceededError)
        return refuse(
          'too-large',
          `This file unpacks to more than it could as a letterhead (it may be a "zip bomb"): reading stopped at ${entry.name}.`,
          entry.name,
        );
      if (e instanceof SpreadsheetReadError)
        return refuse(
          'damaged',
          `The part ${entry.name} is damaged: the file cannot be read as a Word document.`,
          entry.name,
        );
      throw e;
    }
  };
  const readText = (name: string): string | undefined => {
    const b = read(name);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  };

  const contentTypes = readText('[Content_Types].xml') ?? refuse('not-word', NOT_WORD);
  if (/macroEnabled/i.test(contentTypes))
    refuse('macros', 'This Word file is macro-enabled (its content types say so): DPO Desk never opens macros.');
  if (!MAIN_TYPES.some((t) => contentTypes.includes(t))) refuse('not-word', NOT_WORD);

  // Every relationship of every part: none may point outside the file.
  for (const entry of entries) {
    if (!entry.name.endsWith('.rels')) continue;
    const rels = relationships(readText(entry.name) ?? '');
    const outside = rels.find((r) => r.external);
    if (outside)
      refuse(
        'external',
        `This Word file refers to something outside it (${outside.target.slice(0, 120)}, from ${entry.name}): a letterhead must hold everything it shows.`,
        outside.target,
      );
    const ole = rels.find((r) => /\/(oleObject|package|control|aFChunk)$/.test(r.type));
    if (ole)
      refuse(
        'embedded',
        `This Word file contains an embedded object (${ole.target}): only text, styles and images can be used.`,
        ole.target,
      );
  }

  const documentXml = readText('word/document.xml') ?? refuse('not-word', NOT_WORD);
  const documentRels = relationships(readText('word/_rels/document.xml.rels') ?? '');
  const sectPrs = [...documentXml.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/gs)];
  const sectPr =
    sectPrs[sectPrs.length - 1]?.[0] ??
    refuse('no-page', 'This Word file has no page setup (no section): it cannot be used as a letterhead.');
  const pgSz = /<w:pgSz\b[^>]*>/.exec(sectPr)?.[0];
  const pgMar = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0];
  let width = intAttr(pgSz, 'w');
  let height = intAttr(pgSz, 'h');
  if (width === undefined || height === undefined || width < 2000 || height < 2000)
    return refuse('no-page', 'This Word file has no usable page size: it cannot be used as a letterhead.');
  // The house style is the portrait page; landscape sections of an export turn it themselves.
  if (width > height) [width, height] = [height, width];

  const images: LetterheadImage[] = [];
  const readPart = (kind: 'header' | 'footer'): LetterheadPart | null => {
    const ref =
      new RegExp(`<w:${kind}Reference\\b[^>]*w:type="default"[^>]*>`).exec(sectPr)?.[0] ??
      new RegExp(`<w:${kind}Reference\\b[^>]*>`).exec(sectPr)?.[0];
    const id = ref ? attr(ref, 'r:id') : undefined;
    const rel = id ? documentRels.find((r) => r.id === id) : undefined;
    if (!rel) return null;
    const partName = resolvePath('word/document.xml', rel.target);
    const xml = readText(partName);
    if (xml === undefined) return null;
    const partImages: Record<string, string> = {};
    for (const r of relationships(readText(relsPathOf(partName)) ?? '')) {
      if (!r.type.endsWith('/image')) continue;
      const mediaName = resolvePath(partName, r.target);
      const entry = byName.get(mediaName);
      if (!entry) continue;
      if (entry.compressedSize > limits.maxImageBytes)
        refuse(
          'image-too-large',
          `The image ${mediaName} is larger than ${formatBytes(limits.maxImageBytes)}: too large for a letterhead logo.`,
          mediaName,
        );
      const data = read(mediaName) ?? new Uint8Array();
      if (data.byteLength > limits.maxImageBytes)
        refuse(
          'image-too-large',
          `The image ${mediaName} is larger than ${formatBytes(limits.maxImageBytes)}: too large for a letterhead logo.`,
          mediaName,
        );
      const facts = imageFacts(data);
      // Other kinds (EMF, SVG…) are left out: Word keeps a drawing without its picture.
      if (!facts) continue;
      if (facts.width > limits.maxImagePixels || facts.height > limits.maxImagePixels)
        refuse(
          'image-too-large',
          `The image ${mediaName} is ${facts.width} × ${facts.height} pixels; a letterhead logo has at most ${limits.maxImagePixels} on a side.`,
          mediaName,
        );
      const name = mediaName.split('/').pop() ?? mediaName;
      if (!images.some((i) => i.name === name))
        images.push({
          name,
          contentType: facts.contentType,
          base64: toBase64(data),
          widthPx: facts.width,
          heightPx: facts.height,
          transparent: facts.transparent,
        });
      partImages[r.id] = name;
    }
    return { xml, images: partImages, lines: paragraphLines(xml) };
  };
  const header = readPart('header');
  const footer = readPart('footer');

  const styles = readText('word/styles.xml') ?? '';
  const fontOf = (block: string | undefined): string | null => {
    const fonts = block ? /<w:rFonts\b[^>]*>/.exec(block)?.[0] : undefined;
    const name = fonts ? (attr(fonts, 'w:ascii') ?? attr(fonts, 'w:hAnsi')) : undefined;
    return name && name.length <= 100 ? decodeXmlText(name) : null;
  };
  const styleBlock = (id: string): string | undefined =>
    new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)?.[0];
  const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0];
  const heading = styleBlock('Heading1');
  const colour = heading ? /<w:color\b[^>]*w:val="([0-9A-Fa-f]{6})"/.exec(heading)?.[1]?.toUpperCase() : undefined;

  const headerLogo = header ? Object.values(header.images)[0] : undefined;
  const parsed = houseStyleSchema.safeParse({
    name: fileName.replace(/^.*[\\/]/, '').replace(/\.(docx|dotx)$/i, '') || 'Letterhead',
    page: { width, height },
    margins: {
      top: intAttr(pgMar, 'top') ?? 1134,
      right: intAttr(pgMar, 'right') ?? 1134,
      bottom: intAttr(pgMar, 'bottom') ?? 1134,
      left: intAttr(pgMar, 'left') ?? 1134,
      header: intAttr(pgMar, 'header') ?? 567,
      footer: intAttr(pgMar, 'footer') ?? 567,
    },
    bodyFont: fontOf(styleBlock('Normal')) ?? fontOf(defaults),
    headingFont: fontOf(heading),
    headingColour: colour ?? null,
    header,
    footer,
    images,
    logo: headerLogo ?? null,
  });
  if (!parsed.success)
    return refuse(
      'damaged',
      `This Word file's page setup or styles are out of range (${parsed.error.issues[0]?.path.join('.') ?? 'unknown'}): it cannot be used as a letterhead.`,
    );
  return parsed.data;
};
