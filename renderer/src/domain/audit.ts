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
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
