import Dexie, { type EntityTable as DexieTable } from 'dexie';
import type {
  Activity,
  AuditEntry,
  Contact,
  DocumentSetting,
  Organisation,
  Processor,
  Recipient,
  SecurityMeasure,
  Transfer,
} from '../domain';

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
} as const;
export const CURRENT_SCHEMA_VERSION = 1;

export class DpoDeskDatabase extends Dexie {
  organisations!: DexieTable<Organisation, 'id'>;
  contacts!: DexieTable<Contact, 'id'>;
  activities!: DexieTable<Activity, 'id'>;
  recipients!: DexieTable<Recipient, 'id'>;
  processors!: DexieTable<Processor, 'id'>;
  transfers!: DexieTable<Transfer, 'id'>;
  securityMeasures!: DexieTable<SecurityMeasure, 'id'>;
  documents!: DexieTable<DocumentSetting, 'id'>;
  auditLog!: DexieTable<AuditEntry, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_VERSIONS[1]);
  }
}

let instance: DpoDeskDatabase | undefined;
/** The app's database. Tests create their own `new DpoDeskDatabase(uniqueName)` instead. */
export const getDatabase = (): DpoDeskDatabase => (instance ??= new DpoDeskDatabase());
/** Replace the shared instance (tests, or after a restore that re-creates the database). */
export const setDatabase = (db: DpoDeskDatabase | undefined): void => {
  instance = db;
};
