import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import { DpoDeskDatabase } from '../db';
import { applyBackup } from './apply';
import { createBackup } from './create';
import { dataChecksum, utf8Encode } from './encoding';
import { inspectBackup, type BackupErrorKind, type InspectResult } from './inspect';
import { dumpEverything } from './database-dump';

/**
 * Thousands of hostile files against one database: whatever the input, inspectBackup answers
 * with a typed result (never throws), and a refusal leaves the database exactly as it was.
 */
const KINDS: readonly BackupErrorKind[] = [
  'not-a-backup',
  'corrupt',
  'password-required',
  'wrong-password-or-tampered',
  'checksum-mismatch',
  'newer-version',
  'invalid',
];

let db: DpoDeskDatabase;
let source: DpoDeskDatabase;
let validBytes: Uint8Array;
let validFile: Record<string, unknown>;
let encryptedFile: Record<string, unknown>;
let baseline: string;

beforeAll(async () => {
  source = new DpoDeskDatabase(`prop-src-${crypto.randomUUID()}`);
  await buildSampleWorkspace(source, 'Source SA');
  db = new DpoDeskDatabase(`prop-db-${crypto.randomUUID()}`);
  await buildSampleWorkspace(db, 'Target SARL');
  validBytes = await createBackup(source, { kind: 'all' }, { appVersion: '0.1.0' });
  validFile = JSON.parse(new TextDecoder().decode(validBytes));
  encryptedFile = JSON.parse(
    new TextDecoder().decode(await createBackup(source, { kind: 'all' }, { appVersion: '0.1.0', password: 'pw' })),
  );
  baseline = await dumpEverything(db);
});
afterAll(async () => {
  await db.delete();
  await source.delete();
});

const expectTyped = (r: InspectResult): void => {
  if (r.ok) return;
  expect(KINDS).toContain(r.error.kind);
  expect(r.error.message.length).toBeGreaterThan(10);
  for (const p of r.error.problems ?? []) expect(typeof p.path).toBe('string');
};

const inspectAndCheck = async (bytes: Uint8Array, password?: string): Promise<InspectResult> => {
  const r = await inspectBackup(bytes, password === undefined ? { db } : { db, password });
  expectTyped(r);
  expect(await dumpEverything(db)).toBe(baseline);
  return r;
};

/** Every path in a JSON value, so a mutation can land anywhere (header, record, nested field). */
const pathsOf = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])));
  if (value !== null && typeof value === 'object')
    return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
};

const setAt = (root: unknown, path: (string | number)[], value: unknown): unknown => {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
};

const bytesOf = (v: unknown): Uint8Array => utf8Encode(JSON.stringify(v));
const dataPaths = () => pathsOf(validFile.data, ['data']);
const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));

describe('inspectBackup against hostile input', () => {
  it('answers any random bytes with a typed refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect((await inspectAndCheck(bytes)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('answers any random JSON, including look-alike headers, with a typed refusal', async () => {
    const header = fc.record(
      {
        format: fc.oneof(fc.constant('dpo-desk-backup'), fc.string()),
        formatVersion: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.jsonValue()),
        schemaVersion: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.jsonValue()),
        encrypted: fc.jsonValue(),
        data: fc.jsonValue({ maxDepth: 3 }),
        checksum: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), header), async (value) => {
        expect((await inspectAndCheck(bytesOf(value))).ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses every truncated backup as damaged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: validBytes.length - 2 }), async (cut) => {
        const r = await inspectAndCheck(validBytes.subarray(0, cut));
        expect(r.ok ? 'ok' : r.error.kind).toMatch(cut < 20 ? /corrupt|not-a-backup/ : /corrupt/);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses any edit of the data as altered (checksum), whatever the path and value', async () => {
    const paths = dataPaths().filter((p) => p.length > 1);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: paths.length - 1 }), replacement, async (i, value) => {
        const mutated = setAt(validFile, paths[i]!, value);
        const r = await inspectAndCheck(bytesOf(mutated));
        const changed = JSON.stringify(mutated) !== JSON.stringify(validFile);
        if (changed) expect(r.ok ? 'ok' : r.error.kind).toBe('checksum-mismatch');
      }),
      { numRuns: 300 },
    );
  });

  it('validates wrong types at random paths (checksum forged) and names the path', async () => {
    const paths = dataPaths().filter((p) => p.length > 3);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: paths.length - 1 }), replacement, async (i, value) => {
        const mutated = setAt(validFile, paths[i]!, value) as Record<string, unknown>;
        const forged = { ...mutated, checksum: { algorithm: 'SHA-256', value: await dataChecksum(mutated.data) } };
        const r = await inspectAndCheck(bytesOf(forged));
        if (!r.ok) {
          expect(r.error.kind).toBe('invalid');
          expect(r.error.problems?.length).toBeGreaterThan(0);
          for (const p of r.error.problems ?? []) expect(p.path).toMatch(/^data\.[a-zA-Z]+/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses random header edits with a typed error', async () => {
    const paths = pathsOf(validFile).filter((p) => p.length > 0 && p[0] !== 'data');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: paths.length - 1 }), replacement, async (i, value) => {
        await inspectAndCheck(bytesOf(setAt(validFile, paths[i]!, value)));
      }),
      { numRuns: 200 },
    );
  });

  it('never crashes on flipped bytes anywhere in the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: validBytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        async (flips) => {
          const bytes = new Uint8Array(validBytes);
          for (const [at, b] of flips) bytes[at] = b;
          await inspectAndCheck(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses an encrypted backup edited anywhere (few runs: each costs a PBKDF2 derivation)', async () => {
    const paths = pathsOf(encryptedFile).filter((p) => p.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: paths.length - 1 }), fc.jsonValue({ maxDepth: 1 }), async (i, value) => {
        const mutated = setAt(encryptedFile, paths[i]!, value);
        const r = await inspectAndCheck(bytesOf(mutated), 'pw');
        if (JSON.stringify(mutated) !== JSON.stringify(encryptedFile)) expect(r.ok).toBe(false);
      }),
      { numRuns: 12 },
    );
  });
});

describe('applyBackup all or nothing', () => {
  it('leaves the database unchanged when the write fails after any number of records', async () => {
    const r = await inspectBackup(validBytes, { db });
    if (!r.ok) throw new Error(r.error.message);
    const total = Object.values(r.plan.counts).reduce((a, b) => a + b, 0);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: total - 1 }),
        fc.constantFrom('replace', 'keep-both', 'skip') as fc.Arbitrary<'replace' | 'keep-both' | 'skip'>,
        async (failAfter, onConflict) => {
          let writes = 0;
          const tick = (): void => {
            if (writes++ >= failAfter) throw new Error('simulated crash');
          };
          const tables = [
            'organisations',
            'contacts',
            'activities',
            'recipients',
            'processors',
            'transfers',
            'securityMeasures',
            'documents',
            'auditLog',
            'snapshots',
          ];
          for (const t of tables) {
            db.table(t).hook('creating', tick);
            db.table(t).hook('updating', tick);
          }
          const result = await applyBackup(db, r.plan, { onConflict, backupFirst: false });
          for (const t of tables) {
            db.table(t).hook('creating').unsubscribe(tick);
            db.table(t).hook('updating').unsubscribe(tick);
          }
          expect(result.ok).toBe(false);
          expect(await dumpEverything(db)).toBe(baseline);
        },
      ),
      { numRuns: 40 },
    );
  });
});
