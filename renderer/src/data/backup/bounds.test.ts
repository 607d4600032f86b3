import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import { DpoDeskDatabase } from '../db';
import { BACKUP_LIMITS, PBKDF2_LIMITS } from '../limits';
import { createBackup } from './create';
import { dataChecksum, utf8Encode } from './encoding';
import { inspectBackup } from './inspect';

let source: DpoDeskDatabase;
let plain: Record<string, unknown>;
let encrypted: Record<string, unknown>;
let plainBytes: Uint8Array;

beforeAll(async () => {
  source = new DpoDeskDatabase(`bounds-${crypto.randomUUID()}`);
  await buildSampleWorkspace(source, 'Source SA');
  plainBytes = await createBackup(source, { kind: 'all' }, { appVersion: '0.1.0' });
  plain = JSON.parse(new TextDecoder().decode(plainBytes));
  encrypted = JSON.parse(
    new TextDecoder().decode(await createBackup(source, { kind: 'all' }, { appVersion: '0.1.0', password: 'pw' })),
  );
});
afterAll(async () => {
  await source.delete();
});

const withIterations = (iterations: number): Uint8Array =>
  utf8Encode(JSON.stringify({ ...encrypted, encryption: { ...(encrypted.encryption as object), iterations } }));

describe('key derivation is bounded', () => {
  it.each([
    [2 ** 53 - 1, '9,007,199,254,740,991'],
    [2_000_000_000, '2,000,000,000'],
  ])('%d rounds are refused by name before any derivation, not as a wrong password', async (iterations, words) => {
    const r = await inspectBackup(withIterations(iterations), { password: 'pw' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ kind: 'too-large', limit: 'kdf-iterations', max: PBKDF2_LIMITS.maxIterations });
    expect(r.error.message).toBe(
      `This backup asks for ${words} key-derivation rounds; DPO Desk accepts at most 3,100,000 (it writes 310,000). The file was not written by DPO Desk or was altered; nothing was changed.`,
    );
  });

  it('also without a password: the cost is named before one is asked for', async () => {
    const r = await inspectBackup(withIterations(2 ** 53 - 1));
    expect(r.ok ? '' : r.error.kind).toBe('too-large');
  });

  it('the bound is the app’s own cost × 10, and a file at the bound still opens', async () => {
    expect(PBKDF2_LIMITS.maxIterations).toBe(310_000 * 10);
    const r = await inspectBackup(withIterations(310_000), { password: 'pw' });
    expect(r.ok).toBe(true);
  });
});

describe('backup files are bounded', () => {
  it('a file over the size bound is refused by its size', async () => {
    const r = await inspectBackup(new Uint8Array(BACKUP_LIMITS.maxFileBytes + 1));
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'too-large', limit: 'file-size' });
    expect(r.ok ? '' : r.error.message).toMatch(/DPO Desk opens backups of at most 256 MB/);
  });

  it('JSON nested a hundred thousand deep is refused before it is walked (no stack overflow)', async () => {
    const deep = `{"format":"dpo-desk-backup","formatVersion":1,"data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = await inspectBackup(utf8Encode(deep));
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'too-large', limit: 'json-depth' });
  });

  it('a table of more records than the bound is refused by the count, before validation', async () => {
    const data = { ...(plain.data as object), activities: new Array(BACKUP_LIMITS.maxRecordsPerTable + 1).fill(0) };
    const file = { ...plain, data, checksum: { algorithm: 'SHA-256', value: await dataChecksum(data) } };
    const r = await inspectBackup(utf8Encode(JSON.stringify(file)));
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'too-large', limit: 'records' });
    expect(r.ok ? '' : r.error.message).toMatch(/holds 200,001 records in “activities”/);
  });

  it('a 1 MB field is quoted cut short in the problems, not whole in each', async () => {
    const data = plain.data as { activities: Record<string, unknown>[] };
    const bad = {
      ...data,
      activities: data.activities.map((a) => ({ ...a, name: 'N'.repeat(1_000_000), status: 'nonsense', kind: 7 })),
    };
    const file = { ...plain, data: bad, checksum: { algorithm: 'SHA-256', value: await dataChecksum(bad) } };
    const r = await inspectBackup(utf8Encode(JSON.stringify(file)));
    if (r.ok) throw new Error('accepted');
    const problems = r.error.problems ?? [];
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message.length).toBeLessThan(400);
    expect(problems[0]?.message).toContain('N'.repeat(100));
    expect(problems[0]?.message).toContain('…');
  });
});

describe('backup text encodings', () => {
  const utf16le = (bytes: Uint8Array, bom: boolean): Uint8Array =>
    new Uint8Array(Buffer.from(`${bom ? '\ufeff' : ''}${new TextDecoder().decode(bytes)}`, 'utf16le'));

  it.each([
    ['UTF-16 LE with a byte-order mark', (b: Uint8Array) => utf16le(b, true)],
    ['UTF-16 LE without one', (b: Uint8Array) => utf16le(b, false)],
    ['UTF-16 BE', (b: Uint8Array) => new Uint8Array(Buffer.from(utf16le(b, true)).swap16())],
    ['UTF-8 with a byte-order mark', (b: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...b])],
  ])('a backup re-saved as %s is read, not called damaged', async (_label, encode) => {
    const r = await inspectBackup(encode(plainBytes));
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
  });
});
