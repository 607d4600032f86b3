import { z } from 'zod';
import { ownedSchema, recordMetaSchema } from './common';
import { prose, requiredProse, translationsSchema } from './translatable';

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
  title: requiredProse('The measure', 300),
  description: prose(4000).default(''),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});
export type SecurityMeasureContent = z.infer<typeof securityMeasureContentSchema>;
export type SecurityMeasureInput = z.input<typeof securityMeasureContentSchema>;
export const securityMeasureSchema = recordMetaSchema
  .extend(ownedSchema.shape)
  .extend(securityMeasureContentSchema.shape);
export type SecurityMeasure = z.infer<typeof securityMeasureSchema>;
