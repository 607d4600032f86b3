import Dexie, { type EntityTable as DexieTable } from 'dexie';
import type {
  Activity,
  AuditEntry,
  Breach,
  Contact,
  DataSubjectRequest,
  DocumentSetting,
  Organisation,
  Processor,
  Recipient,
  SecurityMeasure,
  Transfer,
  Workspace,
} from '../domain';
import { upgradeToV2 } from './migrations/v2';
import { upgradeToV3 } from './migrations/v3';
import { upgradeToV4 } from './migrations/v4';
import { upgradeToV5 } from './migrations/v5';
import { upgradeToV6 } from './migrations/v6';
import { upgradeToV7 } from './migrations/v7';
import type { LetterheadRecord } from '../domain/letterhead';

export const DATABASE_NAME = 'dpo-desk';

/**
 * Every schema version of the database, oldest first. A shipped version is never edited:
 * a change is a new `version(n)` here plus its upgrade in migrations/ with its own test.
 * (Dexie shows version n as IndexedDB version n × 10.)
 */
export const SCHEMA_VERSIONS = {
  1: {
    organisations: 'id, name, updatedAt',
    contacts: 'id, organisationId, role',
    activities: 'id, organisationId, kind, status, name, reference, department, updatedAt',
    recipients: 'id, organisationId, category, name',
    processors: 'id, organisationId, parentProcessorId, name',
    transfers: 'id, organisationId, country, mechanism',
    securityMeasures: 'id, organisationId, category',
    documents: 'id, organisationId, kind',
    auditLog: 'id, [table+entityId], organisationId, at',
  },
  /** v2: snapshots of a workspace, app settings, automatic backups kept inside IndexedDB. */
  2: {
    snapshots: 'id, organisationId, createdAt',
    settings: 'key',
    autoBackups: 'id, createdAt, reason',
  },
  /**
   * v3: the Art. 33(5) breach register and the log of data-subject requests (Arts. 12, 15–22),
   * indexed by the moment each clock starts from: awareness (Art. 33(1)) and receipt (Art. 12(3)).
   */
  3: {
    breaches: 'id, organisationId, awareAt',
    requests: 'id, organisationId, receivedOn',
  },
  /**
   * v4: printed free text in every document language — `translations` on each record that prints
   * text, `documentLanguages` on the organisation. No new index (see migrations/v4.ts).
   */
  4: {},
  /**
   * v5: the firm's letterheads (house styles read from a .docx/.dotx), one for every organisation
   * (`organisationId` null, left out of the index) and one per organisation that has its own.
   */
  5: {
    letterheads: 'id, organisationId',
  },
  /** v6: a transfer points at its recipient's or processor's record. No new index (see migrations/v6.ts). */
  6: {},
  /** v7: single links that point at no record of their organisation are emptied. No new index (see migrations/v7.ts). */
  7: {},
} as const;
export const CURRENT_SCHEMA_VERSION = 7;

/** A frozen copy of one workspace, labelled by the user ("version sent to the authority on 2026-11-22"). */
export interface SnapshotRecord {
  id: string;
  organisationId: string;
  createdAt: string;
  label: string;
  /** Schema version the workspace was written with, so an old snapshot can be migrated when read. */
  schemaVersion: number;
  workspace: Workspace;
}

/** One app setting (e.g. `backupRetentionDays`), stored as a JSON-compatible value. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export const autoBackupReasons = ['daily', 'before-migration', 'before-restore'] as const;
export type AutoBackupReason = (typeof autoBackupReasons)[number];

/** A backup file kept inside the database (browser edition) so a bad day can be undone without a file. */
export interface AutoBackupRecord {
  id: string;
  createdAt: string;
  reason: AutoBackupReason;
  /** Schema version of the data inside the backup. */
  schemaVersion: number;
  sizeBytes: number;
  checksum: string;
  /** The backup file itself (UTF-8 JSON), exactly as createBackup produced it. */
  bytes: Uint8Array;
}

export class DpoDeskDatabase extends Dexie {
  organisations!: DexieTable<Organisation, 'id'>;
  contacts!: DexieTable<Contact, 'id'>;
  activities!: DexieTable<Activity, 'id'>;
  recipients!: DexieTable<Recipient, 'id'>;
  processors!: DexieTable<Processor, 'id'>;
  transfers!: DexieTable<Transfer, 'id'>;
  securityMeasures!: DexieTable<SecurityMeasure, 'id'>;
  documents!: DexieTable<DocumentSetting, 'id'>;
  breaches!: DexieTable<Breach, 'id'>;
  requests!: DexieTable<DataSubjectRequest, 'id'>;
  auditLog!: DexieTable<AuditEntry, 'id'>;
  snapshots!: DexieTable<SnapshotRecord, 'id'>;
  settings!: DexieTable<SettingRecord, 'key'>;
  autoBackups!: DexieTable<AutoBackupRecord, 'id'>;
  letterheads!: DexieTable<LetterheadRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    // v2 only adds tables: no existing record changes shape (see migrations/v2.ts).
    this.version(2).stores(SCHEMA_VERSIONS[2]).upgrade(upgradeToV2);
    // v3 only adds the two log tables (see migrations/v3.ts).
    this.version(3).stores(SCHEMA_VERSIONS[3]).upgrade(upgradeToV3);
    // v4 adds fields to existing records, no table or index (see migrations/v4.ts).
    this.version(4).stores(SCHEMA_VERSIONS[4]).upgrade(upgradeToV4);
    // v5 only adds the letterheads table (see migrations/v5.ts).
    this.version(5).stores(SCHEMA_VERSIONS[5]).upgrade(upgradeToV5);
    // v6 adds the transfer's links, no table or index (see migrations/v6.ts).
    this.version(6).stores(SCHEMA_VERSIONS[6]).upgrade(upgradeToV6);
    // v7 empties dangling single links, no table or index (see migrations/v7.ts).
    this.version(7).stores(SCHEMA_VERSIONS[7]).upgrade(upgradeToV7);
  }
}

let instance: DpoDeskDatabase | undefined;
/** The app's database. Tests create their own `new DpoDeskDatabase(uniqueName)` instead. */
export const getDatabase = (): DpoDeskDatabase => (instance ??= new DpoDeskDatabase());
/** Replace the shared instance (tests, or after a restore that re-creates the database). */
export const setDatabase = (db: DpoDeskDatabase | undefined): void => {
  instance = db;
};
