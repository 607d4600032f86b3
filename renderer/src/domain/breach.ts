import { z } from 'zod';
import {
  countryCode,
  idSchema,
  isoDateTime,
  optionalDate,
  optionalDateTime,
  ownedSchema,
  recordMetaSchema,
  requiredText,
  text,
  VALIDATION_MESSAGES,
} from './common';

/*
 * The personal-data breach register (GDPR Art. 33(5)): every breach, notified or not, with its
 * facts, effects and remedial action, so that the supervisory authority can verify compliance
 * with Art. 33. Field numbers (#n) and bases follow /shared/reference/breach-and-request-logs.md
 * part 1: [L] the GDPR text, [G] EDPB or CNIL guidance, [P] practice in existing tools (Madis,
 * CISO Assistant, Article30). The 72-hour arithmetic lives in the deadline module
 * (domain/deadlines.ts), never here.
 */

/** Upper bounds on repeating groups: a breach entry is a page, not a database. */
const MAX_ITEMS = 200;
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS).default([]);

/** An IANA time zone name such as Europe/Paris, or empty when not said. */
export const timeZoneSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .max(64)
    .regex(/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){0,2}$|^UTC$/, { error: 'Choose a time zone such as Europe/Paris.' }),
]);

/** #6 [G] who or what revealed the breach (EDPB 9/2022 on "awareness"). */
export const breachDetectionSourceSchema = z.enum([
  'internal_staff',
  'processor',
  'data_subject',
  'third_party',
  'authority',
  'security_tooling',
  'other',
]);
export type BreachDetectionSource = z.infer<typeof breachDetectionSourceSchema>;

/** #8 [G] EDPB Guidelines 9/2022: the three breach types; one breach may combine them. */
export const breachTypeSchema = z.enum(['confidentiality', 'integrity', 'availability']);
export type BreachType = z.infer<typeof breachTypeSchema>;

/** #8 [L] Art. 4(12): what happened to the data (CISO Assistant's list); offered beside the types. */
export const breachEffectSchema = z.enum([
  'destruction',
  'loss',
  'alteration',
  'unauthorised_disclosure',
  'unauthorised_access',
  'other',
]);
export type BreachEffect = z.infer<typeof breachEffectSchema>;

/**
 * #9 [P] circumstances, from Madis's ViolationOriginDictionary (which appears to follow the CNIL
 * notification form — UNVERIFIED that it matches exactly).
 */
export const breachOriginSchema = z.enum([
  'device_lost_or_stolen',
  'paper_lost_stolen_or_unsecured',
  'mail_lost_or_opened',
  'hacking_malware_phishing',
  'paper_discarded_unshredded',
  'device_disposed_unerased',
  'unintended_publication',
  'wrong_data_in_portal',
  'sent_to_wrong_recipient',
  'verbal_disclosure',
  'other',
]);
export type BreachOrigin = z.infer<typeof breachOriginSchema>;

/** #10 [P] Madis's ViolationCauseDictionary. */
export const breachCauseSchema = z.enum([
  'internal_malicious',
  'internal_accidental',
  'external_malicious',
  'external_accidental',
  'unknown',
]);
export type BreachCause = z.infer<typeof breachCauseSchema>;

/** #15, #17 [L] Art. 33(3)(a): "approximate number" — a figure and whether it is an estimate. */
export const approximateCountSchema = z
  .object({
    value: z.union([z.number().int().min(0).max(10_000_000_000), z.null()]).default(null),
    precision: z.enum(['estimate', 'exact']).default('estimate'),
  })
  .default({ value: null, precision: 'estimate' });
export type ApproximateCount = z.infer<typeof approximateCountSchema>;

/**
 * #16 [L] Art. 33(3)(a) categories of data, with the flags regulators look for: Art. 9 special
 * categories, Art. 10 criminal data, national identification number (Art. 87), bank or card data,
 * identity documents, credentials.
 */
export const breachDataFlagSchema = z.enum([
  'special_category',
  'criminal_offence',
  'national_id_number',
  'bank_card',
  'identity_document',
  'credentials',
]);
export type BreachDataFlag = z.infer<typeof breachDataFlagSchema>;

/** #19 [L] Art. 33(3)(c), the Recital 85 list of damage to natural persons. */
export const breachConsequenceSchema = z.enum([
  'loss_of_control',
  'limitation_of_rights',
  'discrimination',
  'identity_theft',
  'fraud',
  'financial_loss',
  'reversal_of_pseudonymisation',
  'damage_to_reputation',
  'loss_of_professional_secrecy',
  'other',
]);
export type BreachConsequence = z.infer<typeof breachConsequenceSchema>;

/** #20 [G] likelihood and severity of the risk to people (ENISA severity method is the usual one). */
export const riskLevelSchema = z.enum(['low', 'medium', 'high']);
export type RiskLevel = z.infer<typeof riskLevelSchema>;
/** #20 Art. 33(1) "unlikely to result in a risk" / Art. 34(1) "likely to result in a high risk". */
export const breachRiskResultSchema = z.enum(['no_risk', 'risk', 'high_risk']);
export type BreachRiskResult = z.infer<typeof breachRiskResultSchema>;

/**
 * The matrix the form proposes (the assessor may record another result, with reasons). It is a
 * practice convention (Article30's BreachRiskAssessment, Monaco APDP's register model), not law:
 * only "no risk", "risk" and "high risk" have legal consequences (Art. 33(1), Art. 34(1)).
 */
export const proposedRiskResult = (likelihood: RiskLevel, severity: RiskLevel): BreachRiskResult => {
  if (likelihood === 'high' && severity === 'high') return 'high_risk';
  if (severity === 'high' && likelihood === 'medium') return 'high_risk';
  if (likelihood === 'low' && severity === 'low') return 'no_risk';
  return 'risk';
};

/** #20 [G] one assessment; a reassessment supersedes an earlier one instead of overwriting it. */
export const riskAssessmentSchema = z.object({
  id: idSchema,
  likelihood: riskLevelSchema,
  severity: riskLevelSchema,
  result: breachRiskResultSchema,
  reasons: requiredText('The reasons for the assessment', 4000),
  assessor: text(200).default(''),
  assessedOn: z.iso.date({ error: VALIDATION_MESSAGES.date }),
  /** The assessment this one replaces (Article30 `supersedesId`). */
  supersedesId: z.union([idSchema, z.null()]).default(null),
});
export type RiskAssessment = z.infer<typeof riskAssessmentSchema>;

/** The assessment in force: the latest one that no other supersedes. */
export const currentRiskAssessment = (assessments: readonly RiskAssessment[]): RiskAssessment | undefined => {
  const superseded = new Set(assessments.flatMap((a) => (a.supersedesId === null ? [] : [a.supersedesId])));
  const open = assessments.filter((a) => !superseded.has(a.id));
  return open.reduce<RiskAssessment | undefined>(
    (latest, a) => (latest === undefined || a.assessedOn >= latest.assessedOn ? a : latest),
    undefined,
  );
};

/** #22 [L] Art. 33(1): notify the authority, or not because the breach is unlikely to result in a risk. */
export const notifyDecisionSchema = z.enum(['undecided', 'notify', 'do_not_notify']);
export type NotifyDecision = z.infer<typeof notifyDecisionSchema>;

/** #23 [L] Art. 33(4): information may be provided in phases. */
export const notificationPhaseSchema = z.enum(['initial', 'complementary']);
export const notificationChannelSchema = z.enum(['online_service', 'email', 'post', 'other']);

/** #23 [L] Art. 33(1),(4): one filing with the supervisory authority. */
export const breachNotificationSchema = z.object({
  id: idSchema,
  phase: notificationPhaseSchema.default('initial'),
  /** The competent authority (CNIL, ICO…): by default the organisation's lead authority. */
  authority: requiredText('The authority', 200),
  filedAt: isoDateTime,
  channel: notificationChannelSchema.default('online_service'),
  /** The authority's case or receipt number. */
  reference: text(200).default(''),
  filedBy: text(200).default(''),
});
export type BreachNotification = z.infer<typeof breachNotificationSchema>;

/** #26 [L] Art. 34(1): communicate the breach to the people (Madis: yes / not yet / will not be). */
export const subjectsDecisionSchema = z.enum(['undecided', 'yes', 'not_yet', 'no']);
export type SubjectsDecision = z.infer<typeof subjectsDecisionSchema>;

/** #27 [L] Art. 34(3)(a)–(c): the exemptions from communicating to the people. */
export const art34ExemptionSchema = z.enum([
  /** (a) the data was made unintelligible to anyone not authorised, e.g. by encryption. */
  'a_unintelligible',
  /** (b) later measures ensure the high risk is no longer likely to materialise. */
  'b_risk_no_longer_likely',
  /** (c) individual communication would involve disproportionate effort: a public communication instead. */
  'c_disproportionate_effort',
]);
export type Art34Exemption = z.infer<typeof art34ExemptionSchema>;

/** #28 [L] Art. 34(1),(2): one communication to the people concerned. */
export const subjectCommunicationSchema = z.object({
  id: idSchema,
  sentOn: z.iso.date({ error: VALIDATION_MESSAGES.date }),
  method: z.enum(['email', 'post', 'public_notice', 'in_app', 'other']).default('email'),
  /** Who was told (all affected customers, the 12 employees concerned…). */
  scope: text(1000).default(''),
  content: text(4000).default(''),
  sentBy: text(200).default(''),
});
export type SubjectCommunication = z.infer<typeof subjectCommunicationSchema>;

/** #29 [L] Art. 33(3)(d), 33(5): a measure taken or proposed. */
export const breachMeasureSchema = z.object({
  id: idSchema,
  type: z.enum(['containment', 'mitigation', 'prevention']).default('containment'),
  description: requiredText('The measure', 2000),
  owner: text(200).default(''),
  dueOn: optionalDate.default(''),
  status: z.enum(['planned', 'in_progress', 'done']).default('planned'),
});
export type BreachMeasure = z.infer<typeof breachMeasureSchema>;

/** #30 [P] Article30 RegulatorInteraction: what went to and came from the authority after filing. */
export const authorityExchangeSchema = z.object({
  id: idSchema,
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  type: z
    .enum(['filing', 'information_request', 'reply', 'closure_notice', 'sanction', 'other'])
    .default('information_request'),
  on: z.iso.date({ error: VALIDATION_MESSAGES.date }),
  reference: text(200).default(''),
  summary: text(2000).default(''),
});
export type AuthorityExchange = z.infer<typeof authorityExchangeSchema>;

/** #33 [P] Article30 ViolationStatus, shortened; "dismissed" = not a personal-data breach after triage. */
export const breachStatusSchema = z.enum([
  'received',
  'triaged',
  'dismissed',
  'assessed',
  'contained',
  'notification_pending',
  'authority_notified',
  'individuals_notified',
  'remediated',
  'closed',
]);
export type BreachStatus = z.infer<typeof breachStatusSchema>;

/** Art. 4(7)/(8): whether the breach hit our own processing or a client's data we process. */
export const breachRoleSchema = z.enum(['controller', 'processor']);
export type BreachRole = z.infer<typeof breachRoleSchema>;

const breachFields = z.object({
  /** #1 [P] sequential reference such as BR-2026-004. */
  reference: text(60).default(''),
  /** #2 [P] */
  title: requiredText('The title of the breach', 300),
  status: breachStatusSchema.default('received'),
  /** #33 [P] why triage found it is not a personal-data breach. */
  dismissalReason: text(2000).default(''),

  /** Processor side, Art. 33(2): our role for the data breached. */
  role: breachRoleSchema.default('controller'),
  /** When we act as processor: the client controller whose data was breached. */
  clientName: text(300).default(''),
  /** [L] Art. 33(2): when we informed the client controller ("without undue delay"). */
  clientInformedAt: optionalDateTime.default(''),

  /** #3 [G] when the breach began and ended, when known. */
  startedAt: optionalDateTime.default(''),
  endedAt: optionalDateTime.default(''),
  /**
   * #4 [L] Art. 33(1): when the controller became aware (EDPB 9/2022: a reasonable degree of
   * certainty that personal data was compromised). Starts the 72-hour clock; stored with the UTC
   * offset that applied in the organisation's time zone, so the moment is never ambiguous.
   */
  awareAt: isoDateTime,
  /** The organisation's time zone the times above were entered in (IANA name), for display. */
  timeZone: timeZoneSchema.default(''),
  /** #5 [P] who entered the breach (the date logged is the record's createdAt). */
  loggedBy: text(200).default(''),

  /** #6 [G] how it was detected, who reported it. */
  detectionSource: z.union([breachDetectionSourceSchema, z.null()]).default(null),
  detectionDetails: text(2000).default(''),
  /** #7 [L] Art. 33(2): the processor at which it happened, and when it informed us. */
  processorId: z.union([idSchema, z.null()]).default(null),
  processorInformedAt: optionalDateTime.default(''),

  /** #8 [G] EDPB types, and #8 [L] Art. 4(12) effects. */
  types: z.array(breachTypeSchema).max(3).default([]),
  effects: z.array(breachEffectSchema).max(6).default([]),
  /** #9 [P] */
  origin: z.union([breachOriginSchema, z.null()]).default(null),
  /** #10 [P] */
  cause: z.union([breachCauseSchema, z.null()]).default(null),
  /** #11 [L] Art. 33(5) "the facts relating to the personal data breach". */
  facts: text(20000).default(''),
  /** #12 [P] the processing activities of the register it affects. */
  activityIds: list(idSchema),
  /** #13 [P] */
  systems: text(2000).default(''),
  /** #14 [L] Art. 33(3)(a) categories of people (words of the register's vocabulary). */
  dataSubjectCategories: list(requiredText('The category of data subjects', 300)),
  /** #15 [L] Art. 33(3)(a) */
  subjectsCount: approximateCountSchema,
  /** #16 [L] Art. 33(3)(a) */
  dataCategories: list(requiredText('The data category', 300)),
  dataFlags: z.array(breachDataFlagSchema).max(6).default([]),
  /** #17 [L] Art. 33(3)(a) */
  recordsCount: approximateCountSchema,
  /** #18 [G] people in several member states (Art. 56 one-stop shop). */
  crossBorder: z.boolean().default(false),
  memberStates: z.array(countryCode).max(40).default([]),
  leadAuthority: text(200).default(''),
  /** #19 [L] Art. 33(3)(c), Recital 85. */
  consequences: z.array(breachConsequenceSchema).max(10).default([]),
  consequencesDetails: text(4000).default(''),

  /** #20 [G] versioned: a reassessment supersedes, never overwrites. */
  riskAssessments: list(riskAssessmentSchema),
  /** #21 [G] e.g. encrypted with the key not compromised, data recovered. */
  mitigatingFactors: text(4000).default(''),

  /** #22 [L] Art. 33(1), [G] documentation of the reasoning. */
  notifyDecision: notifyDecisionSchema.default('undecided'),
  /** #22 [G] required when not notifying (EDPB 9/2022 "Documentation" — UNVERIFIED wording). */
  notifyJustification: text(4000).default(''),
  /** #23 [L] Art. 33(1),(4) */
  notifications: list(breachNotificationSchema),
  /**
   * #24 [L] Art. 33(1) second sentence: the reasons for a notification made later than 72 hours.
   * Required when late: checked by the "late notification" rule (domain/checks), which asks the
   * deadline module whether the first filing came after the 72 hours.
   */
  delayReason: text(4000).default(''),
  /** #25 [L] Art. 33(3)(b): the DPO or contact point named in the notification (a contact). */
  contactPointId: z.union([idSchema, z.null()]).default(null),

  /** #26 [L] Art. 34(1) */
  subjectsDecision: subjectsDecisionSchema.default('undecided'),
  subjectsDecisionReason: text(4000).default(''),
  /** #27 [L] Art. 34(3) exemption relied on, and the evidence for it. */
  art34Exemption: z.union([art34ExemptionSchema, z.null()]).default(null),
  art34ExemptionEvidence: text(4000).default(''),
  /** #28 [L] Art. 34(1),(2) */
  subjectCommunications: list(subjectCommunicationSchema),

  /** #29 [L] Art. 33(3)(d), 33(5) */
  measures: list(breachMeasureSchema),
  /** Follow-up of the measures and of the case (issue 16). */
  followUp: text(4000).default(''),
  /** #30 [P] */
  authorityExchanges: list(authorityExchangeSchema),
  /** #31 [P] the security incident ticket. */
  incidentReference: text(200).default(''),
  /** #32 [G] where the evidence is kept (CNIL receipt, logs, forensic report). */
  evidence: text(2000).default(''),

  /** #34 [P] */
  closedOn: optionalDate.default(''),
  closureReason: text(2000).default(''),
  lessonsLearned: text(4000).default(''),
  // #35 [G] change history: the audit log every record has (domain/audit.ts).
});

/** Conditions that make one answer require another; each message names the field. */
const checkBreach = (
  b: {
    notifyDecision: NotifyDecision;
    notifyJustification: string;
    art34Exemption: Art34Exemption | null;
    art34ExemptionEvidence: string;
    role: BreachRole;
    clientName: string;
    status: BreachStatus;
    dismissalReason: string;
  },
  ctx: z.RefinementCtx,
): void => {
  const need = (ok: boolean, path: string, label: string): void => {
    if (!ok) ctx.addIssue({ code: 'custom', path: [path], message: VALIDATION_MESSAGES.required(label) });
  };
  need(
    b.notifyDecision !== 'do_not_notify' || b.notifyJustification.trim() !== '',
    'notifyJustification',
    'The reason for not notifying the authority',
  );
  need(
    b.art34Exemption === null || b.art34ExemptionEvidence.trim() !== '',
    'art34ExemptionEvidence',
    'The evidence for the Art. 34(3) exemption',
  );
  need(b.role !== 'processor' || b.clientName.trim() !== '', 'clientName', 'The client controller');
  need(b.status !== 'dismissed' || b.dismissalReason.trim() !== '', 'dismissalReason', 'The reason for dismissing');
};

export const breachContentSchema = breachFields.superRefine(checkBreach);
export type BreachContent = z.infer<typeof breachContentSchema>;
export type BreachInput = z.input<typeof breachContentSchema>;
export const breachSchema = recordMetaSchema
  .extend(ownedSchema.shape)
  .extend(breachFields.shape)
  .superRefine(checkBreach);
export type Breach = z.infer<typeof breachSchema>;

/** The first filing with the authority (the one the 72 hours are measured against). */
export const firstNotification = (b: Pick<Breach, 'notifications'>): BreachNotification | undefined =>
  b.notifications.reduce<BreachNotification | undefined>(
    (first, n) => (first === undefined || Date.parse(n.filedAt) < Date.parse(first.filedAt) ? n : first),
    undefined,
  );
