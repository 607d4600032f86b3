import { z } from 'zod';
import { quoteCut } from '../limits';
import {
  activitySchema,
  auditEntrySchema,
  breachSchema,
  contactSchema,
  documentSettingSchema,
  organisationSchema,
  processorSchema,
  recipientSchema,
  requestSchema,
  securityMeasureSchema,
  transferSchema,
  workspaceSchema,
  type EntityTable,
} from '../../domain';
import { letterheadRecordSchema } from '../../domain/letterhead';
import { isObject } from '../../domain/values';

/** The record tables a backup carries, in the order they are written back (parents first). */
export const ENTITY_TABLES = [
  'organisations',
  'contacts',
  'recipients',
  'processors',
  'transfers',
  'securityMeasures',
  'activities',
  'documents',
  'breaches',
  'requests',
] as const satisfies readonly EntityTable[];

/** Parses each stored record: the same map the record writer checks every write with. */
export { RECORD_SCHEMAS } from '../write-records';

/** Human names, singular, for messages and diffs. */
export const TABLE_LABELS: Record<BackupTable, string> = {
  organisations: 'Organisation',
  contacts: 'Contact',
  activities: 'Processing activity',
  recipients: 'Recipient',
  processors: 'Processor',
  transfers: 'Transfer',
  securityMeasures: 'Security measure',
  documents: 'Document',
  breaches: 'Personal-data breach',
  requests: 'Data-subject request',
  auditLog: 'History entry',
  snapshots: 'Snapshot',
  letterheads: 'Letterhead',
};

/** A stored snapshot (schema v2 table `snapshots`). */
export const snapshotRecordSchema = z.object({
  id: z.string().min(1),
  organisationId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  label: z.string().trim().min(1, { error: 'A snapshot needs a label.' }).max(300),
  schemaVersion: z.number().int().min(1),
  workspace: workspaceSchema,
});

export const OPTIONAL_TABLES = ['auditLog', 'snapshots', 'letterheads'] as const;

/**
 * At most one letterhead per organisation plus the one for all (the repository keeps it so); a
 * file with more was not written by DPO Desk. Each is bounded by its schema (images, parts).
 */
export const MAX_BACKUP_LETTERHEADS = 1_000;
export type BackupTable = (typeof ENTITY_TABLES)[number] | (typeof OPTIONAL_TABLES)[number];
export const BACKUP_TABLES: readonly BackupTable[] = [...ENTITY_TABLES, ...OPTIONAL_TABLES];

/** The `data` part of a backup: one array per table. */
export const backupDataSchema = z.object({
  organisations: z.array(organisationSchema),
  contacts: z.array(contactSchema),
  activities: z.array(activitySchema),
  recipients: z.array(recipientSchema),
  processors: z.array(processorSchema),
  transfers: z.array(transferSchema),
  securityMeasures: z.array(securityMeasureSchema),
  documents: z.array(documentSettingSchema),
  /** Absent from backups written before schema v3: restored as empty. */
  breaches: z.array(breachSchema).default([]),
  requests: z.array(requestSchema).default([]),
  auditLog: z.array(auditEntrySchema).optional(),
  snapshots: z.array(snapshotRecordSchema).optional(),
  /**
   * Schema v5: the letterheads (house styles). A one-organisation file holds that organisation's
   * own; a file of everything also holds the one for every organisation. Absent before v5.
   */
  letterheads: z
    .array(letterheadRecordSchema)
    .max(MAX_BACKUP_LETTERHEADS, { error: `A backup holds at most ${MAX_BACKUP_LETTERHEADS} letterheads.` })
    .optional(),
});
export type BackupData = z.infer<typeof backupDataSchema>;
export type BackupRecord = BackupData[BackupTable] extends infer A
  ? A extends readonly (infer R)[]
    ? R
    : never
  : never;

/** A human name for any record: what a DPO recognises in a list of conflicts or changes. */
export const recordTitle = (record: unknown): string => {
  if (!isObject(record)) return '';
  const r = record;
  for (const key of ['name', 'title', 'label', 'recipientName', 'description']) {
    const v = r[key];
    // Cut: a title is quoted in every problem of its record, and a field may hold a megabyte.
    if (typeof v === 'string' && v.trim() !== '') return quoteCut(v.trim());
  }
  return typeof r.id === 'string' ? quoteCut(r.id) : '';
};
