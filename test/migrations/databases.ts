/**
 * What every migration test does around its own upgrade: databases with unique names, deleted after
 * each test; a database as a shipped version left it (its versions declared one by one); and the
 * app's opening of it, which must succeed.
 */
import Dexie from 'dexie';
import { SCHEMA_VERSIONS } from '../../renderer/src/data/db';
import { openDatabaseSafely } from '../../renderer/src/data/migrations/open';

const names: string[] = [];

export const uniqueName = (): string => {
  const name = `migration-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

/** For `afterEach`: deletes every database `uniqueName` named. */
export const deleteNamedDatabases = async (): Promise<void> => {
  for (const name of names.splice(0)) await Dexie.delete(name);
};

/** The database as version `version` of the app declared it: versions 1 to `version`, not yet opened. */
export const shippedDatabase = (name: string, version: keyof typeof SCHEMA_VERSIONS): Dexie => {
  const db = new Dexie(name);
  for (let v = 1; v <= version; v++) db.version(v).stores(SCHEMA_VERSIONS[v as keyof typeof SCHEMA_VERSIONS]);
  return db;
};

/** A database as version `version` left it, holding `tables`' rows as they were stored; closed again. */
export const storedDatabase = async (
  name: string,
  version: keyof typeof SCHEMA_VERSIONS,
  tables: Readonly<Record<string, readonly object[]>>,
): Promise<void> => {
  const db = shippedDatabase(name, version);
  await db.open();
  for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkAdd([...rows]);
  db.close();
};

/** Opens the database as the app does (upgrading it); a refusal fails the test with its message. */
export const openUpgraded = async (name: string, appVersion: string) => {
  const opened = await openDatabaseSafely({ name, appVersion });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened;
};
