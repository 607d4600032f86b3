import { z } from 'zod';
import {
  addressSchema,
  emailOrEmpty,
  languageSchema,
  optionalCountryCode,
  recordMetaSchema,
  requiredText,
  text,
  urlOrEmpty,
} from './common';
import { prose, translationsSchema } from './translatable';

/** Art. 4(7) controller / Art. 4(8) processor; many providers are both (seeds: Utixo). */
export const organisationRoleSchema = z.enum(['controller', 'processor', 'both']);
export type OrganisationRole = z.infer<typeof organisationRoleSchema>;

/** Art. 30(5): the 250-person threshold is what matters; bands keep it honest without payroll detail. */
export const headcountBandSchema = z.enum(['1-9', '10-49', '50-249', '250-999', '1000+']);
export type HeadcountBand = z.infer<typeof headcountBandSchema>;
export const isUnder250 = (band: HeadcountBand): boolean => band === '1-9' || band === '10-49' || band === '50-249';

/** Lead (or competent) supervisory authority, Art. 56; named in every policy for Art. 13(2)(d). */
export const supervisoryAuthoritySchema = z.object({
  name: text(200).default(''),
  country: optionalCountryCode.default(''),
  website: urlOrEmpty.default(''),
  address: text(500).default(''),
});
export type SupervisoryAuthority = z.infer<typeof supervisoryAuthoritySchema>;

export const organisationContentSchema = z.object({
  /** Legal name: Art. 30(1)(a), Art. 13(1)(a). */
  name: requiredText('The legal name', 200),
  /** Trading or short name used in documents ("Tixeo" for "Tixeo SAS"). */
  shortName: text(120).default(''),
  address: addressSchema.default({ street: '', postalCode: '', city: '', country: '' }),
  registrationNumber: text(100).default(''),
  email: emailOrEmpty.default(''),
  phone: text(60).default(''),
  website: urlOrEmpty.default(''),
  role: organisationRoleSchema.default('controller'),
  /** Art. 27: controllers outside the EU name a representative (a contact with role "representative"). */
  establishedInEu: z.boolean().default(true),
  /** Art. 6(1) last subparagraph: public authorities cannot rely on legitimate interests. */
  isPublicAuthority: z.boolean().default(false),
  supervisoryAuthority: supervisoryAuthoritySchema.default({ name: '', country: '', website: '', address: '' }),
  /**
   * Art. 4(23) cross-border processing (establishments in several Member States, or substantial
   * effects on people in several): only then is there a lead supervisory authority (Art. 56(1)).
   * Null: not answered yet; documents then speak of the competent authority (Art. 55).
   */
  crossBorderProcessing: z.union([z.boolean(), z.null()]).default(null),
  headcountBand: headcountBandSchema.default('1-9'),
  defaultLanguage: languageSchema.default('en'),
  /** Internal presentation of the organisation (headcount, notes): printed in no public document… */
  description: prose(2000).default(''),
  /** …unless the DPO marks it as public, for privacy policies (Art. 12(1): only what helps the reader). */
  descriptionPublic: z.boolean().default(false),
  /**
   * The languages the organisation publishes its documents in, besides `defaultLanguage` (the
   * language its record text is written in, always published). Each other language needs the
   * translations of the printed free text; what is missing is a gap (checks, export dialog).
   */
  documentLanguages: z
    .array(languageSchema)
    .max(languageSchema.options.length)
    .default([])
    .describe('Languages the documents are published in; the default language is always one of them.'),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});
export type OrganisationContent = z.infer<typeof organisationContentSchema>;
export type OrganisationInput = z.input<typeof organisationContentSchema>;

export const organisationSchema = recordMetaSchema.extend(organisationContentSchema.shape);
export type Organisation = z.infer<typeof organisationSchema>;
