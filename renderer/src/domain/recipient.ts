import { z } from 'zod';
import { optionalCountryCode, ownedSchema, recordMetaSchema } from './common';
import { prose, requiredProse, translationsSchema } from './translatable';

/** Art. 30(1)(d), Art. 13(1)(e): recipients or categories of recipients. */
export const recipientCategorySchema = z.enum([
  'internal_department',
  'processor',
  'third_party',
  'public_authority',
  'joint_controller',
  'other_controller',
]);
export type RecipientCategory = z.infer<typeof recipientCategorySchema>;

export const recipientContentSchema = z.object({
  name: requiredProse('The recipient', 300),
  category: recipientCategorySchema,
  /** Empty when the recipient is a category rather than a named body, or not located. */
  country: optionalCountryCode.default(''),
  description: prose(2000).default(''),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});
export type RecipientContent = z.infer<typeof recipientContentSchema>;
export type RecipientInput = z.input<typeof recipientContentSchema>;
export const recipientSchema = recordMetaSchema.extend(ownedSchema.shape).extend(recipientContentSchema.shape);
export type Recipient = z.infer<typeof recipientSchema>;
