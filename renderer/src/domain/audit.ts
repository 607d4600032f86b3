import { z } from 'zod';
import { idSchema, isoDateTime } from './common';

export const entityTableSchema = z.enum([
  'organisations',
  'contacts',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'securityMeasures',
  'documents',
  'breaches',
  'requests',
]);
export type EntityTable = z.infer<typeof entityTableSchema>;

export const auditActionSchema = z.enum(['create', 'update', 'remove', 'restore']);
export type AuditAction = z.infer<typeof auditActionSchema>;

/**
 * Why a record's history has an entry it did not ask for: a record it links to was deleted (it no
 * longer counts in the register), restored from the Trash (it counts again) or erased for good (the
 * link itself was removed). Accountability, Art. 5(2) GDPR: the change of what a record says is traced.
 */
export const auditCauseSchema = z.object({
  table: entityTableSchema,
  entityId: idSchema,
  action: z.enum(['remove', 'restore', 'purge']),
  /** The linked record's name when it happened, so the entry still reads well once it is erased. */
  title: z.string().max(300),
});
export type AuditCause = z.infer<typeof auditCauseSchema>;

/** One change to one record, written in the same transaction as the change itself. */
export const auditEntrySchema = z.object({
  id: idSchema,
  table: entityTableSchema,
  entityId: idSchema,
  /** The workspace the record belongs to (the organisation's own id for organisations). */
  organisationId: idSchema,
  action: auditActionSchema,
  at: isoDateTime,
  /** Full record before and after, so any earlier version can be restored. */
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  changedFields: z.array(z.string()),
  /** Set when the entry follows a change of a linked record (see auditCauseSchema). */
  cause: auditCauseSchema.optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
