import { z } from 'zod';
import {
  addressSchema,
  countryCode,
  emailOrEmpty,
  idSchema,
  optionalDate,
  ownedSchema,
  recordMetaSchema,
  requiredText,
  text,
  urlOrEmpty,
} from './common';
import { prose, translationsSchema } from './translatable';

/** Art. 28(3): the contract or other legal act binding the processor. */
export const dpaSchema = z
  .object({
    signed: z.boolean().default(false),
    signedOn: optionalDate.default(''),
    expiresOn: optionalDate.default(''),
    reference: text(300).default(''),
  })
  .default({ signed: false, signedOn: '', expiresOn: '', reference: '' });
export type Dpa = z.infer<typeof dpaSchema>;

/**
 * A processor (Art. 28) or, when `parentProcessorId` is set, a sub-processor engaged by that
 * processor (Art. 28(2),(4)). The chain is followed by the checks and the documents.
 */
export const processorContentSchema = z.object({
  name: requiredText('The processor', 300),
  service: prose(1000).default(''),
  contactName: text(200).default(''),
  email: emailOrEmpty.default(''),
  phone: text(60).default(''),
  website: urlOrEmpty.default(''),
  address: addressSchema.default({ street: '', postalCode: '', city: '', country: '' }),
  /** Countries where the data is processed or stored. */
  countries: z.array(countryCode).default([]),
  dpa: dpaSchema,
  certifications: z.array(requiredText('The certification', 200)).default([]),
  /** EU–US Data Privacy Framework certification (Decision (EU) 2023/1795). */
  dpfCertified: z.boolean().default(false),
  parentProcessorId: z
    .union([idSchema, z.null()])
    .default(null)
    .describe(
      'Null for a processor the organisation engages itself; otherwise the id of the processor that engaged this one as its sub-processor (Art. 28(2), 28(4)).',
    ),
  notes: text(2000).default(''),
  /**
   * The processor library entry this record was created from, and the date the library's facts were
   * checked (assets/library/processors.json). Kept so the checks can say when those facts are old.
   */
  library: z
    .union([z.object({ id: requiredText('The library entry', 100), checkedOn: z.iso.date() }), z.null()])
    .default(null),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});
export type ProcessorContent = z.infer<typeof processorContentSchema>;
export type ProcessorInput = z.input<typeof processorContentSchema>;
export const processorSchema = recordMetaSchema.extend(ownedSchema.shape).extend(processorContentSchema.shape);
export type Processor = z.infer<typeof processorSchema>;
