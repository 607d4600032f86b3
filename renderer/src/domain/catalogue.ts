/**
 * The field catalogue of every resource of the record: for each field, its path in the content
 * schema, the i18n key of its label, how a person reads its value (show pages, history, snapshot
 * diffs), whether documents print it, the editor section it lives in, and whether it links to
 * another record (and to which table). Screens, history, diffs, link rewriting on restore and
 * "fix it" deep links derive from this list, so a field is named once.
 *
 * Pure data: no React, no i18next (labels are keys, the UI translates them).
 */
import type { z } from 'zod';
import { controllerActivityContentSchema, processorActivityContentSchema } from './activity';
import { breachContentSchema } from './breach';
import { contactContentSchema } from './contact';
import { requestContentSchema } from './data-subject-request';
import { policySettingContentSchema, registerSettingContentSchema } from './document-setting';
import { organisationContentSchema } from './organisation';
import { processorContentSchema } from './processor';
import { recipientContentSchema } from './recipient';
import { securityMeasureContentSchema } from './security-measure';
import { itemKey, type Translations } from './translatable';
import { transferContentSchema } from './transfer';
import { isObject } from './values';

/** The stored tables of one organisation's record: what a link points at. */
export const RESOURCE_TABLES = [
  'organisations',
  'contacts',
  'activities',
  'recipients',
  'processors',
  'transfers',
  'securityMeasures',
  'documents',
  'breaches',
  'requests',
] as const;
export type ResourceTable = (typeof RESOURCE_TABLES)[number];

/**
 * How a value reads: plain text, a date, yes/no, one or several enum codes (labelled by `values`,
 * an i18n key prefix), countries (ISO codes named in the UI language), a list of short texts, a
 * group of nested fields, or links to records (shown by count, never as ids).
 */
export type FieldDisplay =
  | 'text'
  | 'number'
  | 'date'
  | 'boolean'
  | 'enum'
  | 'enums'
  | 'country'
  | 'countries'
  | 'list'
  | 'group'
  | 'link'
  | 'links';

export interface FieldSpec<P extends string = string> {
  /** Dotted path in the content schema; a nested path ("recipientNotices.recipientId") skips item ids. */
  path: P;
  /** i18n key of the label, "namespace:key". */
  label: string;
  display: FieldDisplay;
  /** For enums: i18n key prefix of the value labels ("recipients:category" → "recipients:category.processor"). */
  values?: string;
  /** For links: the table of the records it points at (rewritten when records are re-keyed). */
  link?: ResourceTable;
  /** Whether a document (register, policy, breach or request log) states it. Default true. */
  printed?: boolean;
  /** The editor section showing it (editors with sections: the activity). */
  section?: string;
  /** Only some kinds of the resource have it (controller or processor activity). */
  kinds?: readonly string[];
  /**
   * Spreadsheet column headers (normalised: lower case, no accents, no punctuation, see
   * `normaliseHeader`) that import into it: the labels of the CNIL and ICO templates and common
   * English ones. A header matches when it contains an alias; the longest alias wins.
   */
  importAliases?: readonly string[];
  /** The list's quick search looks into its text (a list of texts or of items: every item's text). */
  searched?: boolean;
}

/**
 * A spreadsheet column the record has no field for, kept word for word in the imported record's
 * description under its own header (so an import never drops what the DPO wrote).
 */
export interface ImportNoteColumn {
  column: string;
  /** i18n key of its label in the import dialog. */
  label: string;
  importAliases: readonly string[];
}

export interface ResourceCatalogue<P extends string = string> {
  resource: string;
  table: ResourceTable;
  /** i18n namespace of the resource's screens. */
  namespace: string;
  /** Route of its screens. */
  basePath: string;
  /** Route prefix of a record's editor when it is not `<basePath>/<id>/edit` (a policy: `<editorBase>/<id>`). */
  editorBase?: string;
  fields: readonly FieldSpec<P>[];
  /** Spreadsheet columns with no field of their own (resources that can be imported: the activity). */
  importNotes?: readonly ImportNoteColumn[];
}

/** Top-level keys of a schema (of each schema, for a resource with kinds), and dotted paths below them. */
type PathOf<S extends z.ZodObject> = S extends z.ZodObject
  ? (keyof S['shape'] & string) | `${keyof S['shape'] & string}.${string}`
  : never;

/** A catalogue whose paths must exist in the schema (a renamed field breaks the build here). */
const define = <S extends z.ZodObject, T extends ResourceTable>(
  _schemas: readonly S[],
  c: ResourceCatalogue<PathOf<S>> & { table: T },
): ResourceCatalogue & { table: T } => c;

export const CATALOGUES = {
  organisation: define([organisationContentSchema], {
    resource: 'organisation',
    table: 'organisations',
    namespace: 'organisations',
    basePath: '/organisations',
    fields: [
      { path: 'crossBorderProcessing', label: 'statements:organisation.crossBorder', display: 'boolean' },
      { path: 'descriptionPublic', label: 'statements:organisation.descriptionPublic', display: 'boolean' },
      {
        path: 'documentLanguages',
        label: 'catalogue:organisation.documentLanguages',
        display: 'enums',
        values: 'organisations:language',
      },
      { path: 'translations', label: 'catalogue:translations', display: 'group' },
      { path: 'name', label: 'organisations:fields.name', display: 'text' },
      { path: 'shortName', label: 'organisations:fields.shortName', display: 'text' },
      { path: 'address', label: 'organisations:fields.address', display: 'group' },
      { path: 'registrationNumber', label: 'organisations:fields.registrationNumber', display: 'text' },
      { path: 'email', label: 'organisations:fields.email', display: 'text' },
      { path: 'phone', label: 'organisations:fields.phone', display: 'text' },
      { path: 'website', label: 'organisations:fields.website', display: 'text' },
      { path: 'role', label: 'organisations:fields.role', display: 'enum', values: 'organisations:role' },
      { path: 'establishedInEu', label: 'organisations:fields.establishedInEu', display: 'boolean' },
      { path: 'isPublicAuthority', label: 'organisations:fields.isPublicAuthority', display: 'boolean' },
      { path: 'supervisoryAuthority', label: 'history:fields.supervisoryAuthority', display: 'group' },
      {
        path: 'headcountBand',
        label: 'organisations:fields.headcountBand',
        display: 'enum',
        values: 'organisations:headcount',
      },
      {
        path: 'defaultLanguage',
        label: 'organisations:fields.defaultLanguage',
        display: 'enum',
        values: 'organisations:language',
      },
      { path: 'description', label: 'organisations:fields.description', display: 'text' },
    ],
  }),
  contact: define([contactContentSchema], {
    resource: 'contact',
    table: 'contacts',
    namespace: 'contacts',
    basePath: '/contacts',
    fields: [
      { path: 'translations', label: 'catalogue:translations', display: 'group' },
      { path: 'role', label: 'contacts:fields.role', display: 'enum', values: 'contacts:role' },
      { path: 'name', label: 'contacts:fields.name', display: 'text' },
      { path: 'external', label: 'contacts:fields.external', display: 'boolean' },
      { path: 'firm', label: 'contacts:fields.firm', display: 'text' },
      { path: 'jobTitle', label: 'contacts:fields.jobTitle', display: 'text' },
      { path: 'address', label: 'contacts:fields.address', display: 'group' },
      { path: 'email', label: 'contacts:fields.email', display: 'text' },
      { path: 'phone', label: 'contacts:fields.phone', display: 'text' },
      { path: 'published', label: 'contacts:fields.published', display: 'boolean' },
      { path: 'communicatedToAuthority', label: 'contacts:fields.communicatedToAuthority', display: 'boolean' },
      { path: 'notes', label: 'contacts:fields.notes', display: 'text' },
    ],
  }),
  activity: define([controllerActivityContentSchema, processorActivityContentSchema], {
    resource: 'activity',
    table: 'activities',
    namespace: 'activities',
    basePath: '/activities',
    // Aliases: the CNIL simplified register ("2 - Liste des traitements", rubric §3.1), the ICO
    // controller documentation template (rubric §3.4), then generic English headers (our own CSV
    // export, hand-made sheets).
    importNotes: [
      {
        column: 'createdOn',
        label: 'settings:import.fields.createdOn',
        importAliases: ['date de creation de la fiche', 'date de creation du traitement'],
      },
      { column: 'sensitive', label: 'settings:import.fields.sensitive', importAliases: ['donnees sensibles'] },
      // ICO columns with no field of their own, named so that a generic alias does not catch them.
      {
        column: 'note',
        label: 'settings:import.fields.note',
        importAliases: ['general description of technical and organisational security measures'],
      },
    ],
    fields: [
      { path: 'translations', label: 'catalogue:translations', display: 'group' },
      {
        path: 'name',
        label: 'activities:fields.name',
        display: 'text',
        searched: true,
        importAliases: ['nom du traitement', 'activity name', 'name of processing'],
      },
      {
        path: 'reference',
        label: 'activities:fields.reference',
        display: 'text',
        searched: true,
        importAliases: ['n ref', 'reference'],
      },
      {
        path: 'department',
        label: 'activities:fields.department',
        display: 'text',
        searched: true,
        importAliases: ['service', 'business function'],
      },
      {
        path: 'owner',
        label: 'activities:fields.owner',
        display: 'text',
        searched: true,
        importAliases: ['owner'],
      },
      {
        path: 'description',
        label: 'activities:fields.description',
        display: 'text',
        importAliases: ['description'],
      },
      { path: 'status', label: 'activities:fields.status', display: 'enum', values: 'activities:enums.status' },
      {
        path: 'transferIds',
        label: 'activities:fields.transfers',
        display: 'links',
        link: 'transfers',
        section: 'transfers',
      },
      {
        path: 'securityMeasureIds',
        label: 'history:fields.securityMeasureIds',
        display: 'links',
        link: 'securityMeasures',
        section: 'security',
      },
      {
        path: 'processorIds',
        label: 'history:fields.processorIds',
        display: 'links',
        link: 'processors',
        section: 'recipients',
        kinds: ['controller'],
      },
      // A processor's activity links the sub-processors it engages for its client (Art. 28(2), (4)).
      {
        path: 'processorIds',
        label: 'activities:fields.subProcessors',
        display: 'links',
        link: 'processors',
        section: 'processors',
        kinds: ['processor'],
      },
      {
        path: 'lastReviewedOn',
        label: 'activities:fields.lastReviewedOn',
        display: 'date',
        section: 'review',
        importAliases: ['derniere mise a jour de la fiche', 'mise a jour du traitement'],
      },
      { path: 'template', label: 'catalogue:activity.template', display: 'group', printed: false },
      {
        path: 'software',
        label: 'activities:fields.software',
        display: 'text',
        kinds: ['controller'],
        searched: true,
        importAliases: ['nom du logiciel', 'software'],
      },
      {
        path: 'audiences',
        label: 'activities:fields.audiences',
        display: 'enums',
        values: 'activities:enums.audience',
        kinds: ['controller'],
      },
      {
        path: 'purposes',
        label: 'activities:fields.purposes',
        display: 'group',
        section: 'purposes',
        kinds: ['controller'],
        importAliases: [
          'finalite du traitement',
          'finalite principale',
          'sous finalite',
          'objectifs poursuivis',
          'purpose of processing',
        ],
      },
      {
        path: 'purposes.description',
        label: 'history:fields.description',
        display: 'text',
        section: 'purposes',
        kinds: ['controller'],
        searched: true,
      },
      {
        path: 'purposes.legalBasis',
        label: 'history:fields.legalBasis',
        display: 'enum',
        values: 'activities:enums.legalBasis',
        section: 'purposes',
        kinds: ['controller'],
        importAliases: [
          'base legale',
          'article 6 lawful basis for processing personal data',
          'lawful basis',
          'legal basis',
        ],
      },
      {
        path: 'purposes.art9Condition',
        label: 'history:fields.art9Condition',
        display: 'enum',
        values: 'activities:enums.art9Condition',
        section: 'purposes',
        kinds: ['controller'],
        importAliases: ['article 9 condition for processing special category data'],
      },
      {
        path: 'purposes.legitimateInterest',
        label: 'history:fields.legitimateInterest',
        display: 'text',
        section: 'purposes',
        kinds: ['controller'],
        importAliases: ['legitimate interests for the processing'],
      },
      {
        path: 'dataSubjectCategories',
        label: 'activities:fields.dataSubjectCategories',
        display: 'group',
        section: 'people',
        kinds: ['controller'],
        importAliases: ['categories de personnes concernees', 'categories of individuals', 'data subjects'],
      },
      {
        path: 'estimatedDataSubjects',
        label: 'data-subjects:field',
        display: 'enum',
        values: 'data-subjects:band',
        section: 'people',
        kinds: ['controller'],
      },
      {
        path: 'dataCategories',
        label: 'activities:fields.dataCategories',
        display: 'group',
        section: 'people',
        kinds: ['controller'],
        importAliases: ['categories de donnees', 'categories of personal data'],
      },
      // Retention has its own overview section of the editor (the people section shows it inline too).
      {
        path: 'dataCategories.retention',
        label: 'history:fields.retention',
        display: 'group',
        section: 'retention',
        kinds: ['controller'],
        importAliases: ['duree de conservation', 'durees de conservation', 'retention schedule'],
      },
      {
        path: 'collectedFromDataSubject',
        label: 'activities:fields.collectedFromDataSubject',
        display: 'boolean',
        section: 'sources',
        kinds: ['controller'],
      },
      {
        path: 'sources',
        label: 'activities:fields.sources',
        display: 'group',
        section: 'sources',
        kinds: ['controller'],
      },
      {
        path: 'collectionPoints',
        label: 'activities:fields.collectionPoints',
        display: 'group',
        section: 'collection',
        kinds: ['controller'],
      },
      {
        path: 'recipientIds',
        label: 'history:fields.recipientIds',
        display: 'links',
        link: 'recipients',
        section: 'recipients',
        kinds: ['controller'],
      },
      {
        path: 'jointControllers',
        label: 'activities:fields.jointControllers',
        display: 'group',
        section: 'joint',
        kinds: ['controller'],
      },
      {
        path: 'automatedDecision',
        label: 'history:fields.automatedDecision',
        display: 'group',
        section: 'automated',
        kinds: ['controller'],
      },
      {
        path: 'requirement',
        label: 'activities:fields.requirement',
        display: 'enum',
        values: 'activities:enums.requirement',
        section: 'collection',
        kinds: ['controller'],
      },
      {
        path: 'consequenceOfNotProviding',
        label: 'catalogue:activity.consequenceOfNotProviding',
        display: 'text',
        section: 'collection',
        kinds: ['controller'],
      },
      {
        path: 'websiteAnalytics',
        label: 'activities:fields.websiteAnalytics',
        display: 'boolean',
        section: 'cookies',
        kinds: ['controller'],
      },
      {
        path: 'cookies',
        label: 'activities:fields.cookies',
        display: 'group',
        section: 'cookies',
        kinds: ['controller'],
      },
      { path: 'occasional', label: 'activities:fields.occasional', display: 'boolean', kinds: ['controller'] },
      { path: 'dpia', label: 'history:fields.dpia', display: 'group', section: 'dpia', kinds: ['controller'] },
      { path: 'client', label: 'history:fields.client', display: 'group', section: 'client', kinds: ['processor'] },
      {
        path: 'client.name',
        label: 'history:fields.name',
        display: 'text',
        section: 'client',
        kinds: ['processor'],
        searched: true,
      },
      {
        path: 'processingCategories',
        label: 'history:fields.processingCategories',
        display: 'list',
        section: 'categories',
        kinds: ['processor'],
        searched: true,
      },
    ],
  }),
  recipient: define([recipientContentSchema], {
    resource: 'recipient',
    table: 'recipients',
    namespace: 'recipients',
    basePath: '/recipients',
    fields: [
      { path: 'translations', label: 'catalogue:translations', display: 'group' },
      { path: 'name', label: 'recipients:fields.name', display: 'text' },
      { path: 'category', label: 'recipients:fields.category', display: 'enum', values: 'recipients:category' },
      { path: 'country', label: 'recipients:fields.country', display: 'country' },
      { path: 'description', label: 'recipients:fields.description', display: 'text' },
    ],
  }),
  processor: define([processorContentSchema], {
    resource: 'processor',
    table: 'processors',
    namespace: 'processors',
    basePath: '/processors',
    fields: [
      { path: 'translations', label: 'catalogue:translations', display: 'group' },
      { path: 'name', label: 'processors:fields.name', display: 'text' },
      { path: 'service', label: 'processors:fields.service', display: 'text' },
      { path: 'contactName', label: 'processors:fields.contactName', display: 'text' },
      { path: 'email', label: 'processors:fields.email', display: 'text' },
      { path: 'phone', label: 'processors:fields.phone', display: 'text' },
      { path: 'website', label: 'processors:fields.website', display: 'text' },
      { path: 'address', label: 'processors:fields.address', display: 'group' },
      { path: 'countries', label: 'processors:fields.countries', display: 'countries' },
      { path: 'dpa', label: 'processors:fields.dpa', display: 'group' },
      { path: 'certifications', label: 'processors:fields.certifications', display: 'list' },
      { path: 'dpfCertified', label: 'processors:fields.dpfCertified', display: 'boolean' },
      { path: 'parentProcessorId', label: 'history:fields.parentProcessorId', display: 'link', link: 'processors' },
      { path: 'notes', label: 'processors:fields.notes', display: 'text' },
      { path: 'library', label: 'catalogue:processor.library', display: 'group', printed: false },
    ],
  }),
  transfer: define([transferContentSchema], {
    resource: 'transfer',
    table: 'transfers',
    namespace: 'transfers',
    basePath: '/transfers',
    fields: [
      { path: 'translations', label: 'catalogue:translations', display: 'group' },
      {
        path: 'destinationType',
        label: 'transfers:fields.destinationType',
        display: 'enum',
        values: 'transfers:destinationType',
      },
      { path: 'country', label: 'transfers:fields.country', display: 'country' },
      { path: 'internationalOrganisation', label: 'transfers:fields.internationalOrganisation', display: 'text' },
      { path: 'recipientId', label: 'transfer-links:fields.recipientId', display: 'link', link: 'recipients' },
      { path: 'processorId', label: 'transfer-links:fields.processorId', display: 'link', link: 'processors' },
      { path: 'recipientName', label: 'transfers:fields.recipientName', display: 'text' },
      { path: 'mechanism', label: 'transfers:fields.mechanism', display: 'enum', values: 'transfers:mechanism' },
      { path: 'conditions', label: 'transfers:fields.conditions', display: 'text' },
      { path: 'dpfCertified', label: 'transfers:fields.dpfCertified', display: 'boolean' },
      { path: 'safeguardsCopy', label: 'transfers:fields.safeguardsCopy', display: 'text' },
      { path: 'tia', label: 'history:fields.tia', display: 'group' },
      { path: 'compellingInterest', label: 'transfers:fields.compellingInterest', display: 'text' },
      { path: 'art49Assessment', label: 'transfers:fields.art49Assessment', display: 'text' },
      { path: 'description', label: 'transfers:fields.description', display: 'text' },
    ],
  }),
  securityMeasure: define([securityMeasureContentSchema], {
    resource: 'securityMeasure',
    table: 'securityMeasures',
    namespace: 'securityMeasures',
    basePath: '/security-measures',
    fields: [
      { path: 'translations', label: 'catalogue:translations', display: 'group' },
      {
        path: 'category',
        label: 'securityMeasures:fields.category',
        display: 'enum',
        values: 'securityMeasures:category',
      },
      { path: 'title', label: 'securityMeasures:fields.title', display: 'text' },
      { path: 'description', label: 'securityMeasures:fields.description', display: 'text' },
    ],
  }),
  documentSetting: define([policySettingContentSchema, registerSettingContentSchema], {
    resource: 'documentSetting',
    table: 'documents',
    namespace: 'documents',
    basePath: '/documents',
    // The checks only look at privacy policies, whose editor is their page.
    editorBase: '/documents/policies',
    fields: [
      { path: 'translations', label: 'catalogue:translations', display: 'group' },
      { path: 'kind', label: 'documents:fields.kind', display: 'enum', values: 'documents:kind' },
      { path: 'title', label: 'documents:fields.title', display: 'text' },
      { path: 'language', label: 'documents:fields.language', display: 'enum', values: 'documents:language' },
      { path: 'audiences', label: 'documents:fields.audiences', display: 'enums' },
      {
        path: 'includeActivityIds',
        label: 'documents:fields.includeActivityIds',
        display: 'links',
        link: 'activities',
        printed: false,
      },
      {
        path: 'excludeActivityIds',
        label: 'documents:fields.excludeActivityIds',
        display: 'links',
        link: 'activities',
        printed: false,
      },
      { path: 'introduction', label: 'documents:fields.introduction', display: 'text' },
      { path: 'definitions', label: 'documents:fields.definitions', display: 'group' },
      { path: 'version', label: 'documents:fields.version', display: 'text' },
      { path: 'effectiveDate', label: 'documents:fields.effectiveDate', display: 'date' },
      { path: 'contactChannel', label: 'documents:fields.contactChannel', display: 'text' },
      { path: 'overrides', label: 'catalogue:documentSetting.overrides', display: 'group', printed: false },
      { path: 'changeHistory', label: 'documents:fields.changeHistory', display: 'group', printed: false },
      { path: 'register', label: 'catalogue:documentSetting.register', display: 'enum' },
      { path: 'includeRetired', label: 'catalogue:documentSetting.includeRetired', display: 'boolean' },
      { path: 'departments', label: 'catalogue:documentSetting.departments', display: 'list' },
    ],
  }),
  breach: define([breachContentSchema], {
    resource: 'breach',
    table: 'breaches',
    namespace: 'breaches',
    basePath: '/breaches',
    fields: [
      { path: 'reference', label: 'breaches:fields.reference', display: 'text' },
      { path: 'title', label: 'breaches:fields.title', display: 'text' },
      { path: 'status', label: 'breaches:fields.status', display: 'enum', values: 'breaches:status' },
      { path: 'dismissalReason', label: 'breaches:fields.dismissalReason', display: 'text' },
      { path: 'role', label: 'breaches:fields.role', display: 'enum', values: 'breaches:role' },
      { path: 'clientName', label: 'breaches:fields.clientName', display: 'text' },
      { path: 'clientInformedAt', label: 'breaches:fields.clientInformedAt', display: 'date' },
      { path: 'startedAt', label: 'breaches:fields.startedAt', display: 'date' },
      { path: 'endedAt', label: 'breaches:fields.endedAt', display: 'date' },
      { path: 'awareAt', label: 'breaches:fields.awareAt', display: 'date' },
      { path: 'timeZone', label: 'breaches:fields.timeZone', display: 'text', printed: false },
      { path: 'loggedBy', label: 'breaches:fields.loggedBy', display: 'text' },
      {
        path: 'detectionSource',
        label: 'breaches:fields.detectionSource',
        display: 'enum',
        values: 'breaches:detectionSource',
      },
      { path: 'detectionDetails', label: 'breaches:fields.detectionDetails', display: 'text' },
      { path: 'processorId', label: 'breaches:fields.processorId', display: 'link', link: 'processors' },
      { path: 'processorInformedAt', label: 'breaches:fields.processorInformedAt', display: 'date' },
      { path: 'types', label: 'breaches:fields.types', display: 'enums', values: 'breaches:type' },
      { path: 'effects', label: 'breaches:fields.effects', display: 'enums', values: 'breaches:effect' },
      { path: 'origin', label: 'breaches:fields.origin', display: 'enum', values: 'breaches:origin' },
      { path: 'cause', label: 'breaches:fields.cause', display: 'enum', values: 'breaches:cause' },
      { path: 'facts', label: 'breaches:fields.facts', display: 'text' },
      { path: 'activityIds', label: 'breaches:fields.activityIds', display: 'links', link: 'activities' },
      { path: 'systems', label: 'breaches:fields.systems', display: 'text' },
      { path: 'dataSubjectCategories', label: 'breaches:fields.dataSubjectCategories', display: 'list' },
      { path: 'subjectsCount', label: 'breaches:fields.subjectsCount', display: 'group' },
      { path: 'dataCategories', label: 'breaches:fields.dataCategories', display: 'list' },
      { path: 'dataFlags', label: 'breaches:fields.dataFlags', display: 'enums', values: 'breaches:dataFlag' },
      { path: 'recordsCount', label: 'breaches:fields.recordsCount', display: 'group' },
      { path: 'crossBorder', label: 'breaches:fields.crossBorder', display: 'boolean' },
      { path: 'memberStates', label: 'breaches:fields.memberStates', display: 'countries' },
      { path: 'leadAuthority', label: 'breaches:fields.leadAuthority', display: 'text' },
      { path: 'consequences', label: 'breaches:fields.consequences', display: 'enums', values: 'breaches:consequence' },
      { path: 'consequencesDetails', label: 'breaches:fields.consequencesDetails', display: 'text' },
      { path: 'riskAssessments', label: 'breaches:fields.riskAssessments', display: 'group' },
      { path: 'mitigatingFactors', label: 'breaches:fields.mitigatingFactors', display: 'text' },
      {
        path: 'notifyDecision',
        label: 'breaches:fields.notifyDecision',
        display: 'enum',
        values: 'breaches:notifyDecision',
      },
      { path: 'notifyJustification', label: 'breaches:fields.notifyJustification', display: 'text' },
      { path: 'notifications', label: 'breaches:fields.notifications', display: 'group' },
      { path: 'delayReason', label: 'breaches:fields.delayReason', display: 'text' },
      { path: 'contactPointId', label: 'breaches:fields.contactPointId', display: 'link', link: 'contacts' },
      {
        path: 'subjectsDecision',
        label: 'breaches:fields.subjectsDecision',
        display: 'enum',
        values: 'breaches:subjectsDecision',
      },
      { path: 'subjectsDecisionReason', label: 'breaches:fields.subjectsDecisionReason', display: 'text' },
      {
        path: 'art34Exemption',
        label: 'breaches:fields.art34Exemption',
        display: 'enum',
        values: 'breaches:art34Exemption',
      },
      { path: 'art34ExemptionEvidence', label: 'breaches:fields.art34ExemptionEvidence', display: 'text' },
      { path: 'subjectCommunications', label: 'breaches:fields.subjectCommunications', display: 'group' },
      { path: 'measures', label: 'breaches:fields.measures', display: 'group' },
      { path: 'followUp', label: 'breaches:fields.followUp', display: 'text' },
      { path: 'authorityExchanges', label: 'breaches:fields.authorityExchanges', display: 'group' },
      { path: 'incidentReference', label: 'breaches:fields.incidentReference', display: 'text' },
      { path: 'evidence', label: 'breaches:fields.evidence', display: 'text' },
      { path: 'closedOn', label: 'breaches:fields.closedOn', display: 'date' },
      { path: 'closureReason', label: 'breaches:fields.closureReason', display: 'text' },
      { path: 'lessonsLearned', label: 'breaches:fields.lessonsLearned', display: 'text' },
    ],
  }),
  request: define([requestContentSchema], {
    resource: 'request',
    table: 'requests',
    namespace: 'requests',
    basePath: '/requests',
    fields: [
      { path: 'reference', label: 'requests:fields.reference', display: 'text' },
      { path: 'receivedOn', label: 'requests:fields.receivedOn', display: 'date' },
      { path: 'channel', label: 'requests:fields.channel', display: 'enum', values: 'requests:channel' },
      { path: 'receivedBy', label: 'requests:fields.receivedBy', display: 'text' },
      { path: 'forwardedToDpoOn', label: 'requests:fields.forwardedToDpoOn', display: 'date' },
      { path: 'requesterName', label: 'requests:fields.requesterName', display: 'text' },
      { path: 'requesterEmail', label: 'requests:fields.requesterEmail', display: 'text' },
      { path: 'requesterAddress', label: 'requests:fields.requesterAddress', display: 'text' },
      { path: 'requesterDetails', label: 'requests:fields.requesterDetails', display: 'text' },
      {
        path: 'requesterCapacity',
        label: 'requests:fields.requesterCapacity',
        display: 'enum',
        values: 'requests:capacity',
      },
      { path: 'dataSubjectName', label: 'requests:fields.dataSubjectName', display: 'text' },
      { path: 'dataSubjectCategory', label: 'requests:fields.dataSubjectCategory', display: 'text' },
      { path: 'identityCheck', label: 'catalogue:request.identityCheck', display: 'group' },
      { path: 'types', label: 'requests:fields.types', display: 'enums', values: 'requests:type' },
      { path: 'description', label: 'requests:fields.description', display: 'text' },
      { path: 'clarificationAskedOn', label: 'requests:fields.clarificationAskedOn', display: 'date' },
      { path: 'clarificationAnsweredOn', label: 'requests:fields.clarificationAnsweredOn', display: 'date' },
      { path: 'deadlineRegime', label: 'requests:fields.deadlineRegime', display: 'enum', values: 'requests:regime' },
      { path: 'pauses', label: 'requests:fields.pauses', display: 'group' },
      { path: 'extension', label: 'catalogue:request.extension', display: 'group' },
      { path: 'activityIds', label: 'requests:fields.activityIds', display: 'links', link: 'activities' },
      { path: 'systemsSearched', label: 'requests:fields.systemsSearched', display: 'text' },
      { path: 'processorIds', label: 'requests:fields.processorIds', display: 'links', link: 'processors' },
      { path: 'recipientIds', label: 'requests:fields.recipientIds', display: 'links', link: 'recipients' },
      { path: 'recipientNotices', label: 'requests:fields.recipientNotices', display: 'group' },
      {
        path: 'recipientNotices.recipientId',
        label: 'history:fields.recipientIds',
        display: 'link',
        link: 'recipients',
      },
      {
        path: 'recipientNotices.processorId',
        label: 'history:fields.processorIds',
        display: 'link',
        link: 'processors',
      },
      {
        path: 'refusalGrounds',
        label: 'requests:fields.refusalGrounds',
        display: 'enums',
        values: 'requests:refusalGround',
      },
      { path: 'refusalReasons', label: 'requests:fields.refusalReasons', display: 'text' },
      { path: 'fee', label: 'catalogue:request.fee', display: 'group' },
      { path: 'communications', label: 'requests:fields.communications', display: 'group' },
      { path: 'respondedOn', label: 'requests:fields.respondedOn', display: 'date' },
      {
        path: 'responseFormat',
        label: 'requests:fields.responseFormat',
        display: 'enum',
        values: 'requests:responseFormat',
      },
      { path: 'responseSummary', label: 'requests:fields.responseSummary', display: 'text' },
      { path: 'outcome', label: 'requests:fields.outcome', display: 'enum', values: 'requests:outcome' },
      { path: 'outcomeNotes', label: 'requests:fields.outcomeNotes', display: 'text' },
      { path: 'withdrawnOn', label: 'requests:fields.withdrawnOn', display: 'date' },
      { path: 'remedyInformedOn', label: 'requests:fields.remedyInformedOn', display: 'date' },
      { path: 'status', label: 'requests:fields.status', display: 'enum', values: 'requests:status' },
      { path: 'assignee', label: 'requests:fields.assignee', display: 'text' },
      { path: 'evidence', label: 'requests:fields.evidence', display: 'text' },
      { path: 'closedOn', label: 'requests:fields.closedOn', display: 'date' },
      { path: 'closureReason', label: 'requests:fields.closureReason', display: 'text' },
    ],
  }),
} as const satisfies Record<string, ResourceCatalogue>;

export type ResourceName = keyof typeof CATALOGUES;

const BY_TABLE: ReadonlyMap<string, ResourceCatalogue> = new Map(Object.values(CATALOGUES).map((c) => [c.table, c]));

/** The catalogue of a stored table (undefined for tables that are not resources: audit, snapshots…). */
export const catalogueOfTable = (table: string): ResourceCatalogue | undefined => BY_TABLE.get(table);

/** The route of a record's editor (undefined for a table that is not a resource). */
export const editorPathOf = (table: string, id: string): string | undefined => {
  const c = catalogueOfTable(table);
  if (!c) return undefined;
  return c.editorBase !== undefined
    ? `${c.editorBase}/${encodeURIComponent(id)}`
    : `${c.basePath}/${encodeURIComponent(id)}/edit`;
};

/** Item ids inside a path ("purposes.2.legalBasis", "purposes[p-1].legalBasis") dropped: "purposes.legalBasis". */
export const catalogueKey = (path: string): string =>
  path
    .replace(/\[[^\]]*\]/g, '')
    .split('.')
    .filter((p) => p !== '' && !/^\d+$/.test(p))
    .join('.');

/** The entries a record of this kind has (all of them when the resource has no kinds or none is given). */
export const fieldsOfKind = (catalogue: ResourceCatalogue, kind?: string): readonly FieldSpec[] =>
  catalogue.fields.filter((f) => f.kinds === undefined || kind === undefined || f.kinds.includes(kind));

/**
 * The field of a table at a (possibly nested, indexed) path, as a record of this kind has it: a
 * processor activity's `processorIds` are its sub-processors, a controller activity's its
 * processors. Without a kind, the first entry of the path.
 */
export const fieldOf = (table: string, path: string, kind?: string): FieldSpec | undefined => {
  const catalogue = catalogueOfTable(table);
  const key = catalogueKey(path);
  return catalogue ? fieldsOfKind(catalogue, kind).find((f) => f.path === key) : undefined;
};

/** A stored record's kind, for a resource whose entries depend on it (an activity's); undefined otherwise. */
export const recordKind = (record: unknown): string | undefined =>
  isObject(record) && typeof record.kind === 'string' ? record.kind : undefined;

/**
 * The editor section showing a (possibly nested, indexed) path: the section of its own entry or of
 * the nearest catalogued field above it ("dataCategories.2.retention.period" → the retention
 * entry's; "dataCategories.2.name" → the data categories'). Undefined when none declares one.
 */
export const sectionOfPath = (table: string, path: string, kind?: string): string | undefined => {
  const catalogue = catalogueOfTable(table);
  if (!catalogue) return undefined;
  const fields = fieldsOfKind(catalogue, kind);
  const parts = catalogueKey(path).split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    const section = fields.find((f) => f.path === key && f.section !== undefined)?.section;
    if (section !== undefined) return section;
  }
  return undefined;
};

/**
 * Every string found at a dotted path, lists (and lists of items) walked through, with the path a
 * translation names it by: list items by their id (else their index), as `translatableFields` does.
 */
const stringsAt = (value: unknown, parts: readonly string[], at = ''): { path: string; text: string }[] => {
  const join = (key: string): string => (at === '' ? key : `${at}.${key}`);
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsAt(item, parts, join(itemKey(item, i))));
  const [head, ...rest] = parts;
  if (head === undefined) return typeof value === 'string' ? [{ path: at, text: value }] : [];
  return isObject(value) ? stringsAt(value[head], rest, join(head)) : [];
};

/**
 * The texts of a record that the list's quick search looks into: the entries marked `searched`
 * (for the record's kind), in catalogue order, then the same fields in each language the record
 * is translated into (someone who publishes in English and French finds "Paie" as well as "Payroll").
 */
export const searchedTexts = (
  catalogue: ResourceCatalogue,
  record: { translations?: Translations },
  kind?: string,
): string[] => {
  const found = fieldsOfKind(catalogue, kind)
    .filter((f) => f.searched === true)
    .flatMap((f) => stringsAt(record, f.path.split('.')));
  const translated = Object.values(record.translations ?? {}).flatMap((texts) =>
    found.flatMap(({ path }) => {
      const text = texts?.[path];
      return text === undefined ? [] : [text];
    }),
  );
  return [...found.map((f) => f.text), ...translated];
};

/**
 * Keys that hold ids without being fields of a resource: a record's own id, its organisation and
 * an audit entry's record. Restore rewrites them like the declared links.
 */
export const BOOKKEEPING_ID_KEYS: ReadonlySet<string> = new Set(['id', 'organisationId', 'entityId']);

/**
 * Keys whose string values are record ids, from every catalogue's links: restore rewrites them
 * when it gives records new ids. A new link field declared in a catalogue is rewritten too.
 */
export const LINK_KEYS: ReadonlySet<string> = new Set(
  Object.values(CATALOGUES).flatMap((c) =>
    c.fields.filter((f) => f.link !== undefined).map((f) => f.path.split('.').pop() ?? f.path),
  ),
);

/** Whether a key's string value is a record id: a declared link or a bookkeeping key. */
export const isIdKey = (key: string): boolean => BOOKKEEPING_ID_KEYS.has(key) || LINK_KEYS.has(key);
