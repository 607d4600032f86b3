import { z } from 'zod';
import { ownedSchema, recordMetaSchema, requiredText, text } from './common';

/** Art. 32(1) measures, grouped as in the CNIL register's "Mesures de sécurité" list. */
export const securityMeasureCategorySchema = z.enum([
  'access_control',
  'traceability',
  'software_protection',
  'backup',
  'encryption',
  'processor_control',
  'physical',
  'organisational',
  'other',
]);
export type SecurityMeasureCategory = z.infer<typeof securityMeasureCategorySchema>;

/** A technical or organisational measure from the organisation's catalogue, reused across activities. */
export const securityMeasureContentSchema = z.object({
  category: securityMeasureCategorySchema,
  title: requiredText('The measure', 300),
  description: text(4000).default(''),
});
export type SecurityMeasureContent = z.infer<typeof securityMeasureContentSchema>;
export type SecurityMeasureInput = z.input<typeof securityMeasureContentSchema>;
export const securityMeasureSchema = recordMetaSchema
  .extend(ownedSchema.shape)
  .extend(securityMeasureContentSchema.shape);
export type SecurityMeasure = z.infer<typeof securityMeasureSchema>;
