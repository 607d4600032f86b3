import { z } from 'zod';
import {
  optionalCountryCode,
  optionalDate,
  ownedSchema,
  recordMetaSchema,
  requiredText,
  text,
  VALIDATION_MESSAGES,
} from './common';
import { prose, translationsSchema } from './translatable';
import { transferMechanismSchema } from './legal';

/** Art. 30(1)(e), Art. 44–49: a transfer to a third country or an international organisation. */
const transferFields = z.object({
  destinationType: z.enum(['country', 'international_organisation']).default('country'),
  country: optionalCountryCode.default(''),
  /** When the destination is an international organisation, its name (e.g. "European Patent Organisation"). */
  internationalOrganisation: text(300).default(''),
  /** Who receives the data there (a partner, a processor, a group entity). */
  recipientName: requiredText('The recipient of the transfer', 300),
  mechanism: transferMechanismSchema,
  /** Conditions under which the transfer happens (seeds/001: "only with the person's explicit consent"). */
  conditions: prose(1000).default(''),
  /** The recipient is certified under the EU–US Data Privacy Framework (needed for US adequacy). */
  dpfCertified: z.boolean().default(false),
  /** Art. 13(1)(f): how a person obtains a copy of the safeguards, or where they are available. */
  safeguardsCopy: prose(1000).default(''),
  /** Transfer impact assessment (Schrems II). */
  tia: z
    .object({ done: z.boolean().default(false), date: optionalDate.default(''), reference: text(300).default('') })
    .default({ done: false, date: '', reference: '' }),
  /** Art. 49(1) 2nd subpara and Art. 49(6): the compelling interest, the assessment and the safeguards. */
  compellingInterest: prose(2000).default(''),
  art49Assessment: prose(4000).default(''),
  description: prose(2000).default(''),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});

const checkDestination = (
  t: { destinationType: 'country' | 'international_organisation'; country: string; internationalOrganisation: string },
  ctx: z.RefinementCtx,
): void => {
  if (t.destinationType === 'country' && t.country === '')
    ctx.addIssue({ code: 'custom', path: ['country'], message: VALIDATION_MESSAGES.destinationCountry });
  if (t.destinationType === 'international_organisation' && t.internationalOrganisation.trim() === '')
    ctx.addIssue({
      code: 'custom',
      path: ['internationalOrganisation'],
      message: VALIDATION_MESSAGES.internationalOrganisation,
    });
};

export const transferContentSchema = transferFields.superRefine(checkDestination);
export type TransferContent = z.infer<typeof transferContentSchema>;
export type TransferInput = z.input<typeof transferContentSchema>;
export const transferSchema = recordMetaSchema
  .extend(ownedSchema.shape)
  .extend(transferFields.shape)
  .superRefine(checkDestination);
export type Transfer = z.infer<typeof transferSchema>;
