import { strFromU8, strToU8 } from 'fflate';
import type { HouseStyle, LetterheadPart } from '../../domain/letterhead';
import { base64ToBytes } from './base64';

/**
 * Puts a firm's house style on a Word package that docx wrote: the letterhead's header and footer
 * (with their images) above DPO Desk's own running header and "Page x of y" footer, its page size
 * and margins on every section (landscape sections turned), its body font and heading colour in
 * the styles. The letterhead was vetted when it was read (data/letterhead/read.ts): no macros,
 * external links or embedded objects reach this point.
 */

const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const MEDIA_PREFIX = 'lh-';
/** Drawing ids of the letterhead's pictures, far from docx's own (unique in the document). */
const DRAWING_ID_BASE = 900_000;

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The root's opening tag and the inner markup of a header or footer part. */
const splitPart = (xml: string, root: 'hdr' | 'ftr'): { open: string; inner: string } | undefined => {
  const open = new RegExp(`<w:${root}\\b[^>]*>`).exec(xml);
  const close = xml.lastIndexOf(`</w:${root}>`);
  if (!open || close < 0) return undefined;
  return { open: open[0], inner: xml.slice(open.index + open[0].length, close) };
};

let drawingId = DRAWING_ID_BASE;

const mergePart = (ours: string, letterhead: LetterheadPart, root: 'hdr' | 'ftr'): string | undefined => {
  const mine = splitPart(ours, root);
  const theirs = splitPart(letterhead.xml, root);
  if (!mine || !theirs) return undefined;
  const inner = theirs.inner
    // Section properties never belong in a header; settings-like leftovers are dropped.
    .replace(/<w:sectPr\b.*?<\/w:sectPr>/gs, '')
    .replace(/(<wp:docPr\b[^>]*\bid=")\d+(")/g, (_, a: string, b: string) => `${a}${++drawingId}${b}`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${theirs.open}${inner}${mine.inner}</w:${root}>`;
};

const partRels = (part: LetterheadPart): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  Object.entries(part.images)
    .map(
      ([id, name]) =>
        `<Relationship Id="${escapeAttr(id)}" Type="${IMAGE_REL}" Target="media/${MEDIA_PREFIX}${escapeAttr(name)}"/>`,
    )
    .join('') +
  '</Relationships>';

const setAttr = (tag: string, name: string, value: number): string =>
  new RegExp(`\\s${name}="[^"]*"`).test(tag)
    ? tag.replace(new RegExp(`(\\s${name}=")[^"]*(")`), `$1${value}$2`)
    : tag.replace(/\s*\/?>$/, (end) => ` ${name}="${value}"${end}`);

/** Page size and margins on every section; a landscape section gets the same page turned. */
const withPageSetup = (xml: string, style: HouseStyle): string =>
  xml
    .replace(/<w:pgSz\b[^>]*\/>/g, (tag) => {
      const landscape = /w:orient="landscape"/.test(tag);
      const { width, height } = style.page;
      return setAttr(setAttr(tag, 'w:w', landscape ? height : width), 'w:h', landscape ? width : height);
    })
    .replace(/<w:pgMar\b[^>]*\/>/g, (tag) => {
      let out = tag;
      for (const [key, value] of Object.entries(style.margins)) out = setAttr(out, `w:${key}`, value);
      return out;
    });

const withStyles = (xml: string, style: HouseStyle, ourFont: string, ourColour: string): string => {
  let out = xml;
  if (style.bodyFont) {
    const font = escapeAttr(style.bodyFont);
    out = out.replace(new RegExp(`(w:(?:ascii|hAnsi)=")${ourFont}(")`, 'g'), `$1${font}$2`);
  }
  if (style.headingFont) {
    const font = escapeAttr(style.headingFont);
    // Heading styles get their own font: a rFonts first in their run properties.
    out = out.replace(
      /(<w:style\b[^>]*w:styleId="(?:Heading1|Heading2|Title)"[^>]*>.*?<w:rPr>)(?!<w:rFonts)/gs,
      `$1<w:rFonts w:ascii="${font}" w:hAnsi="${font}"/>`,
    );
  }
  if (style.headingColour)
    out = out.replace(new RegExp(`(<w:color w:val=")${ourColour}(")`, 'gi'), `$1${style.headingColour}$2`);
  return out;
};

const ensureDefault = (types: string, extension: string, contentType: string): string =>
  new RegExp(`<Default\\b[^>]*\\sExtension="${extension}"`, 'i').test(types)
    ? types
    : types.replace(
        /<Types\b[^>]*>/,
        (open) => `${open}<Default Extension="${extension}" ContentType="${contentType}"/>`,
      );

export type PackageFiles = Record<string, Uint8Array>;

/** The package's parts with the house style applied (a new object; the input is not changed). */
export const applyHouseStyleDocx = (
  files: PackageFiles,
  style: HouseStyle,
  ours: { font: string; headingColour: string },
): PackageFiles => {
  const out: PackageFiles = { ...files };
  for (const name of Object.keys(files)) {
    const header = /^word\/header\d+\.xml$/.test(name);
    const footer = /^word\/footer\d+\.xml$/.test(name);
    const part = header ? style.header : footer ? style.footer : null;
    const source = files[name];
    if (!part || !source) continue;
    const merged = mergePart(strFromU8(source), part, header ? 'hdr' : 'ftr');
    if (!merged) continue;
    out[name] = strToU8(merged);
    const at = name.lastIndexOf('/');
    out[`${name.slice(0, at)}/_rels/${name.slice(at + 1)}.rels`] = strToU8(partRels(part));
  }
  for (const image of style.images) out[`word/media/${MEDIA_PREFIX}${image.name}`] = base64ToBytes(image.base64);
  const types = files['[Content_Types].xml'];
  if (types) {
    let xml = strFromU8(types);
    for (const image of style.images) {
      const ext = image.name.split('.').pop()?.toLowerCase() ?? '';
      if (/^[a-z0-9]{1,5}$/.test(ext)) xml = ensureDefault(xml, ext, image.contentType);
    }
    out['[Content_Types].xml'] = strToU8(xml);
  }
  const main = files['word/document.xml'];
  if (main) out['word/document.xml'] = strToU8(withPageSetup(strFromU8(main), style));
  const styles = files['word/styles.xml'];
  if (styles) out['word/styles.xml'] = strToU8(withStyles(strFromU8(styles), style, ours.font, ours.headingColour));
  return out;
};
