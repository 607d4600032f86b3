/**
 * Joins PDFs that pdfmake (pdfkit) wrote for the parts of one document into that one document.
 *
 * Only pdfkit's own output is read, whose shape is known: PDF 1.4, a classic cross-reference table,
 * every object "n 0 obj", direct /Length numbers, no object streams, no encryption. The first part
 * gives the document its catalog, information dictionary, XMP metadata, output intent and file
 * identifier (one of each, as PDF/A-1b wants); the pages of every part follow in order under one
 * page tree, their bookmarks under one outline and their named destinations (the contents page
 * links to the headings) in one name tree. Page content streams are copied as they are, still
 * compressed: joining costs a copy, not a second layout.
 *
 * The running "Page x of y" cannot be laid out by a part, which does not know how many pages come
 * before it. It is drawn by a separate footer document of one page per page of the whole, whose
 * pages become Form XObjects painted on the joined pages (ISO 32000-1 8.10, allowed by PDF/A-1).
 */

const LATIN1 = new TextDecoder('latin1');

export class PdfJoinError extends Error {
  constructor(message: string) {
    super(`The PDF parts could not be joined: ${message}`);
    this.name = 'PdfJoinError';
  }
}

interface PdfObject {
  /** The object's dictionary (or other value), as written. */
  dict: string;
  stream?: Uint8Array;
}

interface ParsedPdf {
  objects: Map<number, PdfObject>;
  root: number;
  info: number;
  /** The trailer's /ID entry as written. */
  id: string;
}

const indexOfBytes = (bytes: Uint8Array, needle: string, from: number): number => {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first, from); i !== -1; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
};

const refIn = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m?.[1] === undefined ? undefined : Number(m[1]);
};

/** Reads a pdfkit PDF's objects through its cross-reference table. */
export const parsePdf = (bytes: Uint8Array): ParsedPdf => {
  const tail = LATIN1.decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref?.[1]) throw new PdfJoinError('a part has no cross-reference table.');
  const xrefAt = Number(startxref[1]);
  const trailerAt = indexOfBytes(bytes, 'trailer', xrefAt);
  const xref = LATIN1.decode(bytes.subarray(xrefAt, trailerAt));
  const trailer = LATIN1.decode(bytes.subarray(trailerAt, bytes.length));
  const lines = xref.split('\n');
  const header = /^(\d+) (\d+)$/.exec(lines[1]?.trim() ?? '');
  if (lines[0]?.trim() !== 'xref' || !header || header[1] !== '0') {
    throw new PdfJoinError('a part is not laid out as pdfmake writes it.');
  }
  const objects = new Map<number, PdfObject>();
  const count = Number(header[2]);
  for (let n = 1; n < count; n++) {
    const entry = lines[n + 2] ?? '';
    if (!entry.includes(' n')) continue;
    const offset = Number(entry.slice(0, 10));
    const bodyAt = indexOfBytes(bytes, 'obj\n', offset) + 4;
    const end = indexOfBytes(bytes, '\nendobj', bodyAt);
    const streamAt = indexOfBytes(bytes, '>>\nstream\n', bodyAt);
    if (streamAt !== -1 && streamAt < end) {
      const dict = LATIN1.decode(bytes.subarray(bodyAt, streamAt + 2));
      const length = /\/Length (\d+)/.exec(dict);
      if (!length?.[1]) throw new PdfJoinError(`object ${n} of a part has no length.`);
      const dataAt = streamAt + '>>\nstream\n'.length;
      objects.set(n, { dict, stream: bytes.subarray(dataAt, dataAt + Number(length[1])) });
    } else {
      objects.set(n, { dict: LATIN1.decode(bytes.subarray(bodyAt, end)) });
    }
  }
  const root = refIn(trailer, 'Root');
  const info = refIn(trailer, 'Info');
  const id = /\/ID (\[[^\]]*\])/.exec(trailer)?.[1];
  if (root === undefined || info === undefined || id === undefined) {
    throw new PdfJoinError('a part has no catalog, information dictionary or identifier.');
  }
  return { objects, root, info, id };
};

/**
 * Rewrites every indirect reference "n 0 R" of a dictionary's text, leaving strings alone (a title
 * such as "(Art. 6 0 R)" is text, not a reference).
 */
export const mapRefs = (text: string, map: (n: number) => number): string => {
  let out = '';
  let i = 0;
  let copied = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */) {
      let depth = 1;
      i++;
      while (i < text.length && depth > 0) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else {
          if (d === 0x28) depth++;
          else if (d === 0x29) depth--;
          i++;
        }
      }
      continue;
    }
    if (c === 0x3c /* < */) {
      if (text.charCodeAt(i + 1) === 0x3c) {
        i += 2; // a dictionary opens
        continue;
      }
      const close = text.indexOf('>', i);
      i = close === -1 ? text.length : close + 1; // a hex string
      continue;
    }
    if (c >= 0x30 && c <= 0x39 && (i === 0 || !/[\d.\w]/.test(text[i - 1] ?? ''))) {
      const m = /^(\d+) 0 R(?![\w])/.exec(text.slice(i, i + 24));
      if (m?.[1]) {
        out += `${text.slice(copied, i)}${map(Number(m[1]))} 0 R`;
        i += m[0].length;
        copied = i;
        continue;
      }
      while (i < text.length && /[\d.]/.test(text[i] ?? '')) i++;
      continue;
    }
    i++;
  }
  return out + text.slice(copied);
};

/** Adds entries just before a dictionary's closing ">>". */
const withEntries = (dict: string, entries: string): string => {
  const close = dict.lastIndexOf('>>');
  return `${dict.slice(0, close)}${entries}\n${dict.slice(close)}`;
};

const pageKids = (pdf: ParsedPdf): number[] => {
  const pages = refIn(pdf.objects.get(pdf.root)?.dict ?? '', 'Pages');
  const kids = /\/Kids \[([^\]]*)\]/.exec(pages === undefined ? '' : (pdf.objects.get(pages)?.dict ?? ''));
  return [...(kids?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
};

/** One laid-out part: its pages in order, with their sizes, and where its named destinations point. */
export interface PdfPartLayout {
  pages: { width: number; height: number }[];
  /** Named destination → 0-based page of this part. */
  destinations: Map<string, number>;
}

const DEST_ENTRY = /\(((?:[^()\\]|\\.)*)\) (\[(\d+) 0 R [^\]]*\])/g;

const destEntries = (pdf: ParsedPdf): { name: string; dest: string; page: number }[] => {
  const names = refIn(pdf.objects.get(pdf.root)?.dict ?? '', 'Names');
  const text = names === undefined ? '' : (pdf.objects.get(names)?.dict ?? '');
  return [...text.matchAll(DEST_ENTRY)].map((m) => ({ name: m[1] ?? '', dest: m[2] ?? '', page: Number(m[3]) }));
};

/** How a part came out: page sizes (for the footer document) and its destinations' pages (for the contents). */
export const describePart = (bytes: Uint8Array): PdfPartLayout => {
  const pdf = parsePdf(bytes);
  const kids = pageKids(pdf);
  const pages = kids.map((n) => {
    const box = /\/MediaBox \[([^\]]*)\]/
      .exec(pdf.objects.get(n)?.dict ?? '')?.[1]
      ?.trim()
      .split(/\s+/)
      .map(Number);
    return { width: box?.[2] ?? 0, height: box?.[3] ?? 0 };
  });
  const pageIndex = new Map(kids.map((n, i) => [n, i]));
  const destinations = new Map(destEntries(pdf).map((d) => [d.name, pageIndex.get(d.page) ?? -1]));
  return { pages, destinations };
};

/** The byte order PDF name trees are sorted in (ISO 32000-1 7.9.6). */
const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface PartPlan {
  pdf: ParsedPdf;
  map: Map<number, number>;
  skip: Set<number>;
  pages: number[];
  /** Old resources object → the footer form its page paints. */
  footerFormOf: Map<number, number>;
  firstItem?: number;
  lastItem?: number;
}

/**
 * One PDF from the parts, in order, with the footer document's page i painted on page i.
 * `footer` must have exactly as many pages as the parts together.
 */
export const joinPdfParts = (parts: readonly Uint8Array[], footer: Uint8Array): Uint8Array => {
  const parsed = parts.map(parsePdf);
  const first = parsed[0];
  if (!first) throw new PdfJoinError('there is no part.');
  const footerPdf = parsePdf(footer);
  const footerPages = pageKids(footerPdf);
  const total = parsed.reduce((sum, p) => sum + pageKids(p).length, 0);
  if (footerPages.length !== total) {
    throw new PdfJoinError(`the footers have ${footerPages.length} pages for ${total} pages of content.`);
  }

  let next = 1;
  const allocate = (): number => next++;
  const pagesRoot = allocate();
  const outlineRoot = allocate();
  const namesObject = allocate();
  const catalog = allocate();
  const paintFooter = allocate();

  // The footer document: each page's content becomes a form with that page's resources; its fonts
  // and graphics states come along, its own frame (catalog, page tree, metadata…) does not.
  const footerMap = new Map<number, number>();
  const footerSkip = new Set<number>([footerPdf.root, footerPdf.info, ...footerPages]);
  const footerCatalog = footerPdf.objects.get(footerPdf.root)?.dict ?? '';
  for (const key of ['Pages', 'Names', 'Outlines', 'Metadata', 'ViewerPreferences']) {
    const n = refIn(footerCatalog, key);
    if (n !== undefined) footerSkip.add(n);
  }
  const footerForms: { form: number; dict: string; stream: Uint8Array }[] = [];
  const footerRoots: number[] = [];
  for (const page of footerPages) {
    const dict = footerPdf.objects.get(page)?.dict ?? '';
    const contents = refIn(dict, 'Contents');
    const resources = refIn(dict, 'Resources');
    const box = /\/MediaBox (\[[^\]]*\])/.exec(dict)?.[1];
    const content = contents === undefined ? undefined : footerPdf.objects.get(contents);
    if (contents === undefined || resources === undefined || !box || !content?.stream) {
      throw new PdfJoinError('a footer page has no content.');
    }
    footerSkip.add(contents);
    footerRoots.push(resources);
    footerForms.push({
      form: allocate(),
      dict: content.dict.replace(
        /^<</,
        `<<\n/Type /XObject\n/Subtype /Form\n/BBox ${box}\n/Resources ${resources} 0 R`,
      ),
      stream: content.stream,
    });
  }
  const collect = (n: number): void => {
    if (footerMap.has(n) || footerSkip.has(n)) return;
    const object = footerPdf.objects.get(n);
    if (!object) return;
    footerMap.set(n, allocate());
    mapRefs(object.dict, (m) => {
      collect(m);
      return m;
    });
  };
  for (const n of footerRoots) collect(n);
  const footerNumber = (n: number): number => {
    const mapped = footerMap.get(n);
    if (mapped === undefined) throw new PdfJoinError(`the footers refer to object ${n}, which they do not have.`);
    return mapped;
  };

  // First pass: what each part keeps, and the new number of every kept object.
  let pageAt = 0;
  const plans: PartPlan[] = parsed.map((pdf, index) => {
    const catalogDict = pdf.objects.get(pdf.root)?.dict ?? '';
    const ownPages = refIn(catalogDict, 'Pages');
    const ownNames = refIn(catalogDict, 'Names');
    const ownOutline = refIn(catalogDict, 'Outlines');
    const skip = new Set<number>([pdf.root]);
    for (const n of [ownPages, ownNames, ownOutline]) if (n !== undefined) skip.add(n);
    if (index > 0) {
      // Only the first part's information, metadata and output intent are kept: one of each.
      skip.add(pdf.info);
      for (const m of (pdf.objects.get(pdf.info)?.dict ?? '').matchAll(/(\d+) 0 R/g)) skip.add(Number(m[1]));
      for (const key of ['Metadata', 'ViewerPreferences']) {
        const n = refIn(catalogDict, key);
        if (n !== undefined) skip.add(n);
      }
      const intents = /\/OutputIntents \[([^\]]*)\]/.exec(catalogDict)?.[1] ?? '';
      for (const m of intents.matchAll(/(\d+) 0 R/g)) {
        const intent = Number(m[1]);
        skip.add(intent);
        const profile = refIn(pdf.objects.get(intent)?.dict ?? '', 'DestOutputProfile');
        if (profile !== undefined) skip.add(profile);
      }
    }
    const map = new Map<number, number>();
    if (ownPages !== undefined) map.set(ownPages, pagesRoot);
    if (ownOutline !== undefined) map.set(ownOutline, outlineRoot);
    if (ownNames !== undefined) map.set(ownNames, namesObject);
    for (const n of pdf.objects.keys()) if (!skip.has(n)) map.set(n, allocate());
    const pages = pageKids(pdf);
    const footerFormOf = new Map<number, number>();
    for (const page of pages) {
      const resources = refIn(pdf.objects.get(page)?.dict ?? '', 'Resources');
      const form = footerForms[pageAt++]?.form;
      if (resources === undefined || form === undefined || footerFormOf.has(resources)) {
        throw new PdfJoinError('a page has no resources of its own.');
      }
      footerFormOf.set(resources, form);
    }
    const outlineDict = ownOutline === undefined ? '' : (pdf.objects.get(ownOutline)?.dict ?? '');
    const firstItem = refIn(outlineDict, 'First');
    const lastItem = refIn(outlineDict, 'Last');
    return {
      pdf,
      map,
      skip,
      pages,
      footerFormOf,
      ...(firstItem !== undefined ? { firstItem } : {}),
      ...(lastItem !== undefined ? { lastItem } : {}),
    };
  });
  const withOutline = plans.filter((p) => p.firstItem !== undefined && p.lastItem !== undefined);
  const newNumber = (plan: PartPlan, n: number): number => {
    const mapped = plan.map.get(n);
    if (mapped === undefined) throw new PdfJoinError(`a part refers to object ${n}, which it does not have.`);
    return mapped;
  };

  const chunks: Uint8Array[] = [];
  let offset = 0;
  const offsets: number[] = [];
  const push = (bytes: Uint8Array): void => {
    chunks.push(bytes);
    offset += bytes.length;
  };
  const pushText = (text: string): void => {
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
    push(bytes);
  };
  const write = (n: number, dict: string, stream?: Uint8Array): void => {
    offsets[n] = offset;
    if (stream) {
      pushText(`${n} 0 obj\n${dict}\nstream\n`);
      push(stream);
      pushText('\nendstream\nendobj\n');
    } else {
      pushText(`${n} 0 obj\n${dict}\nendobj\n`);
    }
  };

  // Same header as pdfkit's: the binary comment line PDF/A-1 asks for (ISO 19005-1 6.1.2).
  pushText('%PDF-1.4\n%\xff\xff\xff\xff\n');
  const paint = new TextEncoder().encode('q /DpoDeskFooter Do Q');
  write(paintFooter, `<<\n/Length ${paint.length}\n>>`, paint);
  for (const f of footerForms) write(f.form, mapRefs(f.dict, footerNumber), f.stream);
  let tagCounter = 0;
  const subsetTag = (): string => {
    let k = tagCounter++;
    let tag = '';
    for (let d = 0; d < 6; d++, k = Math.floor(k / 26)) tag = String.fromCharCode(65 + (k % 26)) + tag;
    return tag;
  };
  // Each document subsets its fonts on its own: give every subset a tag of its own (ISO 32000-1 9.6.4).
  const retagger = () => {
    const tags = new Map<string, string>();
    return (dict: string): string =>
      /\/FontName \/|\/BaseFont \//.test(dict)
        ? dict.replace(/\/([A-Z]{6})\+/g, (_, tag: string) => {
            let own = tags.get(tag);
            if (own === undefined) tags.set(tag, (own = subsetTag()));
            return `/${own}+`;
          })
        : dict;
  };
  const retagFooter = retagger();
  for (const [n, mapped] of footerMap) {
    const object = footerPdf.objects.get(n);
    if (object) write(mapped, retagFooter(mapRefs(object.dict, footerNumber)), object.stream);
  }

  const destinations: { name: string; dest: string }[] = [];
  plans.forEach((plan, index) => {
    const { pdf } = plan;
    const number = (n: number): number => newNumber(plan, n);
    const retag = retagger();
    const pages = new Set(plan.pages);
    const at = withOutline.indexOf(plan);
    const previous = at > 0 ? withOutline[at - 1] : undefined;
    const following = at >= 0 ? withOutline[at + 1] : undefined;
    for (const [n, object] of pdf.objects) {
      if (plan.skip.has(n)) continue;
      let dict = retag(mapRefs(object.dict, number));
      if (pages.has(n)) {
        dict = dict.replace(/\/Contents (\d+) 0 R/, `/Contents [${paintFooter} 0 R $1 0 R]`);
      }
      const form = plan.footerFormOf.get(n);
      if (form !== undefined) {
        // The page's resources also name its footer (no page draws forms of its own under that name).
        dict = /\/XObject <</.test(dict)
          ? dict.replace('/XObject <<', `/XObject <<\n/DpoDeskFooter ${form} 0 R`)
          : withEntries(dict, `/XObject <<\n/DpoDeskFooter ${form} 0 R\n>>`);
      }
      if (n === plan.firstItem && previous?.lastItem !== undefined) {
        dict = withEntries(dict, `/Prev ${newNumber(previous, previous.lastItem)} 0 R`);
      }
      if (n === plan.lastItem && following?.firstItem !== undefined) {
        dict = withEntries(dict, `/Next ${newNumber(following, following.firstItem)} 0 R`);
      }
      write(number(n), dict, object.stream);
    }
    for (const d of destEntries(pdf)) destinations.push({ name: d.name, dest: mapRefs(d.dest, number) });
    void index;
  });

  const kids = plans.flatMap((plan) => plan.pages.map((n) => newNumber(plan, n)));
  write(pagesRoot, `<<\n/Type /Pages\n/Count ${kids.length}\n/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]\n>>`);
  const firstOutline = withOutline[0];
  const lastOutline = withOutline.at(-1);
  const outlineCount = withOutline.reduce((sum, plan) => {
    const root = refIn(plan.pdf.objects.get(plan.pdf.root)?.dict ?? '', 'Outlines');
    const dict = root === undefined ? '' : (plan.pdf.objects.get(root)?.dict ?? '');
    return sum + Number(/\/Count (-?\d+)/.exec(dict)?.[1] ?? '0');
  }, 0);
  write(
    outlineRoot,
    firstOutline?.firstItem !== undefined && lastOutline?.lastItem !== undefined
      ? `<<\n/Count ${outlineCount}\n/First ${newNumber(firstOutline, firstOutline.firstItem)} 0 R\n/Last ${newNumber(lastOutline, lastOutline.lastItem)} 0 R\n>>`
      : '<<\n/Count 0\n>>',
  );
  destinations.sort((a, b) => byBytes(a.name, b.name));
  const limits =
    destinations.length > 0
      ? `  /Limits [(${destinations[0]?.name ?? ''}) (${destinations.at(-1)?.name ?? ''})]\n`
      : '';
  write(
    namesObject,
    `<<\n/Dests <<\n${limits}  /Names [\n${destinations.map((d) => `    (${d.name}) ${d.dest}`).join('\n')}\n]\n>>\n>>`,
  );
  // The first part's catalog, pointing at the joined page tree, outline and names.
  const firstPlan = plans[0];
  if (!firstPlan) throw new PdfJoinError('there is no part.');
  let catalogDict = mapRefs(first.objects.get(first.root)?.dict ?? '', (n) => newNumber(firstPlan, n));
  if (!/\/Names \d+ 0 R/.test(catalogDict)) catalogDict = withEntries(catalogDict, `/Names ${namesObject} 0 R`);
  if (withOutline.length > 0 && !/\/Outlines \d+ 0 R/.test(catalogDict)) {
    catalogDict = withEntries(catalogDict, `/Outlines ${outlineRoot} 0 R\n/PageMode /UseOutlines`);
  }
  write(catalog, catalogDict);

  const xrefAt = offset;
  const xref: string[] = [`xref\n0 ${next}\n0000000000 65535 f \n`];
  for (let n = 1; n < next; n++) {
    if (offsets[n] === undefined) throw new PdfJoinError(`object ${n} was not written.`);
    xref.push(`${`0000000000${offsets[n]}`.slice(-10)} 00000 n \n`);
  }
  pushText(xref.join(''));
  pushText(
    `trailer\n<<\n/Size ${next}\n/Root ${catalog} 0 R\n/Info ${newNumber(firstPlan, first.info)} 0 R\n/ID ${first.id}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`,
  );
  const out = new Uint8Array(offset);
  let cursor = 0;
  for (const c of chunks) {
    out.set(c, cursor);
    cursor += c.length;
  }
  return out;
};
