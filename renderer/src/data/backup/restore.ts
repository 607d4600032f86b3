import { CURRENT_SCHEMA_VERSION } from '../db';
import { CURRENT_FORMAT_VERSION } from './format';
import { recordToV4, V4_TRANSLATED_TABLES } from '../migrations/v4';
import { transfersToV6 } from '../migrations/v6';
import { dataWithoutDanglingLinks } from '../migrations/v7';
import { ENTITY_TABLES } from './tables';

type Json = Record<string, unknown>;

/**
 * Envelope migrations, keyed by the formatVersion they upgrade FROM (Excalidraw's restore():
 * old files are brought to the current shape before anything validates them). Format 1 is
 * the first published shape, so there is nothing to upgrade yet; a future format 2 adds
 * `1: (file) => …` here and a fixture of format 1 in test/fixtures/backups/.
 */
const FORMAT_MIGRATIONS: Readonly<Record<number, (file: Json) => Json>> = {};

/**
 * Record migrations, keyed by the schemaVersion they upgrade FROM. Schema 2 only added tables
 * (snapshots, settings, autoBackups), so schema-1 records are already schema-2 records. Schema 3
 * only added the breach register and the request log, which an older file does not have: they
 * are filled as empty tables below. Schema 4 gave the printed records their translations: an older
 * file's text is in the organisation's default language, with nothing translated yet. Schema 5
 * only added the letterheads, which an older file does not have (the table is optional). Schema 6
 * made a transfer point at the record of its recipient or processor, found by its typed name.
 * Schema 7 emptied the single links that point at no record of their organisation (an erased one):
 * an older file holding such a link restores without it instead of being refused.
 */
const SCHEMA_MIGRATIONS: Readonly<Record<number, (data: Json) => Json>> = {
  1: (data) => data,
  2: (data) => data,
  3: (data) => {
    const out: Json = { ...data };
    for (const table of V4_TRANSLATED_TABLES) {
      const rows = out[table];
      if (Array.isArray(rows)) out[table] = rows.map((r: unknown) => (isObject(r) ? recordToV4(table, r) : r));
    }
    return out;
  },
  4: (data) => data,
  5: (data) => {
    const rows = (table: string): Json[] => {
      const value = data[table];
      return Array.isArray(value) ? value.filter(isObject) : [];
    };
    if (!Array.isArray(data.transfers)) return data;
    return { ...data, transfers: transfersToV6(rows('transfers'), rows('recipients'), rows('processors')) };
  },
  6: (data) => dataWithoutDanglingLinks(data),
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Brings an older envelope to the current formatVersion. Only called for formatVersion ≤ current. */
export const migrateEnvelope = (file: Json, fromVersion: number): Json => {
  let out = file;
  for (let v = fromVersion; v < CURRENT_FORMAT_VERSION; v++) {
    const step = FORMAT_MIGRATIONS[v];
    if (step) out = step(out);
  }
  return { ...out, formatVersion: CURRENT_FORMAT_VERSION };
};

/**
 * Brings the decrypted `data` of an older schema to the current one and fills what an older
 * or hand-edited file may lack: a missing table is an empty one. Field defaults inside records
 * (e.g. `deletedAt: null`) are filled afterwards by the domain schemas themselves.
 */
export const migrateData = (data: unknown, fromSchemaVersion: number): unknown => {
  if (!isObject(data)) return data;
  let out: Json = { ...data };
  for (let v = fromSchemaVersion; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = SCHEMA_MIGRATIONS[v];
    if (step) out = step(out);
  }
  for (const table of ENTITY_TABLES) if (out[table] === undefined) out[table] = [];
  return out;
};
