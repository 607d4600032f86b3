/**
 * The letterhead's font for PDFs (issue 19): the command-line tool puts a register on a letterhead
 * with the firm's TrueType font (`--letterhead-font`), and the PDF carries that font, embedded
 * (pdffonts), for its text, and still passes PDF/A-1b (PDFBox Preflight). A refused font stops the
 * export with its reason and writes nothing. A register laid out in parts (the app's path for a
 * large one: parts joined, the footer document painted over them) takes the font too. Kept small: one example register, one Preflight run,
 * the 48 KB Hebrew Noto font (which has Latin letters too) as the firm's font.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLetterheadFont, withFontFile } from '../../renderer/src/data/letterhead/font';
import { readLetterhead } from '../../renderer/src/data/letterhead/read';
import { inProcessPdfPool } from '../../renderer/src/export/common/pdf/parts';
import { buildRegisterViewModel } from '../../renderer/src/export/register';
import { renderRegisterPdfInParts } from '../../renderer/src/export/register/pdf-parts';
import { pdfaPreflight, pdfText } from '../support/document-clients';
import { runExportCli } from '../support/export-cli';
import { richWorkspace } from './register-fixture';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const LETTERHEAD = join(__dirname, '../fixtures/letterheads/northbridge-legal.docx');
const FONT = require.resolve('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf');
/** Each case starts the command-line tool through tsx: seconds on a shared machine. */
const SLOW = 180_000;

/** pdffonts' table: one row per font, its name, type and whether it is embedded. */
const fontsOf = async (pdf: Uint8Array | string): Promise<{ name: string; type: string; embedded: boolean }[]> => {
  let path = pdf;
  if (typeof path !== 'string') {
    path = join(await mkdtemp(join(tmpdir(), 'letterhead-font-')), 'doc.pdf');
    await writeFile(path, pdf);
  }
  const { stdout } = await run('pdffonts', [path]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      const emb = /\b(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      return { name, type: rest.slice(0, 2).join(' '), embedded: emb?.[1] === 'yes' };
    });
};

describe('npm run export -- --letterhead … --letterhead-font', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'letterhead-font-'));
  });

  it(
    'writes the PDF in the firm’s font, embedded, still PDF/A-1b',
    async () => {
      const out = join(dir, 'register.pdf');
      const r = await runExportCli([
        '--example',
        'utixo',
        '--register',
        'controller',
        '--format',
        'pdf',
        '--lang',
        'en',
        '--out',
        out,
        '--letterhead',
        LETTERHEAD,
        '--letterhead-font',
        FONT,
      ]);
      expect(r.code, r.stderr).toBe(0);
      const pdf = new Uint8Array(await readFile(out));
      const fonts = await fontsOf(out);
      const firm = fonts.filter((f) => /\+NotoSansHebrew-Regular$/.test(f.name));
      expect(firm.length, JSON.stringify(fonts)).toBeGreaterThan(0);
      expect(firm.every((f) => f.embedded && f.type.startsWith('CID TrueType'))).toBe(true);
      // Every font is embedded (PDF/A-1b), and the text is no longer on Roboto's regular face.
      expect(fonts.every((f) => f.embedded)).toBe(true);
      expect(fonts.some((f) => /\+Roboto-Regular$/.test(f.name))).toBe(false);
      expect(await pdfText(pdf)).toContain('Northbridge Legal LLP');
      const preflight = await pdfaPreflight(pdf);
      expect(preflight.ok, preflight.output).toBe(true);
    },
    SLOW,
  );

  it(
    'refuses a font it cannot embed, with the reason, and writes nothing',
    async () => {
      const bad = join(dir, 'bad.ttf');
      await writeFile(bad, new Uint8Array(await readFile(FONT)).subarray(0, 4000));
      const out = join(dir, 'refused.pdf');
      const args = ['--example', 'utixo', '--register', 'controller', '--format', 'pdf', '--out', out];
      const r = await runExportCli([...args, '--letterhead', LETTERHEAD, '--letterhead-font', bad]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/The letterhead font ".*bad\.ttf" was refused: The font file is damaged or cut short/);
      expect(existsSync(out)).toBe(false);
      const alone = await runExportCli([...args, '--letterhead-font', FONT]);
      expect(alone.code).not.toBe(0);
      expect(alone.stderr).toContain('give it with --letterhead');
    },
    SLOW,
  );

  it(
    'lays a register out in parts on the firm’s font, embedded, still PDF/A-1b',
    async () => {
      const style = readLetterhead(new Uint8Array(await readFile(LETTERHEAD)), 'northbridge-legal.docx');
      const pdfFont = withFontFile(undefined, checkLetterheadFont(new Uint8Array(await readFile(FONT)), FONT));
      const ws = richWorkspace();
      const vm = buildRegisterViewModel(
        { ...ws, activities: ws.activities.slice(0, 2) },
        { register: 'controller', language: 'en', generatedOn: '2026-06-01' },
      );
      const pdf = await renderRegisterPdfInParts(
        vm,
        { houseStyle: { ...style, pdfFont } },
        { pool: inProcessPdfPool(), activitiesPerPart: 1 },
      );
      const fonts = await fontsOf(pdf);
      expect(
        fonts.some((f) => /\+NotoSansHebrew-Regular$/.test(f.name)),
        JSON.stringify(fonts),
      ).toBe(true);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      expect(await pdfText(pdf)).toContain('Northbridge Legal LLP');
      const preflight = await pdfaPreflight(pdf);
      expect(preflight.ok, preflight.output).toBe(true);
    },
    SLOW,
  );
});
