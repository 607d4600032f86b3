import Ajv2020 from 'ajv/dist/2020';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controllerActivities, indexWorkspace, subProcessorsOf } from '../../domain';
import { DpoDeskDatabase } from '../db';
import { loadWorkspace } from '../repositories/workspace';
import { applyBackup } from './apply';
import { inspectBackup } from './inspect';

const run = promisify(execFile);
const schema = JSON.parse(readFileSync('docs/backup-format.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ strict: false, allErrors: true, logger: false }).compile(schema);

let db: DpoDeskDatabase;
let dir: string;
beforeEach(async () => {
  db = new DpoDeskDatabase(`independent-${crypto.randomUUID()}`);
  await db.open();
  dir = await mkdtemp(join(tmpdir(), 'dpo-desk-independent-'));
});
afterEach(async () => {
  await db.delete();
  await rm(dir, { recursive: true, force: true });
});

describe('a backup written from the documentation alone', () => {
  it('passes the published JSON Schema and restores through the real restore, links and all', async () => {
    const out = join(dir, 'independent.json');
    // The writer shares no code with the app: node:crypto and the documented format only.
    await run(process.execPath, ['test/fixtures/independent-writer.mjs', out]);
    const bytes = new Uint8Array(await readFile(out));
    expect(validate(JSON.parse(new TextDecoder().decode(bytes)))).toBe(true);

    const inspected = await inspectBackup(bytes, { db });
    if (!inspected.ok) throw new Error(`${inspected.error.message} ${JSON.stringify(inspected.error.problems)}`);
    await applyBackup(db, inspected.plan, { onConflict: 'replace', backupFirst: false });

    const organisation = (await db.organisations.toArray())[0];
    expect(organisation?.name).toBe('Independent Bakery Ltd');
    const ws = await loadWorkspace(db, organisation?.id ?? '');
    const [activity] = controllerActivities(ws);
    const index = indexWorkspace(ws);
    const hosting = index.processors.get(activity?.processorIds[0] ?? '');
    expect(hosting?.name).toBe('Oven Cloud SAS');
    expect(subProcessorsOf(hosting?.id ?? '', ws.processors).map((p) => p.name)).toEqual(['Cold Storage GmbH']);
    expect(index.transfers.get(activity?.transferIds[0] ?? '')?.recipientName).toBe('Mailer Inc.');
    expect(index.securityMeasures.get(activity?.securityMeasureIds[0] ?? '')?.title).toBe('Encryption of backups');
    // Defaults the writer left out were filled in by the domain schemas.
    expect(activity?.status).toBe('draft');
    expect(hosting?.dpa.signed).toBe(false);
  });

  it('every backup the app wrote before (the fixtures) passes the published JSON Schema', () => {
    for (const name of ['format1-schema2-all.json', 'format1-schema2-workspace-encrypted.json']) {
      const file = JSON.parse(readFileSync(join('test/fixtures/backups', name), 'utf8')) as unknown;
      expect({ name, valid: validate(file), errors: validate.errors ?? null }).toEqual({
        name,
        valid: true,
        errors: null,
      });
    }
  });
});
