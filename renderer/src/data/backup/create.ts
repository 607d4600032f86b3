import type Dexie from 'dexie';
import { dataChecksum, canonicalJson, utf8Encode } from './encoding';
import { encrypt } from './crypto';
import { associatedData, BACKUP_FORMAT, CURRENT_FORMAT_VERSION, type BackupFile, type BackupScope } from './format';
import { BACKUP_TABLES, type BackupData, type BackupTable } from './tables';

export interface CreateBackupOptions {
  /** When given, the data is encrypted (AES-256-GCM, key from PBKDF2-SHA-256). */
  password?: string;
  appVersion: string;
  /** Defaults to now; fixed in tests and fixtures. */
  createdAt?: string;
}

export interface CreatedBackup {
  bytes: Uint8Array;
  /** SHA-256 of the data, as written in the header: the proof purgeWorkspace asks for. */
  checksum: string;
  schemaVersion: number;
  fileName: string;
}

const hasTable = (db: Dexie, name: string): boolean => db.tables.some((t) => t.name === name);

/**
 * Reads the records of a scope in one read transaction, so the backup is a consistent picture.
 * Works on any Dexie with the DPO Desk tables, including an older schema opened without
 * declaring versions (the backup taken before a migration).
 */
export const dumpScope = async (db: Dexie, scope: BackupScope): Promise<BackupData> => {
  const tables = BACKUP_TABLES.filter((t) => hasTable(db, t));
  return db.transaction('r', tables, async () => {
    const out: Partial<Record<BackupTable, unknown[]>> = {};
    for (const name of tables) {
      const table = db.table(name);
      const rows: { id: string }[] =
        scope.kind === 'all'
          ? await table.toArray()
          : name === 'organisations'
            ? await table.where('id').equals(scope.organisationId).toArray()
            : await table.where('organisationId').equals(scope.organisationId).toArray();
      out[name] = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    return out as BackupData;
  });
};

const safeFilePart = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'workspace';

/** Builds the backup envelope around already-dumped data. */
export const buildBackup = async (
  data: BackupData,
  scope: BackupScope,
  schemaVersion: number,
  options: CreateBackupOptions,
): Promise<CreatedBackup> => {
  const checksum = await dataChecksum(data);
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    schemaVersion,
    appVersion: options.appVersion,
    createdAt: options.createdAt ?? new Date().toISOString(),
    scope,
    checksum: { algorithm: 'SHA-256', value: checksum },
  } as const;
  let file: BackupFile;
  if (options.password !== undefined) {
    const { params, ciphertext } = await encrypt(canonicalJson(data), options.password, associatedData(header));
    file = { ...header, encrypted: true, encryption: params, ciphertext };
  } else {
    file = { ...header, encrypted: false, data };
  }
  const orgName = scope.kind === 'organisation' ? data.organisations[0]?.name : undefined;
  const day = header.createdAt.slice(0, 10);
  const fileName = `${orgName ? safeFilePart(orgName) : 'dpo-desk'}-${day}.dpodesk-backup.json`;
  // Pretty-printed: a DPO (or their IT) can open the file and see what it holds.
  return { bytes: utf8Encode(JSON.stringify(file, null, 2)), checksum, schemaVersion, fileName };
};

/** The database schema version as declared (or, for a database opened dynamically, as stored). */
export const schemaVersionOf = (db: Dexie): number => Math.floor(db.verno);

/** Backup of one organisation's workspace or of the whole database, as UTF-8 JSON bytes. */
export const createBackupFile = async (
  db: Dexie,
  scope: BackupScope,
  options: CreateBackupOptions,
): Promise<CreatedBackup> => buildBackup(await dumpScope(db, scope), scope, schemaVersionOf(db), options);

export const createBackup = async (db: Dexie, scope: BackupScope, options: CreateBackupOptions): Promise<Uint8Array> =>
  (await createBackupFile(db, scope, options)).bytes;
