import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../fixtures/backups/sample-workspace';
import { runCli } from '../support/export-cli';
import { odsZipBomb } from '../support/hostile-files';
import { createBackup } from '../../renderer/src/data/backup/create';
import { inspectBackup } from '../../renderer/src/data/backup/inspect';
import { DpoDeskDatabase } from '../../renderer/src/data/db';
import { CLI_LIMITS } from '../../renderer/src/data/limits';
import { languageSchema } from '../../renderer/src/domain/common';
import { EXAMPLES } from '../../renderer/src/examples';
import {
  CLI_LANGUAGES,
  PASSWORD_VISIBLE_WARNING,
  parseArgs,
  resolvePassword,
  USAGE,
  UsageError,
} from '../../cli/export-args';
import { loadWorkspace } from '../../cli/export-core';

const cli = runCli;

let dir: string;
let encryptedPath: string;
let db: DpoDeskDatabase;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpo-desk-cli-'));
  db = new DpoDeskDatabase(`cli-${crypto.randomUUID()}`);
  await buildSampleWorkspace(db, 'Source SA');
  encryptedPath = path.join(dir, 'encrypted.json');
  await writeFile(encryptedPath, await createBackup(db, { kind: 'all' }, { appVersion: '0.1.0', password: 's3cret' }));
});
afterAll(async () => {
  await db.delete();
  await rm(dir, { recursive: true, force: true });
});

const exportArgs = (extra: string[] = []) =>
  parseArgs([encryptedPath, '--register', 'controller', '--format', 'docx', '--out', 'x.docx', ...extra]);

describe('npm run import', () => {
  it('turns a Windows-1252 CSV into a backup the app restores, with "Répondre aux demandes" intact', async () => {
    const csv = Uint8Array.from(
      [
        ...'Nom du traitement;Finalité du traitement;Base légale\nRépondre aux demandes;Droits des personnes;obligation légale\n',
      ].map((c) => ({ é: 0xe9, è: 0xe8 })[c] ?? c.charCodeAt(0)),
    );
    const input = path.join(dir, 'registre.csv');
    const out = path.join(dir, 'imported.json');
    await writeFile(input, csv);
    const r = await cli('cli/import.ts', [input, '--out', out, '--organisation', 'Mairie de Sète']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 draft activities .* into "Mairie de Sète"/);
    expect(r.stderr).toContain('read as Windows-1252');
    const inspected = await inspectBackup(new Uint8Array(await readFile(out)));
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.plan.organisations.map((o) => o.name)).toEqual(['Mairie de Sète']);
    expect(inspected.plan.data.activities.map((a) => a.name)).toEqual(['Répondre aux demandes']);
  });

  it('refuses a zip bomb with the bound’s message and writes nothing', async () => {
    const input = path.join(dir, 'bomb.ods');
    const out = path.join(dir, 'bomb.json');
    await writeFile(input, odsZipBomb(2048));
    const r = await cli('cli/import.ts', [input, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unpacks to more than 100 MB/);
    await expect(readFile(out)).rejects.toThrow();
  });
});

describe('npm run export: the backup password', () => {
  it('comes from --password-file, never needing the command line', async () => {
    const file = path.join(dir, 'pw.txt');
    await writeFile(file, 's3cret\n');
    const out = path.join(dir, 'register.docx');
    const r = await cli('cli/export.ts', [
      encryptedPath,
      '--register',
      'controller',
      '--format',
      'docx',
      // The record is written in French: exported in French, nothing is untranslated to warn about.
      '--lang',
      'fr',
      '--out',
      out,
      '--password-file',
      file,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('comes from DPO_DESK_PASSWORD, and --password still works but warns it is visible', async () => {
    const warnings: string[] = [];
    const sources = { env: { DPO_DESK_PASSWORD: 'from-env' }, warn: (l: string) => warnings.push(l) };
    expect(await resolvePassword(exportArgs(), sources)).toBe('from-env');
    expect(warnings).toEqual([]);
    expect(await resolvePassword(exportArgs(['--password', 'typed']), { ...sources, env: {} })).toBe('typed');
    expect(warnings).toEqual([PASSWORD_VISIBLE_WARNING]);
  });

  it('is asked for when none is given and a terminal can answer', async () => {
    let asked = 0;
    const ws = await loadWorkspace(encryptedPath, 'Source SA', undefined, async () => {
      asked++;
      return 's3cret';
    });
    expect(asked).toBe(1);
    expect(ws.organisation.name).toBe('Source SA');
  });

  it('a backup asking for 2^53−1 rounds is named so, at once, not as a wrong password', async () => {
    const file = JSON.parse(await readFile(encryptedPath, 'utf8'));
    file.encryption.iterations = 2 ** 53 - 1;
    const forged = path.join(dir, 'forged.json');
    await writeFile(forged, JSON.stringify(file));
    const error = await loadWorkspace(forged, undefined, 's3cret').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      /^This backup asks for 9,007,199,254,740,991 key-derivation rounds; DPO Desk accepts at most 3,100,000/,
    );
  });
});

describe('npm run export: inputs and messages are bounded', () => {
  it('an input over the size bound is refused by its size, without being read', async () => {
    const big = path.join(dir, 'big.json');
    const handle = await open(big, 'w');
    await handle.truncate(CLI_LIMITS.maxInputBytes + 1); // sparse: no disk, no memory
    await handle.close();
    await expect(loadWorkspace(big)).rejects.toThrow(/DPO Desk reads backups and workspaces of at most 256 MB/);
  });

  it('a 1 MB value is quoted cut short, not whole', async () => {
    const plainPath = path.join(dir, 'plain.json');
    await writeFile(plainPath, await createBackup(db, { kind: 'all' }, { appVersion: '0.1.0' }));
    const error = await loadWorkspace(plainPath, 'N'.repeat(1_000_000)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^No organisation "N+…" in the backup. It holds: "Source SA"/);
    expect((error as Error).message.length).toBeLessThan(300);
  });
});

describe('--help', () => {
  it('prints each tool’s usage on standard output and succeeds, writing nothing', async () => {
    for (const [script, usage] of [
      ['cli/export.ts', /^Usage: npm run export -- <backup-or-workspace\.json> --register/],
      ['cli/import.ts', /^Usage: npm run import -- <register\.ods\|\.xlsx\|\.csv> --out/],
    ] as const) {
      for (const flag of ['--help', '-h']) {
        const r = await cli(script, [flag, '--out', path.join(dir, 'never-written')]);
        expect(r.code, `${script} ${flag}: ${r.stderr}`).toBe(0);
        expect(r.stdout).toMatch(usage);
        expect(r.stderr).toBe('');
      }
    }
    await expect(readFile(path.join(dir, 'never-written'))).rejects.toThrow(/ENOENT/);
  });
});

describe('npm run export: arguments', () => {
  it('offers and accepts exactly the languages a record is written in', () => {
    // The parser lists them itself (it runs before zod is loaded): the same list, in the same order.
    expect(CLI_LANGUAGES).toEqual(languageSchema.options);
    expect(() =>
      parseArgs(['ws.json', '--register', 'controller', '--format', 'pdf', '--lang', 'es', '--out', 'x.pdf']),
    ).toThrow('--lang must be one of en, fr, de, not "es".');
    expect(
      parseArgs(['ws.json', '--log', 'breaches', '--format', 'pdf', '--lang', 'de', '--out', 'x.pdf']).target,
    ).toEqual({ kind: 'log', log: 'breaches', format: 'pdf', language: 'de' });
  });

  it('names every bundled example in its usage, and no other', () => {
    // Written out too (the examples are loaded only for --example): the same slugs, in the same order.
    const listed = /--example <slug> exports a bundled example \(([^)]*)\)/.exec(USAGE)?.[1];
    expect(listed?.split(', ')).toEqual(EXAMPLES.map((e) => e.slug));
  });
});
