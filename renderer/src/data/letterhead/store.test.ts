import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSampleWorkspace } from '../../../../test/fixtures/backups/sample-workspace';
import { applyBackup } from '../backup/apply';
import { createBackupFile } from '../backup/create';
import { inspectBackup } from '../backup/inspect';
import { DpoDeskDatabase } from '../db';
import { checkLetterheadFont, withFontFile } from './font';
import { readLetterhead } from './read';
import {
  houseStyleFor,
  letterheadsOf,
  putLetterheadBack,
  removeLetterhead,
  saveLetterhead,
  setLetterheadFont,
} from './store';

const require = createRequire(import.meta.url);
const FIXTURES = join(__dirname, '../../../../test/fixtures/letterheads');
const style = (file: string) => readLetterhead(new Uint8Array(readFileSync(join(FIXTURES, file))), file);
const NORTHBRIDGE = style('northbridge-legal.docx');
const DUMONT = style('cabinet-dumont.docx');

const dbs: DpoDeskDatabase[] = [];
const freshDb = (): DpoDeskDatabase => {
  const db = new DpoDeskDatabase(`letterheads-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const firmOf = async (db: DpoDeskDatabase, organisationId: string) =>
  (await houseStyleFor(db, organisationId))?.header?.lines[0];

describe('letterheads kept in the app', () => {
  it('an organisation’s own letterhead wins over the one for all; a new import replaces its place; removal can be undone', async () => {
    const db = freshDb();
    const tixeo = await buildSampleWorkspace(db);
    const utixo = await buildSampleWorkspace(db, 'Utixo SARL');
    expect(await firmOf(db, tixeo)).toBeUndefined();

    await saveLetterhead(db, {
      place: { kind: 'all' },
      fileName: 'C:\\Firm\\northbridge.docx',
      sizeBytes: 38_837,
      style: NORTHBRIDGE,
    });
    const own = await saveLetterhead(db, {
      place: { kind: 'organisation', organisationId: tixeo },
      fileName: 'dumont.dotx',
      sizeBytes: 38_661,
      style: DUMONT,
    });
    expect(own.fileName).toBe('dumont.dotx');
    expect(await firmOf(db, tixeo)).toBe('Cabinet Dumont Avocats');
    expect(await firmOf(db, utixo)).toBe('Northbridge Legal LLP');
    const both = await letterheadsOf(db, tixeo);
    expect(both.all?.fileName).toBe('northbridge.docx');
    expect(both.inUse?.id).toBe(own.id);

    // A second import for every organisation takes the first one's place: still one per place.
    await saveLetterhead(db, { place: { kind: 'all' }, fileName: 'dumont.docx', sizeBytes: 1, style: DUMONT });
    expect(await db.letterheads.count()).toBe(2);
    expect(await firmOf(db, utixo)).toBe('Cabinet Dumont Avocats');

    const removed = await removeLetterhead(db, own.id);
    expect(await firmOf(db, tixeo)).toBe('Cabinet Dumont Avocats'); // now the one for all
    expect((await letterheadsOf(db, tixeo)).own).toBeUndefined();
    if (!removed) throw new Error('Nothing was removed.');
    await putLetterheadBack(db, removed);
    expect((await letterheadsOf(db, tixeo)).own?.id).toBe(own.id);
  });

  it('a bad record changes nothing: a name out of bounds is refused before anything is written', async () => {
    const db = freshDb();
    await expect(
      saveLetterhead(db, {
        place: { kind: 'all' },
        fileName: 'x.docx',
        sizeBytes: 1,
        style: { ...NORTHBRIDGE, name: '' },
      }),
    ).rejects.toThrow();
    expect(await db.letterheads.count()).toBe(0);
  });

  it('travels with the backups: an organisation’s own in its workspace file, the one for all in the file of everything', async () => {
    const source = freshDb();
    const tixeo = await buildSampleWorkspace(source);
    await saveLetterhead(source, {
      place: { kind: 'all' },
      fileName: 'northbridge.docx',
      sizeBytes: 1,
      style: NORTHBRIDGE,
    });
    await saveLetterhead(source, {
      place: { kind: 'organisation', organisationId: tixeo },
      fileName: 'dumont.docx',
      sizeBytes: 1,
      style: DUMONT,
    });

    const workspaceFile = await createBackupFile(
      source,
      { kind: 'organisation', organisationId: tixeo },
      { appVersion: 'test' },
    );
    const everything = await createBackupFile(
      source,
      { kind: 'all' },
      { appVersion: 'test', password: 'a long backup password' },
    );

    const one = await inspectBackup(workspaceFile.bytes);
    if (!one.ok) throw new Error(one.error.message);
    expect(one.plan.data.letterheads?.map((l) => l.fileName)).toEqual(['dumont.docx']);
    const target = freshDb();
    expect((await applyBackup(target, one.plan, { onConflict: 'replace', backupFirst: false })).ok).toBe(true);
    expect(await firmOf(target, tixeo)).toBe('Cabinet Dumont Avocats');
    expect((await letterheadsOf(target, tixeo)).all).toBeUndefined();

    const all = await inspectBackup(everything.bytes, { password: 'a long backup password' });
    if (!all.ok) throw new Error(all.error.message);
    const restored = freshDb();
    expect((await applyBackup(restored, all.plan, { onConflict: 'replace', backupFirst: false })).ok).toBe(true);
    expect(await restored.letterheads.toArray()).toEqual(await source.letterheads.toArray());
    // Restored again over itself, 'replace' keeps one per place; 'skip' keeps what is there.
    await saveLetterhead(restored, { place: { kind: 'all' }, fileName: 'later.docx', sizeBytes: 1, style: DUMONT });
    await applyBackup(restored, all.plan, { onConflict: 'skip', backupFirst: false });
    expect((await letterheadsOf(restored, tixeo)).all?.fileName).toBe('later.docx');
    await applyBackup(restored, all.plan, { onConflict: 'replace', backupFirst: false });
    expect((await letterheadsOf(restored, tixeo)).all?.fileName).toBe('northbridge.docx');
    expect(await restored.letterheads.count()).toBe(2);
  });

  it('keeps the letterhead’s font for PDFs, which a backup carries and restores as it was', async () => {
    const source = freshDb();
    const tixeo = await buildSampleWorkspace(source);
    const record = await saveLetterhead(source, {
      place: { kind: 'all' },
      fileName: 'northbridge.docx',
      sizeBytes: 1,
      style: NORTHBRIDGE,
    });
    const fontFile = (path: string) =>
      checkLetterheadFont(new Uint8Array(readFileSync(require.resolve(path))), path.replace(/^.*\//, ''));
    const font = withFontFile(
      withFontFile(undefined, fontFile('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf')),
      fontFile('@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf'),
    );
    await setLetterheadFont(source, record.id, font);
    expect((await houseStyleFor(source, tixeo))?.pdfFont).toEqual(font);

    const file = await createBackupFile(source, { kind: 'all' }, { appVersion: 'test' });
    const inspected = await inspectBackup(file.bytes);
    if (!inspected.ok) throw new Error(inspected.error.message);
    const restored = freshDb();
    expect((await applyBackup(restored, inspected.plan, { onConflict: 'replace', backupFirst: false })).ok).toBe(true);
    const back = (await houseStyleFor(restored, tixeo))?.pdfFont;
    expect(back?.family).toBe('Noto Sans Hebrew');
    expect(back).toEqual(font);

    // Removed, the record is as before the font; a letterhead stored without one stays valid.
    await setLetterheadFont(source, record.id, undefined);
    expect((await source.letterheads.get(record.id))?.style).toEqual(NORTHBRIDGE);
    await expect(setLetterheadFont(source, 'gone', font)).rejects.toThrow(/no longer stored/);
  });

  it('refuses a backup with two letterheads for the same place, naming it', async () => {
    const source = freshDb();
    await buildSampleWorkspace(source);
    const first = await saveLetterhead(source, {
      place: { kind: 'all' },
      fileName: 'a.docx',
      sizeBytes: 1,
      style: NORTHBRIDGE,
    });
    // Written past the repository, as a hand-edited file would hold it.
    await source.letterheads.add({ ...first, id: 'second' });
    const file = await createBackupFile(source, { kind: 'all' }, { appVersion: 'test' });
    const inspected = await inspectBackup(file.bytes);
    expect(inspected.ok).toBe(false);
    if (inspected.ok || inspected.error.kind !== 'invalid') return;
    expect((inspected.error.problems ?? []).map((p) => p.message).join('\n')).toMatch(
      /second letterhead for every organisation/,
    );
  });
});
