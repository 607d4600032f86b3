import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { handleFileReading } from './file-reading-handler';

const require = createRequire(import.meta.url);
const font = (path: string): Uint8Array => new Uint8Array(readFileSync(require.resolve(path)));
const REGULAR = font('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf');
const BOLD = font('@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf');

describe('file-reading worker: the letterhead font for PDFs', () => {
  it('checks a face and joins it to the font the letterhead already has', async () => {
    const first = await handleFileReading({ kind: 'letterheadFont', bytes: REGULAR, fileName: 'firm.ttf' });
    if (first.kind !== 'letterheadFont' || !first.result.ok) throw new Error('The regular face was refused.');
    expect(first.result.font.family).toBe('Noto Sans Hebrew');
    const second = await handleFileReading({
      kind: 'letterheadFont',
      bytes: BOLD,
      fileName: 'firm-bold.ttf',
      current: first.result.font,
    });
    if (second.kind !== 'letterheadFont' || !second.result.ok) throw new Error('The bold face was refused.');
    expect(Object.keys(second.result.font.faces).sort()).toEqual(['bold', 'normal']);
  });

  it('answers a refusal with its reason, not a failure of the worker', async () => {
    const reply = await handleFileReading({
      kind: 'letterheadFont',
      bytes: REGULAR.slice(0, 2000),
      fileName: 'cut.ttf',
    });
    expect(reply).toMatchObject({ kind: 'letterheadFont', result: { ok: false, problem: 'damaged' } });
  });
});
