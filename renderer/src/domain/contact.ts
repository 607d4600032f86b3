import { z } from 'zod';
import { addressSchema, emailOrEmpty, ownedSchema, recordMetaSchema, requiredText, text } from './common';
import { prose, translationsSchema } from './translatable';

/**
 * dpo: Art. 37–39 data protection officer; privacy_contact: the team people write to when no DPO
 * is designated; representative: Art. 27 EU representative of a controller established outside the EU.
 */
export const contactRoleSchema = z.enum(['dpo', 'privacy_contact', 'representative']);
export type ContactRole = z.infer<typeof contactRoleSchema>;

export const contactContentSchema = z.object({
  role: contactRoleSchema,
  name: requiredText('The name', 200),
  /** An external DPO is often a lawyer or a firm (seeds: Tixeo's DPO is a lawyer at the Strasbourg bar). */
  external: z.boolean().default(false),
  firm: text(200).default(''),
  jobTitle: prose(200).default(''),
  address: addressSchema.default({ street: '', postalCode: '', city: '', country: '' }),
  email: emailOrEmpty.default(''),
  phone: text(60).default(''),
  /** Art. 37(7): the DPO's contact details are published (and communicated to the authority). */
  published: z.boolean().default(true),
  communicatedToAuthority: z.boolean().default(false),
  notes: text(2000).default(''),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});
export type ContactContent = z.infer<typeof contactContentSchema>;
export type ContactInput = z.input<typeof contactContentSchema>;

export const contactSchema = recordMetaSchema.extend(ownedSchema.shape).extend(contactContentSchema.shape);
export type Contact = z.infer<typeof contactSchema>;
