import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfText, qpdfCheck } from '../../../../../test/support/document-clients';
import { renderPdf } from '../pdf';
import { mergeLineInlines, type LaidOutInline } from './merge-inlines';
import { latin1Bytes } from './streams';

const META = { title: 'Speed', author: 'DPO Desk tests', subject: 'PDF speed-ups', language: 'en' } as const;

/** Every deflated stream of a PDF, inflated and read as Latin-1 text (content operators). */
const contentStreams = (pdf: Uint8Array): string => {
  const raw = new TextDecoder('latin1').decode(pdf);
  const out: string[] = [];
  for (const m of raw.matchAll(/\/FlateDecode[^]*?stream\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('\nendstream', start);
    out.push(new TextDecoder('latin1').decode(unzlibSync(pdf.subarray(start, end))));
  }
  return out.join('\n');
};
const count = (text: string, needle: RegExp): number => text.match(needle)?.length ?? 0;

const PARAGRAPH =
  'The controller keeps a record of processing activities under its responsibility. That record contains the name ' +
  'and contact details of the controller, the purposes of the processing, a description of the categories of data ' +
  'subjects and of the categories of personal data, the categories of recipients and, where possible, the envisaged ' +
  'time limits for erasure of the different categories of data.';

const word = (text: string, x: number, extra: Partial<LaidOutInline> = {}): LaidOutInline => ({
  text,
  x,
  width: text.length * 5,
  font: 'regular',
  fontSize: 9.5,
  color: 'black',
  opacity: 1,
  ...extra,
});

describe('PDF speed-ups', () => {
  it('joins touching, identically styled words and nothing else', () => {
    const a = word('Record ', 0);
    const b = word('of ', 35);
    const bold = word('processing ', 50, { font: 'bold' });
    const linked = word('Art. ', 105, { link: 'https://eur-lex.europa.eu' });
    const gap = word('30 ', 140);
    const merged = mergeLineInlines([a, b, bold, linked, gap, word('GDPR', 155)]);
    expect(merged.map((i) => i.text)).toEqual(['Record of ', 'processing ', 'Art. ', '30 GDPR']);
    expect(merged[0]).toMatchObject({ x: 0, width: 50 });
    // The laid-out words themselves are not changed.
    expect(a.text).toBe('Record ');
  });

  it('draws a plain paragraph with one text run per line, and it reads the same', async () => {
    const pdf = await renderPdf({ content: [{ text: PARAGRAPH }] }, META);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ').trim();
    expect(text).toContain(PARAGRAPH);
    const lines = (await pdfText(pdf)).split('\n').filter((l) => l.trim() && !/^\f?$/.test(l)).length;
    expect(count(contentStreams(pdf), /\] TJ/g)).toBeLessThanOrEqual(lines);
    expect((await qpdfCheck(pdf)).ok).toBe(true);
  });

  it('keeps per-word drawing where a reader would see it: links and justified lines', async () => {
    const pdf = await renderPdf(
      {
        content: [
          { text: 'see the register', link: 'https://example.org/register' },
          { text: PARAGRAPH, alignment: 'justify' },
        ],
      },
      META,
    );
    // pdfmake gives every word of a link its own annotation; joining words must not lose any.
    expect(count(new TextDecoder('latin1').decode(pdf), /\/URI \(https:\/\/example\.org\/register\)/g)).toBe(3);
    // Justified lines spread their words apart, so those words stay separate runs.
    expect(count(contentStreams(pdf), /\] TJ/g)).toBeGreaterThan(PARAGRAPH.split(' ').length / 2);
    expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toContain('envisaged time limits for erasure');
  });

  it('encodes text exactly as the binary encoding does', () => {
    expect([...latin1Bytes('BT\u00ff\u0100')]).toEqual([0x42, 0x54, 0xff, 0x00]);
  });
});
