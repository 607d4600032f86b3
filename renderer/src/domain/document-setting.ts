import { z } from 'zod';
import {
  idSchema,
  isoDateTime,
  languageSchema,
  optionalDate,
  ownedSchema,
  recordMetaSchema,
  requiredText,
  text,
} from './common';
import { prose, requiredProse, translationsSchema } from './translatable';
import { audienceSchema } from './activity';

/** Sections of a privacy policy, in the order they are written (Art. 13/14 items, rubric §2). */
export const policySectionKeySchema = z.enum([
  'introduction',
  'definitions',
  'controller',
  'dpo',
  'data_collected',
  'purposes',
  'recipients',
  'processors',
  'transfers',
  'retention',
  'rights',
  'right_to_object',
  'consent_withdrawal',
  'complaint',
  'requirement',
  'automated_decisions',
  'sources',
  'cookies',
  'security',
  'contact',
  'changes',
]);
export type PolicySectionKey = z.infer<typeof policySectionKeySchema>;

/**
 * Text the user wrote over a generated section. `factsFingerprint` is the fingerprint of the
 * record facts the section was generated from when the override was written; when the facts
 * change the override is kept but flagged for review.
 */
export const sectionOverrideSchema = z.object({
  mode: z.enum(['replace', 'append']).default('replace'),
  text: prose(20000),
  factsFingerprint: z.string().default(''),
  updatedAt: isoDateTime,
});
export type SectionOverride = z.infer<typeof sectionOverrideSchema>;

export const changeEntrySchema = z.object({
  version: requiredText('The version', 40),
  date: optionalDate.default(''),
  summary: prose(2000).default(''),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

export const definitionSchema = z.object({ term: requiredProse('The term', 200), definition: prose(2000) });

/** A privacy policy (Art. 13/14 notice) of an organisation: what it covers and its wording choices. */
export const policySettingContentSchema = z.object({
  kind: z.literal('privacy_policy'),
  title: requiredProse('The title', 300),
  language: languageSchema.default('en'),
  audiences: z
    .array(audienceSchema)
    .default([])
    .describe(
      'Who the policy is for. It covers the live, not retired controller activities sharing one of these audiences (all of them when empty), plus `includeActivityIds`, minus `excludeActivityIds` (Art. 13/14).',
    ),
  /** Activities explicitly added or left out on top of the audience selection. */
  includeActivityIds: z
    .array(idSchema)
    .default([])
    .describe('Ids of controller activities the policy covers whatever their audiences.'),
  excludeActivityIds: z
    .array(idSchema)
    .default([])
    .describe('Ids of controller activities the policy leaves out even when an audience matches.'),
  introduction: prose(10000).default(''),
  definitions: z.array(definitionSchema).default([]),
  version: text(40).default('1.0'),
  effectiveDate: optionalDate.default(''),
  /** How people reach the organisation about their data: e-mail, form URL or postal address. */
  // Free text when it is more than an address ("gdpr@… or by letter to…"): translatable.
  contactChannel: prose(1000).default(''),
  overrides: z
    .partialRecord(policySectionKeySchema, sectionOverrideSchema)
    .default({})
    .describe("The DPO's own text for some sections, by section key: added after or replacing the generated text."),
  changeHistory: z.array(changeEntrySchema).default([]),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});
export type PolicySettingContent = z.infer<typeof policySettingContentSchema>;

/** Saved options for an Art. 30 register export. */
export const registerSettingContentSchema = z.object({
  kind: z.literal('register'),
  title: requiredProse('The title', 300),
  register: z.enum(['controller', 'processor']),
  language: languageSchema.default('en'),
  version: text(40).default('1.0'),
  includeRetired: z.boolean().default(false),
  departments: z.array(z.string()).default([]),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
});
export type RegisterSettingContent = z.infer<typeof registerSettingContentSchema>;

export const documentSettingContentSchema = z.discriminatedUnion('kind', [
  policySettingContentSchema,
  registerSettingContentSchema,
]);
export type DocumentSettingContent = z.infer<typeof documentSettingContentSchema>;
export type DocumentSettingInput = z.input<typeof documentSettingContentSchema>;

const meta = recordMetaSchema.extend(ownedSchema.shape).shape;
export const policySettingSchema = policySettingContentSchema.extend(meta);
export const registerSettingSchema = registerSettingContentSchema.extend(meta);
export const documentSettingSchema = z.discriminatedUnion('kind', [policySettingSchema, registerSettingSchema]);
export type PolicySetting = z.infer<typeof policySettingSchema>;
export type RegisterSetting = z.infer<typeof registerSettingSchema>;
export type DocumentSetting = z.infer<typeof documentSettingSchema>;
