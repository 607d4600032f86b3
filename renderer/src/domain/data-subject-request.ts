import { z } from 'zod';
import {
  emailOrEmpty,
  idSchema,
  optionalDate,
  ownedSchema,
  recordMetaSchema,
  requiredText,
  text,
  VALIDATION_MESSAGES,
} from './common';

/*
 * The log of data-subject requests (GDPR Arts. 12, 15–22). Field numbers (#n) and bases follow
 * /shared/reference/breach-and-request-logs.md part 2: [L] the GDPR text (or French law where
 * said), [G] EDPB or CNIL guidance, [P] practice in existing tools. The due date is computed by
 * the deadline module (domain/deadlines.ts, Regulation 1182/71), never stored and never here.
 */

const MAX_ITEMS = 200;
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS).default([]);
const requiredDate = z.iso.date({ error: VALIDATION_MESSAGES.date });

/** #9 [L] the rights of Arts. 15–22, and withdrawal of consent (Art. 7(3), Madis lists it). */
export const requestTypeSchema = z.enum([
  /** Art. 15 */
  'access',
  /** Art. 16 */
  'rectification',
  /** Art. 17 */
  'erasure',
  /** Art. 18 */
  'restriction',
  /** Art. 20 */
  'portability',
  /** Art. 21(1) */
  'objection',
  /** Art. 21(2)–(3): the absolute right to object to direct marketing. */
  'objection_direct_marketing',
  /** Art. 22: not to be subject to a solely automated decision. */
  'automated_decision',
  /** Art. 7(3) */
  'consent_withdrawal',
  'other',
]);
export type RequestType = z.infer<typeof requestTypeSchema>;
/** Art. 19: these rights oblige the controller to tell each recipient. */
export const ART19_TYPES: readonly RequestType[] = ['rectification', 'erasure', 'restriction'];

/** #3 [P] Article30 RequesterCommunicationChannel. Art. 12(3): electronic in → electronic out. */
export const requestChannelSchema = z.enum([
  'email',
  'web_form',
  'post',
  'in_person',
  'phone',
  'via_processor',
  'other',
]);
export type RequestChannel = z.infer<typeof requestChannelSchema>;

/** #6 [P] who makes the request (French rules on deceased persons UNVERIFIED here). */
export const requesterCapacitySchema = z.enum([
  'data_subject',
  'legal_representative',
  'parent_or_guardian',
  'authorised_agent',
  'heir',
]);
export type RequesterCapacity = z.infer<typeof requesterCapacitySchema>;

/** #8 [L] Art. 12(6), [G] CNIL: how identity was confirmed when there was reasonable doubt. */
export const identityMethodSchema = z.enum(['account_login', 'customer_number', 'id_document', 'other']);
export type IdentityMethod = z.infer<typeof identityMethodSchema>;

/**
 * #8 [L] Art. 12(6): more information only with reasonable doubt about identity. France: décret
 * 2005-1309 as amended by décret 2018-687 suspends the Art. 12(3) time limit while it is awaited
 * (reference [D3]; today's numbering in décret 2019-536 is UNVERIFIED). Whether the wait suspends the
 * clock follows from the organisation's country (deadlines.ts SUSPENSIVE_PAUSES), not from a tick box.
 * CNIL SAN-2020-008: an ID copy is deleted once the request is met (`idCopyDeletedOn`).
 */
export const identityCheckSchema = z
  .object({
    needed: z.boolean().default(false),
    method: z.union([identityMethodSchema, z.null()]).default(null),
    askedOn: optionalDate.default(''),
    receivedOn: optionalDate.default(''),
    verified: z.enum(['not_checked', 'verified', 'not_verifiable']).default('not_checked'),
    /** A copy of an identity document was received and is held. */
    idCopyHeld: z.boolean().default(false),
    idCopyDeletedOn: optionalDate.default(''),
    notes: text(2000).default(''),
  })
  .default({
    needed: false,
    method: null,
    askedOn: '',
    receivedOn: '',
    verified: 'not_checked',
    idCopyHeld: false,
    idCopyDeletedOn: '',
    notes: '',
  });
export type IdentityCheck = z.infer<typeof identityCheckSchema>;

/**
 * #11 [L] the period that applies: Art. 12(3) one month; France, health data held by health
 * professionals, Code de la santé publique L1111-7: 8 days, or 2 months for information more than
 * 5 years old (reference [D9]).
 */
export const deadlineRegimeSchema = z.enum(['standard', 'fr_health', 'fr_health_older_than_5_years']);
export type DeadlineRegime = z.infer<typeof deadlineRegimeSchema>;

/** #13 [L]/[P] an interval during which the clock is said to stop (Article30 DsrPauseInterval). */
export const requestPauseSchema = z.object({
  id: idSchema,
  from: requiredDate,
  to: optionalDate.default(''),
  reason: z.enum(['identity', 'clarification', 'other']).default('clarification'),
  /**
   * Only the French identity suspension has a stated legal basis (reference [D3]); other pauses are
   * documented but not legally suspensive unless the DPO confirms a basis here.
   */
  legalBasis: text(500).default(''),
});
export type RequestPauseEntry = z.infer<typeof requestPauseSchema>;

/**
 * #14 [L] Art. 12(3): extension by up to two further months, for complexity or number of requests,
 * with the person told, with reasons, within the first month.
 */
export const extensionSchema = z
  .object({
    extended: z.boolean().default(false),
    months: z.union([z.literal(1), z.literal(2), z.null()]).default(null),
    reasons: text(2000).default(''),
    personToldOn: optionalDate.default(''),
  })
  .default({ extended: false, months: null, reasons: '', personToldOn: '' });
export type Extension = z.infer<typeof extensionSchema>;

/** #16 [L] Art. 19 (recipients) and Art. 28(3)(e) (processors' help): status of one notice. */
export const recipientNoticeStatusSchema = z.enum([
  'not_required',
  'pending',
  'done',
  'impossible_or_disproportionate',
]);
export const recipientNoticeSchema = z.object({
  id: idSchema,
  /** A recipient of the register, or a processor: exactly one is set. */
  recipientId: z.union([idSchema, z.null()]).default(null),
  processorId: z.union([idSchema, z.null()]).default(null),
  status: recipientNoticeStatusSchema.default('pending'),
  sentOn: optionalDate.default(''),
  notes: text(1000).default(''),
});
export type RecipientNotice = z.infer<typeof recipientNoticeSchema>;

/** #17 [L] Art. 12(5), 15(4), 17(3), 23: grounds to refuse in whole or in part. */
export const refusalGroundSchema = z.enum([
  'manifestly_unfounded',
  'excessive',
  'identity_not_verifiable',
  'repeat_request',
  'legal_exception',
  'rights_of_others',
  'national_restriction',
]);
export type RefusalGround = z.infer<typeof refusalGroundSchema>;

/** #18 [L] Art. 12(5), 15(3); [G] EDPB 01/2022: tell the person in advance. */
export const feeSchema = z
  .object({
    charged: z.boolean().default(false),
    amount: z.union([z.number().min(0).max(100_000), z.null()]).default(null),
    currency: z
      .string()
      .trim()
      .regex(/^$|^[A-Z]{3}$/)
      .default('EUR'),
    justification: text(2000).default(''),
    toldInAdvanceOn: optionalDate.default(''),
  })
  .default({ charged: false, amount: null, currency: 'EUR', justification: '', toldInAdvanceOn: '' });
export type Fee = z.infer<typeof feeSchema>;

/** #19 [L] Art. 12(3),(4): a message to or from the requester (Article30 RequesterCommunication). */
/** What a message to or from the requester was (the editor lists them in this order). */
export const requestCommunicationKindSchema = z.enum([
  'acknowledgement',
  'clarification_request',
  'identity_request',
  'extension_notice',
  'response',
  'refusal',
  'withdrawal_confirmation',
]);

export const requestCommunicationSchema = z.object({
  id: idSchema,
  kind: requestCommunicationKindSchema.default('acknowledgement'),
  on: requiredDate,
  channel: requestChannelSchema.default('email'),
  summary: text(2000).default(''),
  sentBy: text(200).default(''),
});
export type RequestCommunication = z.infer<typeof requestCommunicationSchema>;

/** #21 [P] with #17 [L]: what came of the request. "pending" until it is answered. */
export const requestOutcomeSchema = z.enum([
  'pending',
  'granted',
  'partly_granted',
  'refused',
  /** Art. 12(5)(b) refusal, or (a) a reasonable fee, for a manifestly unfounded or excessive request. */
  'manifestly_unfounded_or_excessive',
  'withdrawn',
]);
export type RequestOutcome = z.infer<typeof requestOutcomeSchema>;
/** Outcomes that, under Art. 12(4), require the reasons and the complaint and remedy information. */
export const REFUSAL_OUTCOMES: readonly RequestOutcome[] = [
  'partly_granted',
  'refused',
  'manifestly_unfounded_or_excessive',
];

/** #23 [P] Article30 DsrStatus and Madis RequestStateDictionary, shortened. */
export const requestStatusSchema = z.enum([
  'new',
  'acknowledged',
  'awaiting_requester',
  'in_progress',
  'responded',
  'closed',
]);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

const requestFields = z.object({
  /** #1 [P] sequential reference, e.g. DSR-2026-012. */
  reference: text(60).default(''),
  /** #2 [L] Art. 12(3): the day of receipt, by anyone in the organisation, starts the month. */
  receivedOn: requiredDate,
  /** #3 [P] */
  channel: requestChannelSchema.default('email'),
  /** #4 [P] */
  receivedBy: text(200).default(''),
  forwardedToDpoOn: optionalDate.default(''),
  /** #5 [P] */
  requesterName: requiredText('The requester', 300),
  requesterEmail: emailOrEmpty.default(''),
  requesterAddress: text(500).default(''),
  requesterDetails: text(2000).default(''),
  /** #6 [P] */
  requesterCapacity: requesterCapacitySchema.default('data_subject'),
  /** #7 [P] the person the data is about, when not the requester, and their category. */
  dataSubjectName: text(300).default(''),
  dataSubjectCategory: text(300).default(''),
  /** #8 [L] Art. 12(6) */
  identityCheck: identityCheckSchema,
  /** #9 [L] at least one right. */
  types: z
    .array(requestTypeSchema)
    .min(1, { error: VALIDATION_MESSAGES.required('The type of request') })
    .max(10),
  /** #10 [P] content and scope; [G] EDPB 01/2022 on asking for clarification. */
  description: text(4000).default(''),
  clarificationAskedOn: optionalDate.default(''),
  clarificationAnsweredOn: optionalDate.default(''),
  /** #11 [L] */
  deadlineRegime: deadlineRegimeSchema.default('standard'),
  /** #13 further pauses beyond the identity check (see requestPauseSchema). */
  pauses: list(requestPauseSchema),
  /** #14 [L] Art. 12(3) */
  extension: extensionSchema,
  /** #15 [P] the register's activities concerned, and systems searched. */
  activityIds: list(idSchema),
  systemsSearched: text(2000).default(''),
  /** #16 [L] Art. 28(3)(e): processors asked to help. */
  processorIds: list(idSchema),
  /** #16 [L] Art. 19: recipients of the data concerned. */
  recipientIds: list(idSchema),
  /** #16 [L] Art. 19 notices sent to recipients (and processors). */
  recipientNotices: list(recipientNoticeSchema),
  /** #17 [L] */
  refusalGrounds: z.array(refusalGroundSchema).max(7).default([]),
  refusalReasons: text(4000).default(''),
  /** #18 [L] */
  fee: feeSchema,
  /** #19 [L] */
  communications: list(requestCommunicationSchema),
  /** #20 [L] Art. 12(3), 15(3) */
  respondedOn: optionalDate.default(''),
  responseFormat: z.union([z.enum(['electronic', 'paper', 'in_person', 'other']), z.null()]).default(null),
  responseSummary: text(4000).default(''),
  /** #21 [P] */
  outcome: requestOutcomeSchema.default('pending'),
  outcomeNotes: text(2000).default(''),
  withdrawnOn: optionalDate.default(''),
  /** #22 [L] Art. 12(4): the person was told of the right to complain and to a judicial remedy. */
  remedyInformedOn: optionalDate.default(''),
  /** #23 [P] */
  status: requestStatusSchema.default('new'),
  /** #24 [P] */
  assignee: text(200).default(''),
  /** #25 [P] where the request, response and proof of sending are kept. */
  evidence: text(2000).default(''),
  /** #26 [P] */
  closedOn: optionalDate.default(''),
  closureReason: text(2000).default(''),
  // #27 [G] change history: the audit log every record has (domain/audit.ts).
});

const checkRequest = (
  r: {
    extension: Extension;
    outcome: RequestOutcome;
    refusalReasons: string;
    fee: Fee;
    recipientNotices: RecipientNotice[];
  },
  ctx: z.RefinementCtx,
): void => {
  const need = (ok: boolean, path: (string | number)[], label: string): void => {
    if (!ok) ctx.addIssue({ code: 'custom', path, message: VALIDATION_MESSAGES.required(label) });
  };
  need(!r.extension.extended || r.extension.months !== null, ['extension', 'months'], 'The length of the extension');
  need(
    !r.extension.extended || r.extension.reasons.trim() !== '',
    ['extension', 'reasons'],
    'The reasons for the extension',
  );
  need(
    !REFUSAL_OUTCOMES.includes(r.outcome) || r.refusalReasons.trim() !== '',
    ['refusalReasons'],
    'The reasons for refusing',
  );
  need(!r.fee.charged || r.fee.amount !== null, ['fee', 'amount'], 'The fee');
  r.recipientNotices.forEach((n, i) =>
    need(
      (n.recipientId === null) !== (n.processorId === null),
      ['recipientNotices', i, 'recipientId'],
      'The recipient',
    ),
  );
};

export const requestContentSchema = requestFields.superRefine(checkRequest);
export type RequestContent = z.infer<typeof requestContentSchema>;
export type RequestInput = z.input<typeof requestContentSchema>;
export const requestSchema = recordMetaSchema
  .extend(ownedSchema.shape)
  .extend(requestFields.shape)
  .superRefine(checkRequest);
export type DataSubjectRequest = z.infer<typeof requestSchema>;

/** A request is closed once it is answered, withdrawn or closed: its ID copy should be gone. */
export const isRequestClosed = (r: Pick<DataSubjectRequest, 'status' | 'outcome'>): boolean =>
  r.status === 'responded' || r.status === 'closed' || r.outcome === 'withdrawn';
