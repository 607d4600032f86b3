import { workspaceSchema, type Workspace } from '../../domain/workspace';
import type { Language } from '../../domain/common';

/**
 * A complete record for a privacy policy: every conditional Art. 13/14 item is present (legitimate
 * interests with the interest, consent, direct marketing, a US SCC transfer, a Swiss adequacy
 * transfer, an Art. 49(1) second-subparagraph transfer, an Art. 14 source, automated decisions, a
 * joint controller, a DPO, analytics cookies) plus one out-of-scope HR activity. Used by the tests
 * and by the policy editor's preview when no record exists yet.
 */
const ORG = 'org-northwind';
const AT = '2026-03-01T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: AT, updatedAt: AT, revision: 1, deletedAt: null, organisationId: ORG });

export const SAMPLE_POLICY_ID = 'doc-policy-en';
export const SAMPLE_POLICY_FR_ID = 'doc-policy-fr';

const policy = (id: string, language: Language, title: string) => ({
  ...meta(id),
  kind: 'privacy_policy',
  title,
  language,
  audiences: ['website_visitors', 'prospects', 'customers'],
  version: '2.0',
  effectiveDate: '2026-05-25',
  contactChannel: 'privacy@northwind.example',
  definitions: [{ term: 'Service', definition: 'the Northwind Cloud hosting platform' }],
  changeHistory: [
    { version: '1.0', date: '2025-01-10', summary: 'First version' },
    { version: '2.0', date: '2026-05-25', summary: 'Credit checks and audience measurement added' },
  ],
});

export const samplePolicyWorkspace = (): Workspace =>
  workspaceSchema.parse({
    organisation: {
      id: ORG,
      createdAt: AT,
      updatedAt: AT,
      revision: 1,
      deletedAt: null,
      name: 'Northwind Cloud SAS',
      shortName: 'Northwind',
      address: { street: '18 rue des Lilas', postalCode: '75011', city: 'Paris', country: 'FR' },
      registrationNumber: 'RCS Paris 901 234 567',
      email: 'contact@northwind.example',
      phone: '+33 1 40 00 00 00',
      website: 'https://www.northwind.example',
      role: 'controller',
      supervisoryAuthority: {
        name: "Commission Nationale de l'Informatique et des Libertés (CNIL)",
        country: 'FR',
        website: 'https://www.cnil.fr',
        address: '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France',
      },
      headcountBand: '10-49',
    },
    contacts: [
      {
        ...meta('c-dpo'),
        role: 'dpo',
        name: 'Apolline Schmitt',
        external: true,
        firm: 'Schmitt Avocats',
        jobTitle: 'Lawyer at the Strasbourg Bar',
        address: { street: '52 avenue des Vosges', postalCode: '67000', city: 'Strasbourg', country: 'FR' },
        email: 'dpo@northwind.example',
      },
    ],
    recipients: [
      { ...meta('r-sales'), name: 'Sales department', category: 'internal_department' },
      { ...meta('r-support'), name: 'Technical support department', category: 'internal_department' },
      {
        ...meta('r-police'),
        name: 'Courts and law enforcement authorities',
        category: 'public_authority',
        description: 'only on a court order or a legal requisition',
      },
      {
        ...meta('r-ubcom'),
        name: 'Alpine Partner AG',
        category: 'third_party',
        country: 'CH',
        description: 'certified integrator for on-site deployments',
      },
    ],
    processors: [
      {
        ...meta('p-mail'),
        name: 'MailRelay Inc.',
        service: 'e-mail sending',
        countries: ['US'],
        certifications: ['ISO 27001'],
      },
      {
        ...meta('p-mail-sub'),
        name: 'SkyCompute LLC',
        service: 'cloud hosting',
        countries: ['US'],
        parentProcessorId: 'p-mail',
      },
      { ...meta('p-ovh'), name: 'OVH SAS', service: 'hosting in datacenters', countries: ['FR'] },
    ],
    transfers: [
      {
        ...meta('t-us'),
        country: 'US',
        recipientName: 'MailRelay Inc.',
        mechanism: 'scc',
        safeguardsCopy: 'ask our DPO at dpo@northwind.example for a copy of the signed clauses',
      },
      {
        ...meta('t-ch'),
        country: 'CH',
        recipientName: 'Alpine Partner AG',
        mechanism: 'adequacy',
        conditions: 'only with your explicit consent',
      },
      {
        ...meta('t-in'),
        country: 'IN',
        recipientName: 'Mumbai Credit Bureau Pvt Ltd',
        mechanism: 'compelling_legitimate_interest',
        compellingInterest: 'verifying a single disputed debt of a customer established in India',
        art49Assessment: 'only the name and the invoice number are sent, encrypted, once.',
      },
    ],
    securityMeasures: [
      {
        ...meta('s-enc'),
        category: 'encryption',
        title: 'Encryption',
        description: 'data encrypted in transit (TLS 1.3) and at rest (AES-256)',
      },
      {
        ...meta('s-acc'),
        category: 'access_control',
        title: 'Access control',
        description: 'each department only sees the data it needs',
      },
    ],
    activities: [
      {
        ...meta('a-contact'),
        kind: 'controller',
        name: 'Website contact requests',
        status: 'active',
        audiences: ['website_visitors', 'prospects'],
        purposes: [
          {
            id: 'pu-answer',
            description: 'Answer your contact request',
            legalBasis: 'legitimate_interests',
            legitimateInterest: 'answering the requests people send us',
          },
          {
            id: 'pu-prospect',
            description: 'Send you offers about our services',
            legalBasis: 'legitimate_interests',
            legitimateInterest: 'offering our services to professional customers',
            directMarketing: true,
          },
        ],
        dataSubjectCategories: [{ id: 'ds-visitor', name: 'Website visitors' }],
        dataCategories: [
          {
            id: 'dc-name',
            name: 'Last name and first name',
            retention: { period: 3, unit: 'years', startEvent: 'the last contact' },
          },
          {
            id: 'dc-email',
            name: 'E-mail address',
            retention: { period: 3, unit: 'years', startEvent: 'the last contact' },
          },
          {
            id: 'dc-question',
            name: 'Question asked',
            retention: { period: 1, unit: 'years', startEvent: 'the answer' },
          },
        ],
        collectionPoints: [
          {
            id: 'cp-form',
            name: 'Contact form',
            description: 'the form on the "Contact us" page of our website',
            dataCategoryIds: ['dc-name', 'dc-email', 'dc-question'],
            purposeIds: ['pu-answer', 'pu-prospect'],
            retentionSummary: 'Maximum 3 years from the last contact',
            requirement: 'voluntary',
            consequenceOfNotProviding: 'Without your e-mail address we cannot answer you.',
          },
        ],
        recipientIds: ['r-sales', 'r-police'],
        processorIds: ['p-mail', 'p-ovh'],
        transferIds: ['t-us'],
        securityMeasureIds: ['s-enc', 's-acc'],
      },
      {
        ...meta('a-newsletter'),
        kind: 'controller',
        name: 'Newsletter',
        status: 'active',
        audiences: ['website_visitors'],
        purposes: [{ id: 'pu-news', description: 'Send you our monthly newsletter', legalBasis: 'consent' }],
        dataCategories: [
          { id: 'dc-nl-email', name: 'Newsletter e-mail address', retention: { criteria: 'until you unsubscribe' } },
        ],
        collectionPoints: [
          {
            id: 'cp-nl',
            name: 'Newsletter sign-up',
            dataCategoryIds: ['dc-nl-email'],
            purposeIds: ['pu-news'],
            requirement: 'voluntary',
          },
        ],
        recipientIds: ['r-ubcom'],
        transferIds: ['t-ch'],
        processorIds: ['p-mail'],
      },
      {
        ...meta('a-credit'),
        kind: 'controller',
        name: 'Credit checks of business customers',
        status: 'active',
        audiences: ['customers'],
        collectedFromDataSubject: false,
        purposes: [
          {
            id: 'pu-credit',
            description: 'Check the solvency of new customers',
            legalBasis: 'legitimate_interests',
            legitimateInterest: 'avoiding unpaid invoices',
          },
          {
            id: 'pu-accounting',
            description: 'Keep accounting records',
            legalBasis: 'legal_obligation',
            legalReference: 'French Commercial Code, article L123-22',
          },
        ],
        dataCategories: [
          {
            id: 'dc-score',
            name: 'Payment incident history',
            retention: { period: 5, unit: 'years', startEvent: 'the end of the contract' },
          },
          {
            id: 'dc-director',
            name: 'Company director identity',
            retention: { period: 5, unit: 'years', startEvent: 'the end of the contract' },
          },
        ],
        sources: [
          {
            id: 'so-bureau',
            description: 'Infolegale credit reference agency',
            publiclyAccessible: false,
            dataCategoryIds: ['dc-score'],
          },
          {
            id: 'so-rcs',
            description: 'Trade and companies register (RCS)',
            publiclyAccessible: true,
            dataCategoryIds: ['dc-director'],
          },
        ],
        jointControllers: [
          {
            id: 'jc-fin',
            name: 'Northwind Finance SA',
            email: 'rights@northwind-finance.example',
            arrangementSummary:
              'Northwind Finance runs the scoring model; Northwind Cloud answers all requests from data subjects.',
          },
        ],
        automatedDecision: {
          exists: true,
          logic: 'a score computed from payment incidents of the last 3 years',
          significance: 'a score below 40 means we ask for payment in advance',
          safeguards: 'a credit officer reviews every refusal on request',
        },
        transferIds: ['t-in'],
        recipientIds: ['r-support'],
      },
      {
        ...meta('a-analytics'),
        kind: 'controller',
        name: 'Website audience measurement',
        status: 'active',
        audiences: ['website_visitors'],
        websiteAnalytics: true,
        purposes: [
          {
            id: 'pu-stats',
            description: 'Measure the audience of our website',
            legalBasis: 'legitimate_interests',
            legitimateInterest: 'improving our website with anonymous statistics',
          },
        ],
        dataCategories: [
          { id: 'dc-pages', name: 'Pages viewed', retention: { period: 25, unit: 'months', startEvent: 'the visit' } },
        ],
        collectionPoints: [
          {
            id: 'cp-matomo',
            name: 'Matomo cookies',
            dataCategoryIds: ['dc-pages'],
            purposeIds: ['pu-stats'],
            retentionSummary: '13 months for the cookie, 25 months for the data',
          },
        ],
        cookies: [
          {
            id: 'ck-id',
            name: '_pk_id',
            provider: 'Matomo (self-hosted)',
            purpose: 'distinguish visitors',
            duration: '13 months',
          },
          {
            id: 'ck-ses',
            name: '_pk_ses',
            provider: 'Matomo (self-hosted)',
            purpose: 'group page views of one visit',
            duration: '30 minutes',
          },
        ],
      },
      {
        ...meta('a-payroll'),
        kind: 'controller',
        name: 'Staff payroll',
        status: 'active',
        audiences: ['employees'],
        purposes: [{ id: 'pu-pay', description: 'Pay salaries', legalBasis: 'contract' }],
        dataCategories: [{ id: 'dc-iban', name: 'Bank details of employees', retention: { period: 5, unit: 'years' } }],
      },
    ],
    documents: [
      policy(SAMPLE_POLICY_ID, 'en', 'Privacy policy'),
      policy(SAMPLE_POLICY_FR_ID, 'fr', 'Politique de confidentialité'),
    ],
  });
