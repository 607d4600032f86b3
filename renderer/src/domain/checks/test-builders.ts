/**
 * Small builders of valid records for the checks' tests. Every record goes through its zod schema's
 * `.parse`, so defaults fill in exactly as they do for records read from the database.
 */
import type { z } from 'zod';
import {
  controllerActivitySchema,
  processorActivitySchema,
  type ControllerActivity,
  type ProcessorActivity,
} from '../activity';
import { breachSchema, type Breach } from '../breach';
import { contactSchema, type Contact } from '../contact';
import { requestSchema, type DataSubjectRequest } from '../data-subject-request';
import { policySettingSchema, type PolicySetting } from '../document-setting';
import { organisationSchema, type Organisation } from '../organisation';
import { processorSchema, type Processor } from '../processor';
import { recipientSchema, type Recipient } from '../recipient';
import { securityMeasureSchema, type SecurityMeasure } from '../security-measure';
import { transferSchema, type Transfer } from '../transfer';
import { workspaceSchema, type Workspace } from '../workspace';

export const ORG_ID = 'org-1';
export const TODAY = '2026-06-15';
const CREATED = '2026-01-10T09:00:00.000Z';

const meta = (id: string) => ({ id, createdAt: CREATED, updatedAt: CREATED, revision: 1, deletedAt: null });
const owned = (id: string) => ({ ...meta(id), organisationId: ORG_ID });

type In<S extends z.ZodType> = Partial<z.input<S>>;

export const organisation = (over: In<typeof organisationSchema> = {}): Organisation =>
  organisationSchema.parse({
    ...meta(ORG_ID),
    name: 'Acme SAS',
    email: 'privacy@acme.example',
    address: { street: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
    supervisoryAuthority: { name: 'CNIL', country: 'FR', website: 'https://www.cnil.fr', address: '' },
    headcountBand: '10-49',
    ...over,
  });

export const dpo = (over: In<typeof contactSchema> = {}): Contact =>
  contactSchema.parse({
    ...owned('dpo-1'),
    role: 'dpo',
    name: 'Jeanne Martin',
    email: 'dpo@acme.example',
    published: true,
    communicatedToAuthority: true,
    ...over,
  });

export const contact = (id: string, over: In<typeof contactSchema>): Contact =>
  contactSchema.parse({ ...owned(id), name: 'Contact', ...over });

export const securityMeasure = (id = 'sm-1', over: In<typeof securityMeasureSchema> = {}): SecurityMeasure =>
  securityMeasureSchema.parse({
    ...owned(id),
    category: 'access_control',
    title: 'Role-based access control',
    ...over,
  });

export const recipient = (id: string, over: In<typeof recipientSchema> = {}): Recipient =>
  recipientSchema.parse({
    ...owned(id),
    name: 'Sales department',
    category: 'internal_department',
    country: 'FR',
    ...over,
  });

export const processor = (id: string, over: In<typeof processorSchema> = {}): Processor =>
  processorSchema.parse({
    ...owned(id),
    name: 'OVH SAS',
    service: 'Hosting',
    countries: ['FR'],
    dpa: { signed: true, signedOn: '2025-01-01', expiresOn: '', reference: 'DPA-1' },
    ...over,
  });

export const transfer = (id: string, over: In<typeof transferSchema> = {}): Transfer =>
  transferSchema.parse({
    ...owned(id),
    country: 'IN',
    recipientName: 'Support partner',
    mechanism: 'scc',
    safeguardsCopy: 'On request to privacy@acme.example',
    ...over,
  });

type ControllerIn = In<typeof controllerActivitySchema>;
/** A controller activity with every Art. 30(1) item filled: the checks find nothing to say about it. */
export const controllerActivity = (id: string, over: ControllerIn = {}): ControllerActivity =>
  controllerActivitySchema.parse({
    ...owned(id),
    kind: 'controller',
    name: 'Customer accounts',
    status: 'active',
    lastReviewedOn: '2026-03-01',
    audiences: ['customers'],
    purposes: [{ id: `${id}-p1`, description: 'Managing customer accounts', legalBasis: 'contract' }],
    dataSubjectCategories: [{ id: `${id}-ds1`, name: 'Customers' }],
    dataCategories: [
      { id: `${id}-dc1`, name: 'Identity and contact details', retention: { period: 3, unit: 'years' } },
    ],
    recipientIds: ['rec-internal'],
    securityMeasureIds: ['sm-1'],
    dpia: { result: 'not_required', screenedOn: '2026-01-10' },
    requirement: 'contract_prerequisite',
    consequenceOfNotProviding: 'We cannot open your account.',
    ...over,
  });

export const processorActivity = (id: string, over: In<typeof processorActivitySchema> = {}): ProcessorActivity =>
  processorActivitySchema.parse({
    ...owned(id),
    kind: 'processor',
    name: 'Hosting for clients',
    status: 'active',
    lastReviewedOn: '2026-03-01',
    client: { name: 'Client SA', email: 'dpo@client.example' },
    processingCategories: ['Hosting'],
    securityMeasureIds: ['sm-1'],
    ...over,
  });

export const policy = (id = 'pol-1', over: In<typeof policySettingSchema> = {}): PolicySetting =>
  policySettingSchema.parse({
    ...owned(id),
    kind: 'privacy_policy',
    title: 'Customer privacy policy',
    audiences: ['customers'],
    ...over,
  });

/** An override written over a generated policy section. */
export const override = (text: string, mode: 'replace' | 'append' = 'replace') => ({ mode, text, updatedAt: CREATED });

export interface WorkspaceParts {
  organisation?: Organisation;
  contacts?: Contact[];
  activities?: (ControllerActivity | ProcessorActivity)[];
  recipients?: Recipient[];
  processors?: Processor[];
  transfers?: Transfer[];
  securityMeasures?: SecurityMeasure[];
  documents?: PolicySetting[];
  breaches?: Breach[];
  requests?: DataSubjectRequest[];
}

/**
 * A workspace that passes every check: one complete controller activity with an internal recipient,
 * a security measure, a published DPO and a policy. Tests change one thing to make one rule fire.
 */
export const workspace = (parts: WorkspaceParts = {}): Workspace =>
  workspaceSchema.parse({
    organisation: parts.organisation ?? organisation(),
    contacts: parts.contacts ?? [dpo()],
    activities: parts.activities ?? [controllerActivity('act-1')],
    recipients: parts.recipients ?? [recipient('rec-internal')],
    processors: parts.processors ?? [],
    transfers: parts.transfers ?? [],
    securityMeasures: parts.securityMeasures ?? [securityMeasure()],
    documents: parts.documents ?? [policy()],
    breaches: parts.breaches ?? [],
    requests: parts.requests ?? [],
  });

/** A breach known since 2026-06-01 09:30 Paris time, nothing else answered yet. */
export const breach = (id: string, over: In<typeof breachSchema> = {}): Breach =>
  breachSchema.parse({
    ...owned(id),
    title: `Breach ${id}`,
    awareAt: '2026-06-01T09:30:00+02:00',
    timeZone: 'Europe/Paris',
    ...over,
  });

/** An access request received on 2026-06-01. */
export const request = (id: string, over: In<typeof requestSchema> = {}): DataSubjectRequest =>
  requestSchema.parse({
    ...owned(id),
    receivedOn: '2026-06-01',
    requesterName: `Person ${id}`,
    types: ['access'],
    ...over,
  });
