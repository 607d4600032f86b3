import { z } from 'zod';
import {
  addressSchema,
  isoDateTime,
  emailOrEmpty,
  idSchema,
  optionalDate,
  ownedSchema,
  recordMetaSchema,
  requiredText,
  text,
  VALIDATION_MESSAGES,
} from './common';
import { prose, requiredProse, translationsSchema } from './translatable';
import {
  art35_3CaseSchema,
  art9ConditionSchema,
  legalBasisSchema,
  specialCategorySchema,
  wp248CriterionSchema,
} from './legal';

export const activityStatusSchema = z.enum(['draft', 'active', 'retired']);
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

/** A purpose with its lawful basis (Art. 30(1)(b), Art. 13(1)(c)–(d)). */
export const purposeSchema = z.object({
  id: idSchema,
  description: requiredProse('The purpose', 1000),
  legalBasis: legalBasisSchema,
  /** Art. 13(1)(d) / 14(2)(b): required when the basis is legitimate interests. */
  legitimateInterest: prose(1000).default(''),
  /** Art. 6(3): the Union or Member State law behind a legal obligation or public task. */
  legalReference: prose(500).default(''),
  /** Art. 9(2) condition, required when the activity processes special categories. */
  art9Condition: z.union([art9ConditionSchema, z.null()]).default(null),
  /** Art. 10: the official authority or the law authorising criminal-offence data. */
  art10Authorisation: prose(500).default(''),
  /** Direct marketing triggers the absolute right to object (Art. 21(2)–(4)). */
  directMarketing: z.boolean().default(false),
});
export type Purpose = z.infer<typeof purposeSchema>;

export const retentionUnitSchema = z.enum(['days', 'months', 'years']);
/**
 * Art. 30(1)(f), Art. 13(2)(a): a period, or the criteria used to set it, and the event it runs from.
 * "Until the end of our business relationship" is a criterion, not a blank.
 */
export const retentionSchema = z
  .object({
    period: z
      .union([z.number().int().positive({ error: VALIDATION_MESSAGES.positiveWhole }).max(1000), z.null()])
      .default(null),
    unit: retentionUnitSchema.default('years'),
    criteria: prose(1000).default(''),
    startEvent: prose(300).default(''),
    /** Where the period comes from (e.g. "Code du travail, art. L. 3243-4"), shown beside the figure. */
    source: text(500).default(''),
  })
  .default({ period: null, unit: 'years', criteria: '', startEvent: '', source: '' });
export type Retention = z.infer<typeof retentionSchema>;
export const hasRetention = (r: Retention): boolean => r.period !== null || r.criteria.trim() !== '';

/** Art. 30(1)(c): a category of personal data, with the flags regulators look for. */
export const dataCategorySchema = z.object({
  id: idSchema,
  name: requiredProse('The data category', 300),
  description: prose(1000).default(''),
  /** Art. 9(1) special category, when it is one. */
  specialCategory: z.union([specialCategorySchema, z.null()]).default(null),
  /** Art. 10: personal data relating to criminal convictions and offences. */
  criminalOffence: z.boolean().default(false),
  /** National identification number (Art. 87; the French NIR has its own row in the CNIL register). */
  nationalIdNumber: z.boolean().default(false),
  retention: retentionSchema,
});
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const dataSubjectCategorySchema = z.object({
  id: idSchema,
  name: requiredProse('The category of data subjects', 300),
  description: prose(1000).default(''),
});
export type DataSubjectCategory = z.infer<typeof dataSubjectCategorySchema>;

/** Art. 14(2)(f): where data not obtained from the person comes from. */
export const dataSourceSchema = z.object({
  id: idSchema,
  description: requiredProse('The source', 500),
  publiclyAccessible: z.boolean().default(false),
  dataCategoryIds: z.array(idSchema).default([]),
});
export type DataSource = z.infer<typeof dataSourceSchema>;

/** Art. 13(2)(e): whether providing the data is required, and what happens if not. */
export const provisionRequirementSchema = z.enum(['statutory', 'contractual', 'contract_prerequisite', 'voluntary']);
export type ProvisionRequirement = z.infer<typeof provisionRequirementSchema>;

/**
 * Where and how data is collected (a contact form, a free-trial request, a support ticket…).
 * Policies are organised by them (seeds/001, Tixeo): the data, the purposes and the retention per point.
 */
export const collectionPointSchema = z.object({
  id: idSchema,
  name: requiredProse('The collection point', 300),
  description: prose(1000).default(''),
  dataCategoryIds: z.array(idSchema).default([]),
  purposeIds: z.array(idSchema).default([]),
  /** Retention as stated to people at this point when it differs in wording from the categories'. */
  retentionSummary: prose(500).default(''),
  /** Art. 13(2)(e) at this point; null: not answered here, the activity's answer applies (or it is a gap). */
  requirement: z.union([provisionRequirementSchema, z.null()]).default(null),
  consequenceOfNotProviding: prose(1000).default(''),
});
export type CollectionPoint = z.infer<typeof collectionPointSchema>;

/** Art. 26: a joint controller and the essence of the arrangement (Art. 26(2)). */
export const jointControllerSchema = z.object({
  id: idSchema,
  name: requiredText('The joint controller', 300),
  address: addressSchema.default({ street: '', postalCode: '', city: '', country: '' }),
  email: emailOrEmpty.default(''),
  phone: text(60).default(''),
  arrangementSummary: prose(2000).default(''),
});
export type JointController = z.infer<typeof jointControllerSchema>;

/** Art. 22, Art. 13(2)(f): automated decision-making including profiling. */
export const automatedDecisionSchema = z
  .object({
    exists: z.boolean().default(false),
    logic: prose(2000).default(''),
    significance: prose(2000).default(''),
    /** Art. 22(3): human intervention, expressing a point of view, contesting the decision. */
    safeguards: prose(2000).default(''),
  })
  .default({ exists: false, logic: '', significance: '', safeguards: '' });
export type AutomatedDecision = z.infer<typeof automatedDecisionSchema>;

export const dpiaResultSchema = z.enum(['not_screened', 'not_required', 'likely_required', 'required']);
export type DpiaResult = z.infer<typeof dpiaResultSchema>;
/** Art. 35 screening and outcome, stored with the activity and shown in the register. */
export const dpiaSchema = z
  .object({
    art35_3: z.array(art35_3CaseSchema).default([]),
    wp248: z.array(wp248CriterionSchema).default([]),
    /** Codes from the CNIL list under Art. 35(4) (assets/reference-data/cnil-dpia-list.json). */
    cnilList: z.array(z.string()).default([]),
    result: dpiaResultSchema.default('not_screened'),
    reasoning: prose(4000).default(''),
    screenedOn: optionalDate.default(''),
    /** Outcome of the DPIA once carried out (e.g. "residual risk acceptable"). */
    outcome: prose(2000).default(''),
    completedOn: optionalDate.default(''),
    reference: text(300).default(''),
  })
  .default({
    art35_3: [],
    wp248: [],
    cnilList: [],
    result: 'not_screened',
    reasoning: '',
    screenedOn: '',
    outcome: '',
    completedOn: '',
    reference: '',
  });
export type Dpia = z.infer<typeof dpiaSchema>;

/** A cookie or tracker set by a website-analytics activity (ePrivacy; described in the policy). */
export const cookieSchema = z.object({
  id: idSchema,
  name: requiredText('The cookie name', 200),
  provider: text(200).default(''),
  purpose: prose(500).default(''),
  duration: prose(200).default(''),
});
export type Cookie = z.infer<typeof cookieSchema>;

/** Audiences a privacy policy is written for; activities declare which they concern. */
export const audienceSchema = z.enum([
  'website_visitors',
  'customers',
  'prospects',
  'users',
  'employees',
  'candidates',
  'suppliers',
  'partners',
]);
export type Audience = z.infer<typeof audienceSchema>;

/**
 * The activity template (assets/templates) an activity was started from or last completed with,
 * and the record revision that write produced: while the revision has not moved, nobody has
 * reviewed or edited what the template put there (Art. 5(2) accountability; checks/template-rules).
 */
export const templateOriginSchema = z.object({
  id: z.string().trim().min(1).max(100),
  version: z.number().int().positive(),
  appliedAt: isoDateTime,
  revision: z.number().int().min(1),
});
export type TemplateOrigin = z.infer<typeof templateOriginSchema>;

const activityCommon = {
  name: requiredProse('The activity name', 300),
  reference: text(60).default(''),
  department: text(200).default(''),
  owner: text(200).default(''),
  description: prose(4000).default(''),
  status: activityStatusSchema.default('draft'),
  /** Links, not copies: the record is one graph. */
  transferIds: z
    .array(idSchema)
    .default([])
    .describe(
      'Ids of the transfers (records in `transfers`) this activity makes to third countries: Art. 30(1)(e), 30(2)(c).',
    ),
  securityMeasureIds: z
    .array(idSchema)
    .default([])
    .describe('Ids of the security measures (records in `securityMeasures`) protecting it: Art. 30(1)(g), 32(1).'),
  processorIds: z
    .array(idSchema)
    .default([])
    .describe(
      'Ids of the processors (records in `processors`, Art. 28) that process the data for this activity; their sub-processors follow through `parentProcessorId`.',
    ),
  lastReviewedOn: optionalDate.default(''),
  template: z.union([templateOriginSchema, z.null()]).default(null),
  /** The printed free text in the other document languages (domain/translatable.ts). */
  translations: translationsSchema,
};

/**
 * How many people an activity concerns, as a band: the first factor WP248 rev.01 (criterion 5,
 * "data processed on a large scale") asks the controller to consider, "either as a specific
 * number or as a proportion of the relevant population". The band limits are the product's
 * choice, not law: neither the GDPR nor WP248 sets a number.
 */
export const dataSubjectsBandSchema = z.enum(['under_100', '100_999', '1000_9999', '10000_99999', '100000_plus']);
export type DataSubjectsBand = z.infer<typeof dataSubjectsBandSchema>;

/** Art. 30(1): an activity under the organisation's responsibility as controller. */
export const controllerActivityContentSchema = z.object({
  kind: z.literal('controller'),
  ...activityCommon,
  software: text(300).default(''),
  audiences: z
    .array(audienceSchema)
    .default([])
    .describe('The groups of people this activity concerns; a privacy policy covers the activities of its audiences.'),
  purposes: z.array(purposeSchema).default([]),
  dataSubjectCategories: z.array(dataSubjectCategorySchema).default([]),
  /** The estimated number of data subjects; null until the DPO answers (a gap, never a default). */
  estimatedDataSubjects: z.union([dataSubjectsBandSchema, z.null()]).default(null),
  dataCategories: z.array(dataCategorySchema).default([]),
  /** False when data is obtained elsewhere: Art. 14 applies and sources must be named. */
  collectedFromDataSubject: z.boolean().default(true),
  sources: z.array(dataSourceSchema).default([]),
  collectionPoints: z.array(collectionPointSchema).default([]),
  recipientIds: z
    .array(idSchema)
    .default([])
    .describe(
      'Ids of the recipients (records in `recipients`) the data is disclosed to: Art. 30(1)(d), 13(1)(e). Processors are listed in `processorIds`, not here.',
    ),
  jointControllers: z.array(jointControllerSchema).default([]),
  automatedDecision: automatedDecisionSchema,
  /**
   * Art. 13(2)(e), activity-wide answer when collection points do not say otherwise. Null: not
   * answered yet, a gap the checks list; never printed as "optional" by default.
   */
  requirement: z.union([provisionRequirementSchema, z.null()]).default(null),
  consequenceOfNotProviding: prose(1000).default(''),
  /** Website analytics: the policy then describes cookies (seeds/001 Matomo, seeds/004). */
  websiteAnalytics: z.boolean().default(false),
  cookies: z.array(cookieSchema).default([]),
  /** Art. 30(5): occasional processing by an organisation under 250 may be left out. */
  occasional: z.boolean().default(false),
  dpia: dpiaSchema,
});
export type ControllerActivityContent = z.infer<typeof controllerActivityContentSchema>;

/** Art. 30(2)(a): the controller on whose behalf the organisation processes, as processor. */
export const clientControllerSchema = z.object({
  name: requiredText('The client controller', 300),
  address: addressSchema.default({ street: '', postalCode: '', city: '', country: '' }),
  email: emailOrEmpty.default(''),
  phone: text(60).default(''),
  representative: text(500).default(''),
  dpoContact: text(500).default(''),
});
export type ClientController = z.infer<typeof clientControllerSchema>;

/** Art. 30(2): categories of processing carried out on behalf of a controller. */
export const processorActivityContentSchema = z.object({
  kind: z.literal('processor'),
  ...activityCommon,
  client: clientControllerSchema,
  /** Art. 30(2)(b): hosting, support access, e-mail campaign sending… */
  processingCategories: z.array(requiredProse('The category of processing', 500)).default([]),
});
export type ProcessorActivityContent = z.infer<typeof processorActivityContentSchema>;

export const activityContentSchema = z.discriminatedUnion('kind', [
  controllerActivityContentSchema,
  processorActivityContentSchema,
]);
export type ActivityContent = z.infer<typeof activityContentSchema>;
export type ActivityInput = z.input<typeof activityContentSchema>;

const meta = recordMetaSchema.extend(ownedSchema.shape).shape;
export const controllerActivitySchema = controllerActivityContentSchema.extend(meta);
export const processorActivitySchema = processorActivityContentSchema.extend(meta);
export const activitySchema = z.discriminatedUnion('kind', [controllerActivitySchema, processorActivitySchema]);
export type ControllerActivity = z.infer<typeof controllerActivitySchema>;
export type ProcessorActivity = z.infer<typeof processorActivitySchema>;
export type Activity = z.infer<typeof activitySchema>;
