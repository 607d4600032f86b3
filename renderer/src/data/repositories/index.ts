import {
  activityContentSchema,
  activitySchema,
  breachContentSchema,
  breachSchema,
  contactContentSchema,
  contactSchema,
  documentSettingContentSchema,
  documentSettingSchema,
  organisationContentSchema,
  organisationSchema,
  processorContentSchema,
  processorSchema,
  recipientContentSchema,
  recipientSchema,
  requestContentSchema,
  requestSchema,
  securityMeasureContentSchema,
  securityMeasureSchema,
  transferContentSchema,
  transferSchema,
  type Activity,
  type ActivityInput,
  type Breach,
  type BreachInput,
  type DataSubjectRequest,
  type Contact,
  type ContactInput,
  type DocumentSetting,
  type DocumentSettingInput,
  type Organisation,
  type OrganisationInput,
  type Processor,
  type ProcessorInput,
  type Recipient,
  type RecipientInput,
  type RequestInput,
  type SecurityMeasure,
  type SecurityMeasureInput,
  type Transfer,
  type TransferInput,
} from '../../domain';
import { getDatabase, type DpoDeskDatabase } from '../db';
import { createRepository, type Repository } from './repository';

export interface Repositories {
  organisations: Repository<Organisation, OrganisationInput>;
  contacts: Repository<Contact, ContactInput>;
  activities: Repository<Activity, ActivityInput>;
  recipients: Repository<Recipient, RecipientInput>;
  processors: Repository<Processor, ProcessorInput>;
  transfers: Repository<Transfer, TransferInput>;
  securityMeasures: Repository<SecurityMeasure, SecurityMeasureInput>;
  documents: Repository<DocumentSetting, DocumentSettingInput>;
  breaches: Repository<Breach, BreachInput>;
  requests: Repository<DataSubjectRequest, RequestInput>;
}

export const createRepositories = (db: DpoDeskDatabase): Repositories => ({
  organisations: createRepository<Organisation, OrganisationInput>({
    db,
    table: 'organisations',
    label: 'The organisation',
    contentSchema: organisationContentSchema,
    recordSchema: organisationSchema,
    owned: false,
  }),
  contacts: createRepository<Contact, ContactInput>({
    db,
    table: 'contacts',
    label: 'The contact',
    contentSchema: contactContentSchema,
    recordSchema: contactSchema,
    owned: true,
  }),
  activities: createRepository<Activity, ActivityInput>({
    db,
    table: 'activities',
    label: 'The processing activity',
    contentSchema: activityContentSchema,
    recordSchema: activitySchema,
    owned: true,
  }),
  recipients: createRepository<Recipient, RecipientInput>({
    db,
    table: 'recipients',
    label: 'The recipient',
    contentSchema: recipientContentSchema,
    recordSchema: recipientSchema,
    owned: true,
  }),
  processors: createRepository<Processor, ProcessorInput>({
    db,
    table: 'processors',
    label: 'The processor',
    contentSchema: processorContentSchema,
    recordSchema: processorSchema,
    owned: true,
  }),
  transfers: createRepository<Transfer, TransferInput>({
    db,
    table: 'transfers',
    label: 'The transfer',
    contentSchema: transferContentSchema,
    recordSchema: transferSchema,
    owned: true,
  }),
  securityMeasures: createRepository<SecurityMeasure, SecurityMeasureInput>({
    db,
    table: 'securityMeasures',
    label: 'The security measure',
    contentSchema: securityMeasureContentSchema,
    recordSchema: securityMeasureSchema,
    owned: true,
  }),
  documents: createRepository<DocumentSetting, DocumentSettingInput>({
    db,
    table: 'documents',
    label: 'The document',
    contentSchema: documentSettingContentSchema,
    recordSchema: documentSettingSchema,
    owned: true,
  }),
  breaches: createRepository<Breach, BreachInput>({
    db,
    table: 'breaches',
    label: 'The breach',
    contentSchema: breachContentSchema,
    recordSchema: breachSchema,
    owned: true,
  }),
  requests: createRepository<DataSubjectRequest, RequestInput>({
    db,
    table: 'requests',
    label: 'The request',
    contentSchema: requestContentSchema,
    recordSchema: requestSchema,
    owned: true,
  }),
});

let shared: { db: DpoDeskDatabase; repos: Repositories } | undefined;
/** Repositories over the app's database. */
export const repositories = (): Repositories => {
  const db = getDatabase();
  if (shared?.db !== db) shared = { db, repos: createRepositories(db) };
  return shared.repos;
};

export { ValidationError, NotFoundError, ConflictError } from './errors';
export type { Repository, ListOptions } from './repository';
