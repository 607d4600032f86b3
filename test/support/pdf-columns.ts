/**
 * The text of each half of a PDF's pages, as poppler places its words (`pdftotext -bbox`): what a
 * reader sees in the left and in the right column of a document laid out in two columns (the
 * bilingual documents, #19). Words are put back in reading order, line by line, in each half.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface Word {
  x: number;
  y: number;
  text: string;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

const lines = (words: Word[]): string => {
  const sorted = [...words].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: string[][] = [];
  let lastY = Number.NEGATIVE_INFINITY;
  for (const w of sorted) {
    // Words of one line share their top within a point or two (superscripts, mixed sizes).
    if (w.y - lastY > 2 || out.length === 0) out.push([]);
    out.at(-1)?.push(w.text);
    lastY = w.y;
  }
  return out.map((l) => l.join(' ')).join('\n');
};

/** The left and right halves' text of every page, pages one after the other. */
export const pdfColumns = async (pdf: Uint8Array): Promise<{ left: string; right: string }> => {
  const dir = await mkdtemp(join(tmpdir(), 'dpo-desk-cols-'));
  try {
    const path = join(dir, 'doc.pdf');
    await writeFile(path, pdf);
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const left: string[] = [];
    const right: string[] = [];
    for (const page of stdout.split('<page ').slice(1)) {
      const width = Number(/width="([\d.]+)"/.exec(page)?.[1] ?? '0');
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
        text: decode(m[3] ?? ''),
      }));
      left.push(lines(words.filter((w) => w.x < width / 2)));
      right.push(lines(words.filter((w) => w.x >= width / 2)));
    }
    return { left: left.join('\n'), right: right.join('\n') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
