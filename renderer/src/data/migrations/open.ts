import Dexie from 'dexie';
import { storeAutoBackup } from '../backup/auto-store';
import { createBackupFile, type CreatedBackup } from '../backup/create';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, DpoDeskDatabase } from '../db';
import { errorMessage } from '../../domain/values';

export type OpenDatabaseError =
  | {
      kind: 'newer-database';
      storedVersion: number;
      supportedVersion: number;
      message: string;
    }
  | {
      kind: 'upgrade-failed';
      fromVersion: number;
      message: string;
      /** The backup taken before the upgrade, to offer as a download: nothing is lost. */
      backup: CreatedBackup | null;
    }
  | { kind: 'open-failed'; message: string };

export type OpenDatabaseResult =
  | {
      ok: true;
      db: DpoDeskDatabase;
      /** The schema version the database had before this start, when it was upgraded. */
      upgradedFrom: number | null;
      /** The automatic backup taken before the upgrade (kept in `autoBackups`). */
      preMigrationBackupId: string | null;
      /** No database existed before this call: first start, or the database was deleted or evicted. */
      createdNew: boolean;
    }
  | { ok: false; error: OpenDatabaseError };

export interface OpenDatabaseOptions {
  name?: string;
  appVersion: string;
  dexieOptions?: ConstructorParameters<typeof Dexie>[1];
}

const newerMessage = (stored: number): string =>
  `This database was written by a newer version of DPO Desk (data format ${stored}; this version reads up to ${CURRENT_SCHEMA_VERSION}). ` +
  'It was left untouched. Install the newer DPO Desk again, or restore one of your backup files into this version.';

/**
 * The version stored on disk, read without declaring any schema (Dexie's dynamic mode), so
 * opening never upgrades or alters anything. Null when there is no database yet.
 */
export const readStoredSchemaVersion = async (
  name: string,
  dexieOptions?: OpenDatabaseOptions['dexieOptions'],
): Promise<number | null> => {
  if (!(await Dexie.exists(name))) return null;
  const probe = new Dexie(name, dexieOptions);
  try {
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
};

/**
 * Opens the app database without ever losing data:
 * - a database written by a newer DPO Desk is refused, not deleted nor "upgraded" (Dexie alone
 *   would open it anyway and patch its schema);
 * - before an upgrade, the old data is read with its own schema and kept as an automatic
 *   backup, which is returned in the error if the upgrade itself fails.
 */
export const openDatabaseSafely = async (options: OpenDatabaseOptions): Promise<OpenDatabaseResult> => {
  const name = options.name ?? DATABASE_NAME;
  let stored: number | null;
  try {
    stored = await readStoredSchemaVersion(name, options.dexieOptions);
  } catch (e) {
    return {
      ok: false,
      error: { kind: 'open-failed', message: `The database could not be opened: ${errorMessage(e)}` },
    };
  }
  if (stored !== null && stored > CURRENT_SCHEMA_VERSION)
    return {
      ok: false,
      error: {
        kind: 'newer-database',
        storedVersion: stored,
        supportedVersion: CURRENT_SCHEMA_VERSION,
        message: newerMessage(stored),
      },
    };

  let backup: CreatedBackup | null = null;
  const upgrading = stored !== null && stored < CURRENT_SCHEMA_VERSION;
  if (upgrading) {
    const old = new Dexie(name, options.dexieOptions);
    try {
      await old.open();
      backup = await createBackupFile(old, { kind: 'all' }, { appVersion: options.appVersion });
    } catch (e) {
      return {
        ok: false,
        error: {
          kind: 'open-failed',
          message: `The database was not upgraded because it could not be backed up first: ${errorMessage(e)}`,
        },
      };
    } finally {
      old.close();
    }
  }

  const db = new DpoDeskDatabase(name, options.dexieOptions);
  try {
    await db.open();
  } catch (e) {
    db.close();
    if (e instanceof Dexie.VersionError)
      return {
        ok: false,
        error: {
          kind: 'newer-database',
          storedVersion: stored ?? Number.NaN,
          supportedVersion: CURRENT_SCHEMA_VERSION,
          message: newerMessage(stored ?? Number.NaN),
        },
      };
    if (upgrading)
      return {
        ok: false,
        error: {
          kind: 'upgrade-failed',
          fromVersion: stored ?? 0,
          message: `The database could not be upgraded; it is still in its previous state and a backup was made: ${errorMessage(e)}`,
          backup,
        },
      };
    return {
      ok: false,
      error: { kind: 'open-failed', message: `The database could not be opened: ${errorMessage(e)}` },
    };
  }

  const preMigrationBackupId = backup ? await storeAutoBackup(db, 'before-migration', backup) : null;
  return { ok: true, db, upgradedFrom: upgrading ? stored : null, preMigrationBackupId, createdNew: stored === null };
};
