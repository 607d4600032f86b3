import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import { CURRENT_SCHEMA_VERSION, DpoDeskDatabase } from '../db';
import { createRepositories } from '../repositories';
import { applyBackup, type ApplyProgress } from './apply';
import { createBackup, createBackupFile, dumpScope } from './create';
import {
  canonicalJson,
  dataChecksum,
  dataChecksumMatches,
  legacyCanonicalJson,
  sha256Hex,
  utf8Encode,
} from './encoding';
import { backupFileSchema, backupJsonSchema } from './format';
import { inspectBackup, type InspectResult } from './inspect';
import { dumpEverything } from './database-dump';

let db: DpoDeskDatabase;
let target: DpoDeskDatabase;
let orgId: string;
const appVersion = '0.1.0';

beforeEach(async () => {
  db = new DpoDeskDatabase(`backup-${crypto.randomUUID()}`);
  target = new DpoDeskDatabase(`target-${crypto.randomUUID()}`);
  orgId = await buildSampleWorkspace(db);
});
afterEach(async () => {
  await db.delete();
  await target.delete();
});

const json = (bytes: Uint8Array): Record<string, unknown> => JSON.parse(new TextDecoder().decode(bytes));
const bytesOf = (file: unknown): Uint8Array => utf8Encode(JSON.stringify(file));
const errorKind = (r: InspectResult): string => (r.ok ? 'ok' : r.error.kind);
const planOf = (r: InspectResult) => {
  if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.message}`);
  return r.plan;
};

describe('backup file', () => {
  it('writes the documented envelope, valid against the schema, with the checksum of its data', async () => {
    const bytes = await createBackup(db, { kind: 'organisation', organisationId: orgId }, { appVersion });
    const file = json(bytes);
    expect(backupFileSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({
      format: 'dpo-desk-backup',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion,
      encrypted: false,
      scope: { kind: 'organisation', organisationId: orgId },
    });
    expect((file.checksum as { value: string }).value).toBe(await dataChecksum(file.data));
    const data = file.data as Record<string, unknown[]>;
    expect(data.activities).toHaveLength(2);
    expect(data.auditLog?.length).toBeGreaterThan(5);
  });

  it('keeps docs/backup-format.schema.json equal to the schema the code validates with', () => {
    const committed = JSON.parse(readFileSync('docs/backup-format.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(backupJsonSchema())));
  });

  it('writes canonical JSON exactly as RFC 8785 (JCS): its examples, and integer-like names in code-unit order', () => {
    // RFC 8785 §3.2.2: literals, numbers as ECMAScript writes them, minimal string escaping.
    expect(canonicalJson(JSON.parse('[null, true, false]'))).toBe('[null,true,false]');
    expect(
      canonicalJson(JSON.parse('{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001]}')),
    ).toBe('{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}');
    expect(canonicalJson(JSON.parse('{"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/"}'))).toBe(
      '{"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
    // RFC 8785 §3.2.3: members sorted by UTF-16 code units.
    const sorting = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    const expectedOrder: [string, string][] = [
      ['\r', 'Carriage Return'],
      ['1', 'One'],
      ['\u0080', 'Control'],
      ['\u00f6', 'Latin Small Letter O With Diaeresis'],
      ['\u20ac', 'Euro Sign'],
      ['\ud83d\ude00', 'Emoji: Grinning Face'],
      ['\ufb33', 'Hebrew Letter Dalet With Dagesh'],
    ];
    expect(canonicalJson(sorting)).toBe(
      `{${expectedOrder.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
    );
    // JavaScript enumerates "9" before "10"; RFC 8785 compares code units, so "10" comes first.
    expect(canonicalJson({ a: 3, 9: 2, 10: 1 })).toBe('{"10":1,"9":2,"a":3}');
    expect(legacyCanonicalJson({ a: 3, 9: 2, 10: 1 })).toBe('{"9":2,"10":1,"a":3}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/NaN/);
  });

  it('still verifies a file whose checksum was computed over the legacy canonical form', async () => {
    const data = { overrides: { 9: 'nine', 10: 'ten' } };
    const legacy = await sha256Hex(legacyCanonicalJson(data));
    expect(legacy).not.toBe(await dataChecksum(data));
    expect(await dataChecksumMatches(data, legacy)).toBe(true);
    expect(await dataChecksumMatches(data, await dataChecksum(data))).toBe(true);
    expect(await dataChecksumMatches({ overrides: { 9: 'nine', 10: 'TEN' } }, legacy)).toBe(false);
  });

  it('has the same checksum whatever the key order (canonical JSON)', async () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":2,"f":1}]},"b":1}',
    );
    expect(await dataChecksum({ x: 1, y: 2 })).toBe(await dataChecksum({ y: 2, x: 1 }));
  });

  it('encrypts with a password: right password opens it, wrong password and edits are refused', async () => {
    const bytes = await createBackup(db, { kind: 'all' }, { appVersion, password: 'correct horse' });
    const file = json(bytes);
    expect(file.encrypted).toBe(true);
    expect(file.data).toBeUndefined();
    expect(new TextDecoder().decode(bytes)).not.toContain('Gestion de la paie');
    expect((file.encryption as { iterations: number }).iterations).toBeGreaterThanOrEqual(310_000);

    const plan = planOf(await inspectBackup(bytes, { password: 'correct horse' }));
    expect(plan.data.activities.map((a) => a.name).sort()).toEqual(['Gestion de la paie', 'Hosting for clients']);

    expect(errorKind(await inspectBackup(bytes))).toBe('password-required');
    const wrong = await inspectBackup(bytes, { password: 'Correct horse' });
    expect(errorKind(wrong)).toBe('wrong-password-or-tampered');
    expect(wrong.ok ? '' : wrong.error.message).toMatch(/password is wrong, or the file was altered/);
    // The header is bound to the ciphertext: editing it is detected like editing the content.
    const edited = bytesOf({ ...file, createdAt: '2020-01-01T00:00:00.000Z' });
    expect(errorKind(await inspectBackup(edited, { password: 'correct horse' }))).toBe('wrong-password-or-tampered');
    const ct = file.ciphertext as string;
    const flipped = bytesOf({ ...file, ciphertext: (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1) });
    expect(errorKind(await inspectBackup(flipped, { password: 'correct horse' }))).toBe('wrong-password-or-tampered');
    const weakened = bytesOf({ ...file, encryption: { ...(file.encryption as object), iterations: 1000 } });
    expect(errorKind(await inspectBackup(weakened, { password: 'correct horse' }))).toBe('invalid');
  });

  it('tells a foreign file, a damaged file, an edited file and a newer file apart', async () => {
    const bytes = await createBackup(db, { kind: 'all' }, { appVersion });
    const file = json(bytes);
    expect(errorKind(await inspectBackup(utf8Encode('name,purpose\nPayroll,Pay')))).toBe('not-a-backup');
    expect(errorKind(await inspectBackup(bytesOf({ format: 'excalidraw', data: {} })))).toBe('not-a-backup');
    expect(errorKind(await inspectBackup(bytes.subarray(0, bytes.length - 40)))).toBe('corrupt');
    const data = file.data as { organisations: { name: string }[] };
    const altered = structuredClone(data);
    altered.organisations[0]!.name = 'Someone else';
    expect(errorKind(await inspectBackup(bytesOf({ ...file, data: altered })))).toBe('checksum-mismatch');
    for (const newer of [{ formatVersion: 2 }, { schemaVersion: CURRENT_SCHEMA_VERSION + 1 }]) {
      const r = await inspectBackup(bytesOf({ ...file, ...newer }));
      expect(errorKind(r)).toBe('newer-version');
      expect(r.ok ? '' : r.error.message).toMatch(/newer version of DPO Desk/);
    }
  });

  it('reports every invalid record with its path and a plain message', async () => {
    const file = json(await createBackup(db, { kind: 'all' }, { appVersion }));
    const data = structuredClone(file.data) as { activities: Record<string, unknown>[] };
    const index = data.activities.findIndex((a) => a.kind === 'controller');
    (data.activities[index]!.purposes as { legalBasis: string }[])[0]!.legalBasis = 'because we can';
    data.activities[index]!.name = '';
    const forged = { ...file, data, checksum: { algorithm: 'SHA-256', value: await dataChecksum(data) } };
    const r = await inspectBackup(bytesOf(forged));
    expect(errorKind(r)).toBe('invalid');
    const problems = r.ok ? [] : (r.error.problems ?? []);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([`data.activities[${index}].purposes[0].legalBasis`, `data.activities[${index}].name`]),
    );
    expect(problems.find((p) => p.path.endsWith('.name'))?.message).toMatch(
      /Processing activity .*activity name is required/,
    );
  });

  it('refuses a transfer whose recipient or processor is not in the backup, naming the transfer', async () => {
    const file = json(await createBackup(db, { kind: 'all' }, { appVersion }));
    type Row = Record<string, unknown> & { id: string; organisationId: string };
    const forge = async (edit: (data: Record<string, Row[]>) => void) => {
      const data = structuredClone(file.data) as Record<string, Row[]>;
      edit(data);
      return inspectBackup(
        bytesOf({ ...file, data, checksum: { algorithm: 'SHA-256', value: await dataChecksum(data) } }),
      );
    };
    const problemsOf = (r: InspectResult) => (r.ok ? [] : (r.error.problems ?? []));
    // Linked to a recipient, or to a processor, of its organisation in the backup: restorable.
    const linked = await forge((d) => {
      d.transfers![0]!.recipientId = d.recipients![0]!.id;
    });
    expect(errorKind(linked)).toBe('ok');
    const toProcessor = await forge((d) => {
      d.transfers![0]!.processorId = d.processors![0]!.id;
    });
    expect(errorKind(toProcessor)).toBe('ok');
    // A recipient the backup does not hold, a processor of another organisation: refused.
    const dangling = await forge((d) => {
      d.transfers![0]!.recipientId = crypto.randomUUID();
    });
    expect(errorKind(dangling)).toBe('invalid');
    expect(problemsOf(dangling)).toEqual([
      {
        path: 'data.transfers[0].recipientId',
        message: 'Transfer 1 (“Banque de Genève”) goes to a recipient that is not in this backup.',
      },
    ]);
    const foreign = await forge((d) => {
      const other = { ...d.organisations![0]!, id: crypto.randomUUID(), name: 'Other SAS' };
      d.organisations!.push(other);
      d.processors!.push({ ...d.processors![0]!, id: crypto.randomUUID(), organisationId: other.id });
      d.transfers![0]!.processorId = d.processors!.at(-1)!.id;
    });
    expect(problemsOf(foreign).map((p) => p.message)).toEqual([
      'Transfer 1 (“Banque de Genève”) goes to a processor of another organisation.',
    ]);
  });

  it('fills defaults of an older, sparser file before validating (missing tables, missing deletedAt)', async () => {
    const file = json(await createBackup(db, { kind: 'organisation', organisationId: orgId }, { appVersion }));
    const data = structuredClone(file.data) as Record<string, Record<string, unknown>[]>;
    delete data.documents;
    delete data.snapshots;
    for (const c of data.contacts ?? []) delete c.deletedAt;
    const old = {
      ...file,
      schemaVersion: 1,
      data,
      checksum: { algorithm: 'SHA-256', value: await dataChecksum(data) },
    };
    const plan = planOf(await inspectBackup(bytesOf(old)));
    expect(plan.migratedFrom).toEqual({ formatVersion: 1, schemaVersion: 1 });
    expect(plan.data.documents).toEqual([]);
    expect(plan.data.contacts[0]?.deletedAt).toBeNull();
  });
});

describe('applyBackup', () => {
  it('restores everything into an empty database, reporting progress and writing audit entries', async () => {
    const bytes = await createBackup(db, { kind: 'all' }, { appVersion });
    const plan = planOf(await inspectBackup(bytes, { db: target }));
    expect(plan.conflicts).toEqual([]);
    const progress: ApplyProgress[] = [];
    const result = await applyBackup(target, plan, { onConflict: 'replace' }, (p) => progress.push(p));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.counts.byTable.activities.added).toBe(2);
    expect(result.counts.auditEntriesWritten).toBe(10);
    expect(await dumpScope(target, { kind: 'all' })).toMatchObject({
      organisations: plan.data.organisations,
      activities: plan.data.activities,
    });
    const total = Object.values(plan.counts).reduce((a, b) => a + b, 0);
    expect(progress.at(-1)).toEqual({ phase: 'done', done: total, total });
    const writing = progress.filter((p) => p.phase === 'writing').map((p) => p.done);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
  });

  it('counts the records in use and those in the Trash apart, and restores the deleted one into the Trash', async () => {
    const activities = await createRepositories(db).activities.list(orgId);
    const deleted = activities[0];
    if (!deleted) throw new Error('The sample workspace has no activity.');
    await createRepositories(db).activities.remove(deleted.id, deleted.revision);
    const plan = planOf(await inspectBackup(await createBackup(db, { kind: 'all' }, { appVersion }), { db: target }));
    expect(plan.counts.activities).toBe(activities.length);
    expect(plan.inTrash.activities).toBe(1);
    expect(plan.inTrash.organisations).toBe(0);
    const result = await applyBackup(target, plan, { onConflict: 'replace' });
    expect(result.ok).toBe(true);
    expect((await target.activities.get(deleted.id))?.deletedAt).not.toBeNull();
  });

  it('lists conflicts, and replace / skip / keep-both do what they say', async () => {
    const bytes = await createBackup(db, { kind: 'organisation', organisationId: orgId }, { appVersion });
    const repos = createRepositories(db);
    const [payroll] = (await repos.activities.list(orgId)).filter((a) => a.name === 'Gestion de la paie');
    await repos.activities.update(payroll!.id, { ...payroll!, name: 'Paie (renamed after the backup)' });

    const plan = planOf(await inspectBackup(bytes, { db }));
    expect(plan.conflicts.length).toBeGreaterThanOrEqual(10);
    expect(plan.conflicts).toContainEqual(
      expect.objectContaining({
        table: 'activities',
        existingTitle: 'Paie (renamed after the backup)',
        incomingTitle: 'Gestion de la paie',
      }),
    );

    const skipped = await applyBackup(db, plan, { onConflict: 'skip' });
    expect(skipped.ok && skipped.counts.added).toBe(0);
    expect((await repos.activities.get(payroll!.id))?.name).toBe('Paie (renamed after the backup)');

    const replaced = await applyBackup(db, plan, { onConflict: 'replace' });
    expect(replaced.ok && replaced.counts.replaced).toBe(1);
    expect((await repos.activities.get(payroll!.id))?.name).toBe('Gestion de la paie');

    const both = await applyBackup(db, plan, { onConflict: 'keep-both' });
    expect(both.ok && both.counts.rekeyed).toBe(10);
    const orgs = await db.organisations.toArray();
    expect(orgs).toHaveLength(2);
    const copyId = orgs.find((o) => o.id !== orgId)!.id;
    const copy = await dumpScope(db, { kind: 'organisation', organisationId: copyId });
    const copyIds = new Set(
      [...copy.processors, ...copy.recipients, ...copy.transfers, ...copy.securityMeasures].map((r) => r.id),
    );
    const copiedPayroll = copy.activities.find((a) => a.name === 'Gestion de la paie');
    expect(copiedPayroll && copiedPayroll.id !== payroll!.id).toBe(true);
    for (const id of [
      ...copiedPayroll!.processorIds,
      ...copiedPayroll!.transferIds,
      ...copiedPayroll!.securityMeasureIds,
    ])
      expect(copyIds.has(id)).toBe(true);
    const ovh = copy.processors.find((p) => p.name === 'OVH SAS');
    expect(copy.processors.find((p) => p.id === ovh?.parentProcessorId)?.name).toBe('LuxCloud S.A.');
    // Each run kept a safety backup of the whole database first.
    expect(await db.autoBackups.where('reason').equals('before-restore').count()).toBe(3);
  });

  it('writes nothing at all when one write fails mid-way', async () => {
    const plan = planOf(await inspectBackup(await createBackup(db, { kind: 'all' }, { appVersion }), { db: target }));
    const before = await dumpEverything(target);
    const fail = (): never => {
      throw new Error('disk full');
    };
    target.documents.hook('creating', fail);
    const result = await applyBackup(target, plan, { onConflict: 'replace', backupFirst: false });
    target.documents.hook('creating').unsubscribe(fail);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.message).toMatch(/nothing was changed: disk full/);
    expect(await dumpEverything(target)).toBe(before);
  });
});

describe('createBackupFile', () => {
  it('names the file after the workspace and the day', async () => {
    const made = await createBackupFile(
      db,
      { kind: 'organisation', organisationId: orgId },
      { appVersion, createdAt: '2026-11-22T10:00:00.000Z' },
    );
    expect(made.fileName).toBe('Tixeo-SAS-2026-11-22.dpodesk-backup.json');
  });
});
