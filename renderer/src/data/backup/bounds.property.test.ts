import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import { DpoDeskDatabase } from '../db';
import { PBKDF2_LIMITS } from '../limits';
import { createBackup } from './create';
import { dumpEverything } from './database-dump';
import { utf8Encode } from './encoding';
import { inspectBackup, type InspectResult } from './inspect';

/**
 * 400 hostile backups aimed at the bounds (with backup.property.test.ts's 2,152 and the 2,600
 * spreadsheets of import/hostile.property.test.ts: 5,152 files): key-derivation costs anywhere up
 * to 2^53−1, nesting, counts and encodings. Each case is guarded (10 s), answers with a typed
 * result, and the database it is checked against is never changed.
 */
const GUARD_MS = 10_000;
let db: DpoDeskDatabase;
let baseline: string;
let encrypted: Record<string, unknown>;
let plainText: string;

beforeAll(async () => {
  db = new DpoDeskDatabase(`bounds-prop-${crypto.randomUUID()}`);
  await buildSampleWorkspace(db, 'Cible SARL');
  baseline = await dumpEverything(db);
  plainText = new TextDecoder().decode(await createBackup(db, { kind: 'all' }, { appVersion: '0.1.0' }));
  encrypted = JSON.parse(
    new TextDecoder().decode(await createBackup(db, { kind: 'all' }, { appVersion: '0.1.0', password: 'pw' })),
  );
});
afterAll(async () => {
  await db.delete();
});

const guardedInspect = async (bytes: Uint8Array, password?: string): Promise<InspectResult> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within 10 s')), GUARD_MS);
  });
  try {
    const r = await Promise.race([inspectBackup(bytes, password === undefined ? { db } : { db, password }), hang]);
    if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
    return r;
  } finally {
    clearTimeout(timer);
  }
};

describe('hostile backups at the bounds', () => {
  it('any key-derivation cost above the bound is named, never tried, never "wrong password": 150 files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: PBKDF2_LIMITS.maxIterations + 1, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom(2 ** 53 - 1, 2_000_000_000, 2 ** 32, 2 ** 31),
        ),
        fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
        async (iterations, password) => {
          const file = { ...encrypted, encryption: { ...(encrypted.encryption as object), iterations } };
          const r = await guardedInspect(utf8Encode(JSON.stringify(file)), password);
          expect(r.ok ? null : r.error.kind).toBe('too-large');
          expect(r.ok ? null : r.error.limit).toBe('kdf-iterations');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('nesting anywhere in the file, at any depth: 100 files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom('[', '{"a":'),
        fc.nat({ max: plainText.length - 1 }),
        async (depth, open, at) => {
          const close = open === '[' ? ']' : '}';
          // Spliced in at a random place: valid JSON or not, it must never overflow the stack.
          const text = `${plainText.slice(0, at)}${open.repeat(depth)}1${close.repeat(depth)}${plainText.slice(at)}`;
          await guardedInspect(utf8Encode(text));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the backup in every encoding, cut anywhere: 150 files', async () => {
    const encodings: ((s: string) => Uint8Array)[] = [
      (s) => new Uint8Array(Buffer.from(s, 'utf16le')),
      (s) => new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le')),
      (s) => new Uint8Array(Buffer.from(`\ufeff${s}`, 'utf16le').swap16()),
      (s) => utf8Encode(`\ufeff${s}`),
      (s) => new Uint8Array(Buffer.from(s, 'latin1')),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: encodings.length - 1 }),
        fc.option(fc.nat({ max: plainText.length * 2 }), { nil: undefined }),
        async (which, cut) => {
          const bytes = encodings[which]!(plainText);
          const r = await guardedInspect(cut === undefined ? bytes : bytes.subarray(0, cut));
          // Whole, every encoding of the same backup reads (Latin-1 only differs in non-ASCII text).
          if (cut === undefined && which < 4) expect(r.ok).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    expect(await dumpEverything(db)).toBe(baseline);
  });
});
