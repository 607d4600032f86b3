import { z } from 'zod';
import cnilDpiaList from '../../../assets/reference-data/cnil-dpia-list.json' with { type: 'json' };
import frTemplates from '../../../assets/templates/activities.fr.json' with { type: 'json' };
import { audienceSchema, retentionUnitSchema } from './activity';
import { countryCode, requiredText, text, type Language } from './common';
import {
  art35_3CaseSchema,
  art9ConditionSchema,
  legalBasisSchema,
  specialCategorySchema,
  wp248CriterionSchema,
} from './legal';
import { securityMeasureCategorySchema } from './security-measure';

/**
 * Activity templates: common processing activities a DPO starts from instead of an empty form.
 * They are data (assets/templates/activities.<jurisdiction>.json), validated here and by the JSON
 * Schema committed as assets/templates/activity-template.schema.json (a test keeps both equal).
 * Content comes from the reference list of CNIL référentiels, French codes and CNIL deliberations;
 * every retention figure carries its source, and a figure that could not be sourced is marked
 * "unverified" with the reason and no figure, so it is never prefilled (the DPO sets it).
 */

/**
 * English and French are required: a template is offered in both. A German text is optional: the
 * bundled templates are not yet translated, so a German record built from one starts from the English
 * text, which the DPO rewrites (see templateText).
 */
export const templateTextSchema = (label: string, max = 1000) =>
  z.strictObject({
    en: requiredText(`${label} (English)`, max),
    fr: requiredText(`${label} (French)`, max),
    de: requiredText(`${label} (German)`, max).optional(),
  });
const optionalTemplateText = (label: string, max = 1000) => z.union([templateTextSchema(label, max), z.null()]);
export type TemplateText = z.infer<ReturnType<typeof templateTextSchema>>;

const MAX_ITEMS = 40;
const keySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'Use lower-case letters, digits and hyphens (e.g. "payslips").' });

/** Where a retention figure comes from: the text and its article, shown to the DPO beside the figure. */
export const retentionSourceSchema = z.strictObject({
  /** e.g. "Code du travail, art. L. 3243-4" or "CNIL, délibération n° 2018-303, art. 4". */
  citation: templateTextSchema('The source of the retention period', 300),
  /**
   * True when the figure was read in a law-firm or vendor page quoting the primary text, not in
   * the text itself: it is probably right, but the DPO should check it on Légifrance or cnil.fr.
   */
  secondary: z.boolean(),
  /** Source keys of the reference list ([K13]…), so a later review can find the material. */
  referenceKeys: z.array(z.string().regex(/^K\d{1,3}$/)).max(8),
});
export type RetentionSource = z.infer<typeof retentionSourceSchema>;

/** The CNIL's three-phase model: active base, intermediate archive, or a limit on use (not deletion). */
export const retentionPhaseSchema = z.enum(['active', 'intermediate_archive', 'use_limit']);
export type RetentionPhase = z.infer<typeof retentionPhaseSchema>;

/** A retention rule backed by a source. `period` null means a criterion (e.g. "until the end of the contract"). */
export const sourcedRetentionSchema = z.strictObject({
  status: z.literal('sourced'),
  phase: retentionPhaseSchema,
  period: z.union([z.number().int().positive().max(1000), z.null()]),
  unit: retentionUnitSchema,
  /** Art. 30(1)(f): the event the period runs from. */
  startEvent: optionalTemplateText('The start of the retention period', 300),
  criteria: optionalTemplateText('The retention criteria', 1000),
  source: retentionSourceSchema,
});

/** A figure the reference could not source: nothing is prefilled, the DPO is told why. */
export const unverifiedRetentionSchema = z.strictObject({
  status: z.literal('unverified'),
  reason: templateTextSchema('Why the retention period is left to the DPO', 600),
});

export const templateRetentionSchema = z.discriminatedUnion('status', [
  sourcedRetentionSchema,
  unverifiedRetentionSchema,
]);
export type TemplateRetention = z.infer<typeof templateRetentionSchema>;

/** Art. 30(1)(c) with the flags the reference uses: [ART9], [ART10], [NIR], [FIN], [LOC]. */
export const templateDataCategorySchema = z.strictObject({
  key: keySchema,
  name: templateTextSchema('The data category', 300),
  description: optionalTemplateText('The data category description', 1000),
  specialCategory: z.union([specialCategorySchema, z.null()]),
  criminalOffence: z.boolean(),
  nationalIdNumber: z.boolean(),
  /** Bank or card data: not special under the GDPR, but the CNIL treats it as sensitive. */
  financial: z.boolean(),
  location: z.boolean(),
  retention: templateRetentionSchema,
});
export type TemplateDataCategory = z.infer<typeof templateDataCategorySchema>;

/** Art. 30(1)(b), Art. 6(1): a purpose with its basis (the domain's enum codes). */
export const templatePurposeSchema = z.strictObject({
  description: templateTextSchema('The purpose', 1000),
  legalBasis: legalBasisSchema,
  /** Art. 6(3): the law behind a legal obligation, e.g. "Code du travail, art. R. 1221-26". */
  legalReference: text(500),
  legitimateInterest: optionalTemplateText('The legitimate interest', 1000),
  art9Condition: z.union([art9ConditionSchema, z.null()]),
  directMarketing: z.boolean(),
});
export type TemplatePurpose = z.infer<typeof templatePurposeSchema>;

export const templateSecurityMeasureSchema = z.strictObject({
  key: keySchema,
  category: securityMeasureCategorySchema,
  title: templateTextSchema('The security measure', 300),
  description: optionalTemplateText('The security measure description', 2000),
});
export type TemplateSecurityMeasure = z.infer<typeof templateSecurityMeasureSchema>;

/**
 * DPIA likelihood as the CNIL lists put it: "required" (délib. 2018-327, Art. 35(4)), "exempt"
 * (délib. 2019-118, Art. 35(5), under the stated conditions) or "check" (WP248: two or more criteria).
 */
export const templateDpiaLikelihoodSchema = z.enum(['required', 'exempt', 'check']);
export type TemplateDpiaLikelihood = z.infer<typeof templateDpiaLikelihoodSchema>;
const CNIL_DPIA_CODES = new Set(cnilDpiaList.items.map((i) => i.code));
export const templateDpiaSchema = z.strictObject({
  likelihood: templateDpiaLikelihoodSchema,
  /** Items of the CNIL list the activity falls under as described (not the conditional ones). */
  cnilList: z
    .array(z.string().refine((c) => CNIL_DPIA_CODES.has(c), { error: 'Unknown item of the CNIL DPIA list.' }))
    .max(14),
  wp248: z.array(wp248CriterionSchema).max(9),
  art35_3: z.array(art35_3CaseSchema).max(3),
  /** When it becomes required or stays exempt, with the list it comes from. */
  reasoning: templateTextSchema('The DPIA reasoning', 2000),
});
export type TemplateDpia = z.infer<typeof templateDpiaSchema>;

/** Sectors a template is meant for; "all" is any organisation. Labels: assets/i18n/<lang>/templates.json. */
export const templateSectorSchema = z.enum([
  'all',
  'health',
  'retail_ecommerce',
  'software_it',
  'professional_services',
  'transport_logistics',
  'industry',
]);
export type TemplateSector = z.infer<typeof templateSectorSchema>;

/** Families as in the reference list (A–G). */
export const templateFamilySchema = z.enum([
  'hr',
  'security',
  'customers_marketing',
  'finance_legal',
  'governance',
  'sector',
  'processor',
]);
export type TemplateFamily = z.infer<typeof templateFamilySchema>;

export const activityTemplateSchema = z
  .strictObject({
    /** Stable across versions, e.g. "fr.payroll". */
    id: z.string().regex(/^[a-z]{2}\.[a-z0-9-]{1,80}$/, { error: 'Use "<jurisdiction>.<name>", e.g. "fr.payroll".' }),
    /** Raised when the content changes; the activity records the version it came from. */
    version: z.number().int().positive(),
    /** ISO 3166-1 alpha-2 country whose law the retention periods and sources come from. */
    jurisdiction: countryCode,
    kind: z.enum(['controller', 'processor']),
    family: templateFamilySchema,
    sectors: z.array(templateSectorSchema).min(1).max(8),
    tags: z.strictObject({
      en: z.array(requiredText('A tag (English)', 60)).min(1).max(20),
      fr: z.array(requiredText('A tag (French)', 60)).min(1).max(20),
      de: z.array(requiredText('A tag (German)', 60)).min(1).max(20).optional(),
    }),
    title: templateTextSchema('The template title', 200),
    description: templateTextSchema('The template description', 2000),
    audiences: z.array(audienceSchema).max(8),
    purposes: z.array(templatePurposeSchema).max(MAX_ITEMS),
    dataSubjects: z.array(templateTextSchema('The category of data subjects', 300)).max(MAX_ITEMS),
    dataCategories: z.array(templateDataCategorySchema).max(MAX_ITEMS),
    /** Art. 30(1)(d): usual recipients, offered for the DPO to link; never created silently. */
    recipients: z.array(templateTextSchema('The recipient', 300)).max(MAX_ITEMS),
    securityMeasures: z.array(templateSecurityMeasureSchema).max(MAX_ITEMS),
    /** Art. 30(2)(b), processor templates only: categories of processing carried out for clients. */
    processingCategories: z.array(templateTextSchema('The category of processing', 500)).max(MAX_ITEMS),
    dpia: templateDpiaSchema,
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'controller' && t.purposes.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['purposes'],
        message: 'A controller template needs at least one purpose.',
      });
    if (t.kind === 'processor' && t.processingCategories.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['processingCategories'],
        message: 'A processor template needs at least one category of processing.',
      });
    const keys = t.dataCategories.map((c) => c.key);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({ code: 'custom', path: ['dataCategories'], message: 'Two data categories share a key.' });
  });
export type ActivityTemplate = z.infer<typeof activityTemplateSchema>;

/** A template file: one jurisdiction's templates. */
export const activityTemplateFileSchema = z
  .strictObject({
    jurisdiction: countryCode,
    /** When the content was last checked against its sources. */
    asOf: z.iso.date(),
    source: text(2000),
    templates: z.array(activityTemplateSchema).min(1).max(500),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.templates.forEach((t, i) => {
      if (seen.has(t.id))
        ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `Duplicate id ${t.id}.` });
      seen.add(t.id);
      if (t.jurisdiction !== f.jurisdiction)
        ctx.addIssue({
          code: 'custom',
          path: ['templates', i, 'jurisdiction'],
          message: `Template ${t.id} names ${t.jurisdiction}, the file is for ${f.jurisdiction}.`,
        });
    });
  });
export type ActivityTemplateFile = z.infer<typeof activityTemplateFileSchema>;

/** The JSON Schema committed as assets/templates/activity-template.schema.json (a test keeps them equal). */
export const activityTemplateJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(activityTemplateFileSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
  $id: 'https://dpo-desk.invalid/activity-template.schema.json',
  title: 'DPO Desk activity templates (one jurisdiction)',
  description:
    'Common processing activities in English and French. Every retention figure has a source; a figure that ' +
    'could not be sourced has status "unverified", a reason and no figure.',
});

/** The bundled template files, one per jurisdiction; a new jurisdiction is a new file listed here. */
export const TEMPLATE_FILES: readonly unknown[] = [frTemplates];

/** Parses every bundled file; a broken file is a build error caught by the test, not a runtime surprise. */
export const loadActivityTemplates = (files: readonly unknown[] = TEMPLATE_FILES): ActivityTemplate[] =>
  files.flatMap((f) => activityTemplateFileSchema.parse(f).templates);

let cache: ActivityTemplate[] | undefined;
export const activityTemplates = (): ActivityTemplate[] => (cache ??= loadActivityTemplates());
export const activityTemplateById = (id: string): ActivityTemplate | undefined =>
  activityTemplates().find((t) => t.id === id);

export const templateText = (t: TemplateText, language: Language): string => t[language] ?? t.en;
/** The template's tags in the language, English while a German list is not written. */
export const templateTags = (t: ActivityTemplate, language: Language): readonly string[] =>
  t.tags[language] ?? t.tags.en;

/** Accent- and case-insensitive form used for search and for matching measures by title. */
export const foldForSearch = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/**
 * Templates matching every word of the query in their title, tags, sector or family labels, in
 * English or French (a French DPO may type "paie" or "payroll"). Labels come from the caller (i18n).
 */
export const searchTemplates = (
  templates: readonly ActivityTemplate[],
  query: string,
  labels: (t: ActivityTemplate) => readonly string[] = () => [],
): ActivityTemplate[] => {
  const words = foldForSearch(query.slice(0, 200))
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...templates];
  return templates.filter((t) => {
    const haystack = foldForSearch(
      [t.title.en, t.title.fr, ...t.tags.en, ...t.tags.fr, ...t.sectors, t.family, ...labels(t)].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
};
