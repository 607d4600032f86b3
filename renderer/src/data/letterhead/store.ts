import { newId } from '../../domain/ids';
import {
  letterheadInUse,
  letterheadRecordSchema,
  type HouseStyle,
  type LetterheadFont,
  type LetterheadRecord,
} from '../../domain/letterhead';
import { getDatabase, type DpoDeskDatabase } from '../db';

/**
 * The letterheads kept in the app (schema v5 table `letterheads`): at most one for every
 * organisation (`organisationId` null) and one per organisation. Every write parses the record
 * (the trust boundary) and replaces what was in the same place, in one transaction.
 */

/** Where a letterhead applies: every organisation, or one. */
export type LetterheadPlace = { kind: 'all' } | { kind: 'organisation'; organisationId: string };

const organisationOf = (place: LetterheadPlace): string | null => (place.kind === 'all' ? null : place.organisationId);

/** The one for every organisation and the organisation's own (either may be missing). */
export interface LetterheadsOf {
  all: LetterheadRecord | undefined;
  own: LetterheadRecord | undefined;
  /** What the organisation's documents go out on: its own, else the one for all. */
  inUse: LetterheadRecord | undefined;
}

/** Every letterhead a document of the organisation could use (the one for all has no index entry). */
const candidates = async (db: DpoDeskDatabase, organisationId: string | null): Promise<LetterheadRecord[]> => {
  // The table holds at most one per organisation plus one: reading it whole is cheap and finds the null one.
  const rows = await db.letterheads.toArray();
  return rows.filter((r) => r.organisationId === null || r.organisationId === organisationId);
};

export const letterheadsOf = async (db: DpoDeskDatabase, organisationId: string | null): Promise<LetterheadsOf> => {
  const rows = await candidates(db, organisationId);
  const all = rows.find((r) => r.organisationId === null);
  const own = organisationId === null ? undefined : rows.find((r) => r.organisationId === organisationId);
  return { all, own, inUse: own ?? all };
};

/** The house style an organisation's exports are built on, if any. Parsed: a damaged row is not used. */
export const houseStyleFor = async (db: DpoDeskDatabase, organisationId: string): Promise<HouseStyle | undefined> => {
  const record = letterheadInUse(await candidates(db, organisationId), organisationId);
  if (!record) return undefined;
  const parsed = letterheadRecordSchema.safeParse(record);
  return parsed.success ? parsed.data.style : undefined;
};

export interface LetterheadImport {
  place: LetterheadPlace;
  fileName: string;
  sizeBytes: number;
  style: HouseStyle;
  /** Defaults to now; fixed in tests. */
  importedAt?: string;
}

/** Keeps a read letterhead in its place, replacing the one there; returns the stored record. */
export const saveLetterhead = async (db: DpoDeskDatabase, input: LetterheadImport): Promise<LetterheadRecord> => {
  const record = letterheadRecordSchema.parse({
    id: newId(),
    organisationId: organisationOf(input.place),
    fileName: input.fileName.replace(/^.*[\\/]/, '').slice(0, 260),
    sizeBytes: input.sizeBytes,
    importedAt: input.importedAt ?? new Date().toISOString(),
    style: input.style,
  });
  await putInPlace(db, record);
  return record;
};

/** Writes a record, removing any other in the same place, in one transaction. */
const putInPlace = async (db: DpoDeskDatabase, record: LetterheadRecord): Promise<void> => {
  await db.transaction('rw', db.letterheads, async () => {
    const rows = await db.letterheads.toArray();
    const others = rows.filter((r) => r.organisationId === record.organisationId && r.id !== record.id);
    await db.letterheads.bulkDelete(others.map((r) => r.id));
    await db.letterheads.put(record);
  });
};

/**
 * Gives a stored letterhead its font for PDFs, or removes it (`undefined`); returns the record as
 * stored. A record that is gone or fails its schema is left as it is (the change throws).
 */
export const setLetterheadFont = async (
  db: DpoDeskDatabase,
  id: string,
  font: LetterheadFont | undefined,
): Promise<LetterheadRecord> =>
  db.transaction('rw', db.letterheads, async () => {
    const stored = await db.letterheads.get(id);
    if (!stored) throw new Error('This letterhead is no longer stored: nothing was changed.');
    const { pdfFont: _previous, ...style } = stored.style;
    const record = letterheadRecordSchema.parse({ ...stored, style: font ? { ...style, pdfFont: font } : style });
    await db.letterheads.put(record);
    return record;
  });

/** Removes a letterhead; returns it so the removal can be undone. */
export const removeLetterhead = async (db: DpoDeskDatabase, id: string): Promise<LetterheadRecord | undefined> =>
  db.transaction('rw', db.letterheads, async () => {
    const record = await db.letterheads.get(id);
    if (record) await db.letterheads.delete(id);
    return record;
  });

/** Puts a removed letterhead back in its place (Undo). */
export const putLetterheadBack = async (db: DpoDeskDatabase, record: LetterheadRecord): Promise<void> =>
  putInPlace(db, letterheadRecordSchema.parse(record));

/** The same, bound to the app's database: what the screens call. */
export const appLetterheadsOf = (organisationId: string | null): Promise<LetterheadsOf> =>
  letterheadsOf(getDatabase(), organisationId);
export const appHouseStyleFor = (organisationId: string): Promise<HouseStyle | undefined> =>
  houseStyleFor(getDatabase(), organisationId);
export const saveAppLetterhead = (input: LetterheadImport): Promise<LetterheadRecord> =>
  saveLetterhead(getDatabase(), input);
export const setAppLetterheadFont = (id: string, font: LetterheadFont | undefined): Promise<LetterheadRecord> =>
  setLetterheadFont(getDatabase(), id, font);
export const removeAppLetterhead = (id: string): Promise<LetterheadRecord | undefined> =>
  removeLetterhead(getDatabase(), id);
export const putAppLetterheadBack = (record: LetterheadRecord): Promise<void> =>
  putLetterheadBack(getDatabase(), record);
