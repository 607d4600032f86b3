import type { Audience, LegalBasis, Purpose } from '../domain';
import { defineWorkspace, exampleBuilder, fact, type ExampleFact } from './build';

/**
 * seeds/001 — Tixeo SAS, a complete controller privacy policy: per collection point the data,
 * the retention, the purposes and their legal bases (the page's tables), Matomo cookies, hosting
 * at OVH in France, a transfer to a partner in Switzerland by adequacy with explicit consent,
 * recipients and certified integrators, rights, the CNIL, and an external DPO.
 *
 * One activity per collection point of the page's tables, except that the page itself merges
 * "management of customer subscriptions" with "during any meeting", which become one activity
 * with two collection points. Where the page gives no purpose (transfer to partners, technical
 * support), none is recorded: the checks must show that gap, not a guess.
 */
const b = exampleBuilder('tixeo');

const LAST_CONTACT = 'the last contact';
const UNLESS_OPPOSED = 'unless opposed';

const purpose = (
  key: string,
  description: string,
  legalBasis: LegalBasis,
  legitimateInterest = '',
  directMarketing = false,
): Purpose => ({
  id: b.id(`purpose/${key}`),
  description,
  legalBasis,
  legitimateInterest,
  legalReference: '',
  art9Condition: null,
  art10Authorisation: '',
  directMarketing,
});

const LI_OFFER_PRODUCTS = 'Legitimate interest of TIXEO to offer its products and services to professional customers';
const LI_TECHNICAL_REQUESTS = 'Legitimate interest of TIXEO to be able to respond to specific technical requests';
const PROSPECTING = 'Carry out commercial prospecting operations';

// Records the activities link to.
const rec = {
  supportDepartment: b.id('recipient/technical-support-department'),
  salesDepartment: b.id('recipient/sales-department'),
  authorities: b.id('recipient/authorised-third-parties'),
  rightsDefence: b.id('recipient/rights-defence'),
  assetDisposal: b.id('recipient/asset-disposal'),
  bardinet: b.id('recipient/bardinet-telecom'),
  mind: b.id('recipient/mindtechnologies'),
  ubcom: b.id('recipient/ubcom'),
  connect4: b.id('recipient/connect4video'),
  cyberxpert: b.id('recipient/cyberxpert'),
};
const INTEGRATORS = [rec.bardinet, rec.mind, rec.ubcom, rec.connect4, rec.cyberxpert];
/** Disclosures the page makes possible for any data (section 6). */
const LEGAL_DISCLOSURES = [rec.authorities, rec.rightsDefence, rec.assetDisposal];
const OVH = b.id('processor/ovh');
const UBCOM_TRANSFER = b.id('transfer/ubcom-switzerland');
const sec = {
  cspn: b.id('security/cspn'),
  compartmentalised: b.id('security/compartmentalised-access'),
  authentication: b.id('security/authentication'),
  monitoring: b.id('security/monitoring'),
  connectionLog: b.id('security/connection-log'),
  hostingFrance: b.id('security/hosting-france'),
  thirdPartyObligations: b.id('security/third-party-obligations'),
  general: b.id('security/general'),
};
const BASE_SECURITY = [sec.general, sec.compartmentalised, sec.hostingFrance, sec.cspn];

const CONTACT_DATA = [
  'Name',
  'First name',
  'E-mail address',
  'Business telephone number',
  'Name of the company represented',
] as const;
const PROSPECT_RETENTION = { period: 3, unit: 'years', startEvent: LAST_CONTACT, criteria: UNLESS_OPPOSED } as const;

/** One controller activity per table row: a single collection point linking all its data and purposes. */
const collectionActivity = (args: {
  key: string;
  name: string;
  collectionPoint: string;
  collectionPointDescription?: string;
  retentionSummary: string;
  dataNames: readonly string[];
  retention: Parameters<typeof b.dataCategories>[2];
  purposes: Purpose[];
  subjects: string[];
  audiences: Audience[];
  recipientIds: string[];
  processorIds?: string[];
  transferIds?: string[];
  securityMeasureIds: string[];
  description?: string;
  requirement?: 'contractual' | 'contract_prerequisite' | 'voluntary';
}) => {
  const dataCategories = b.dataCategories(args.key, args.dataNames, args.retention);
  return {
    kind: 'controller' as const,
    ...b.owned(`activity/${args.key}`),
    name: args.name,
    description: args.description ?? '',
    status: 'active' as const,
    audiences: args.audiences,
    purposes: args.purposes,
    dataSubjectCategories: args.subjects.map((name) => ({ id: b.id(`${args.key}/subjects/${name}`), name })),
    dataCategories,
    collectionPoints: [
      {
        id: b.id(`${args.key}/collection-point`),
        name: args.collectionPoint,
        description: args.collectionPointDescription ?? '',
        dataCategoryIds: dataCategories.map((c) => c.id),
        purposeIds: args.purposes.map((p) => p.id),
        retentionSummary: args.retentionSummary,
        requirement: args.requirement ?? 'voluntary',
      },
    ],
    recipientIds: args.recipientIds,
    processorIds: args.processorIds ?? [OVH],
    transferIds: args.transferIds ?? [],
    securityMeasureIds: args.securityMeasureIds,
    requirement: args.requirement ?? 'voluntary',
    automatedDecision: { exists: false },
  };
};

const contactForm = collectionActivity({
  key: 'contact-form',
  name: 'Contact requests from the website contact form',
  collectionPoint: 'For Internet users who use the contact form',
  retentionSummary: 'Maximum 3 years from the last contact',
  dataNames: [...CONTACT_DATA, 'Question asked'],
  retention: { period: 3, unit: 'years', startEvent: LAST_CONTACT },
  purposes: [
    purpose(
      'contact-form/reply',
      'Reply to any contact request made by an Internet user',
      'legitimate_interests',
      'Legitimate interest of TIXEO to respond to any request made by an Internet user',
    ),
    purpose('contact-form/prospecting', PROSPECTING, 'legitimate_interests', LI_OFFER_PRODUCTS, true),
    purpose(
      'contact-form/technical-request',
      'In the event of a specific technical request, provide an suitable response by a specific subcontractor or integrator certified by TIXEO',
      'legitimate_interests',
      LI_TECHNICAL_REQUESTS,
    ),
  ],
  subjects: ['Internet users who use the contact form'],
  audiences: ['website_visitors', 'prospects'],
  recipientIds: [rec.salesDepartment, rec.supportDepartment, ...INTEGRATORS, ...LEGAL_DISCLOSURES],
  transferIds: [UBCOM_TRANSFER],
  securityMeasureIds: [...BASE_SECURITY, sec.thirdPartyObligations],
});

const freeTrial = collectionActivity({
  key: 'free-trial',
  name: 'Free trial requests',
  collectionPoint: 'For Internet users who request a “free trial”',
  retentionSummary: 'Maximum 3 years after the last contact (unless opposed)',
  dataNames: [...CONTACT_DATA, 'Preferred dates and times', 'How the person got to know Tixeo'],
  retention: PROSPECT_RETENTION,
  purposes: [
    purpose(
      'free-trial/account',
      'Create your Tixeo account and connect to your Tixeo account in order to give you access to the chosen software solution in a secure way (notably by authenticating to the services)',
      'contract',
    ),
    purpose(
      'free-trial/assistance',
      'Responding to your requests for assistance',
      'legitimate_interests',
      'Tixeo’s legitimate interest in responding to your requests',
    ),
    purpose(
      'free-trial/maintenance',
      'To provide us with information necessary for maintenance operations to ensure data security, including monitoring of our data centers and networks',
      'legitimate_interests',
      'Legitimate interest of TIXEO to ensure a high level of security of the software solutions',
    ),
    purpose('free-trial/prospecting', PROSPECTING, 'legitimate_interests', LI_OFFER_PRODUCTS, true),
    purpose(
      'free-trial/deployment',
      'In the event of a specific request, allow for optimal technical deployment of TIXEO solutions by a specific subcontractor or integrator certified by TIXEO, either remotely or on site',
      'legitimate_interests',
      'Legitimate interest of TIXEO to technically deploy the solution in all possible technical cases by a remote subcontractor or on the customer’s site',
    ),
  ],
  subjects: ['Internet users who request a “free trial”'],
  audiences: ['prospects'],
  recipientIds: [rec.salesDepartment, rec.supportDepartment, ...INTEGRATORS, ...LEGAL_DISCLOSURES],
  transferIds: [UBCOM_TRANSFER],
  securityMeasureIds: [...BASE_SECURITY, sec.authentication, sec.monitoring, sec.thirdPartyObligations],
  description: 'Registration on the website to benefit from a free trial period of the solution.',
});

const demo = collectionActivity({
  key: 'demo',
  name: 'Demo requests',
  collectionPoint: 'For Internet users who request a demo',
  retentionSummary: 'Maximum 3 years after the last contact (unless opposed)',
  dataNames: [...CONTACT_DATA, 'Preferred dates and times', 'How the person got to know Tixeo'],
  retention: PROSPECT_RETENTION,
  purposes: [
    purpose('demo/demonstrate', 'Demonstrate the software solutions to anyone who requests it', 'contract'),
    purpose('demo/prospecting', PROSPECTING, 'legitimate_interests', LI_OFFER_PRODUCTS, true),
    purpose(
      'demo/statistics',
      'Keeping statistics on demo requests',
      'legitimate_interests',
      'Legitimate interest of TIXEO to establish statistics',
    ),
    purpose(
      'demo/technical-request',
      'In the event of a specific technical request, provide an adapted response by a specific subcontractor or integrator certified by TIXEO',
      'legitimate_interests',
      LI_TECHNICAL_REQUESTS,
    ),
  ],
  subjects: ['Internet users who request a demo'],
  audiences: ['prospects'],
  recipientIds: [rec.salesDepartment, ...INTEGRATORS, ...LEGAL_DISCLOSURES],
  transferIds: [UBCOM_TRANSFER],
  securityMeasureIds: [...BASE_SECURITY, sec.thirdPartyObligations],
});

const whitePaper = collectionActivity({
  key: 'white-paper',
  name: 'White Paper downloads',
  collectionPoint: 'For those who wish to download the White Paper',
  retentionSummary: 'Maximum 3 years after the last contact (unless opposed)',
  dataNames: CONTACT_DATA,
  retention: PROSPECT_RETENTION,
  purposes: [
    purpose(
      'white-paper/send',
      'Send the White Paper to anyone who requests it',
      'legitimate_interests',
      'Legitimate interest of TIXEO to send the White Paper to the person who requests it',
    ),
    purpose(
      'white-paper/prospecting-professionals',
      PROSPECTING,
      'legitimate_interests',
      'Legitimate interest of TIXEO to offer its products to professional customers',
      true,
    ),
    // The page's basis for the same purpose splits by audience: consent outside a professional context.
    purpose(
      'white-paper/prospecting-individuals',
      `${PROSPECTING} (Consent for individuals acting outside the professional framework)`,
      'consent',
      '',
      true,
    ),
    purpose(
      'white-paper/statistics',
      'Keeping statistics on requests to download the White Paper',
      'legitimate_interests',
      'Legitimate interest of Tixeo to measure the relevance of updating the White Paper',
    ),
  ],
  subjects: ['Those who wish to download the White Paper'],
  audiences: ['website_visitors', 'prospects'],
  recipientIds: [rec.salesDepartment, ...LEGAL_DISCLOSURES],
  securityMeasureIds: BASE_SECURITY,
});

const partners = collectionActivity({
  key: 'partners',
  name: 'Transfer of data to partners',
  collectionPoint: 'Concerning the transfer of data to partners',
  retentionSummary: 'Maximum 3 years after the last contact (unless opposed)',
  dataNames: ['Name', 'First name', 'E-mail address', 'Company'],
  retention: PROSPECT_RETENTION,
  // The page states no purpose or legal basis for this row.
  purposes: [],
  subjects: ['Prospects and customers whose data is transferred to partners'],
  audiences: ['prospects', 'customers'],
  recipientIds: [rec.salesDepartment, ...INTEGRATORS, ...LEGAL_DISCLOSURES],
  transferIds: [UBCOM_TRANSFER],
  securityMeasureIds: [...BASE_SECURITY, sec.thirdPartyObligations],
  description:
    'Integrators or subcontractors certified by Tixeo, in the context of a technical request or to ensure an optimal deployment of the service. Personal data is transferred to our partner in Switzerland, Ubcom, only with the explicit consent of the person concerned.',
});

const invitedAccount = collectionActivity({
  key: 'invited-account',
  name: 'Account creation after an invitation',
  collectionPoint: 'For users who create an account after receiving an invitation',
  retentionSummary: '1 year maximum from the last contact (unless opposed)',
  dataNames: ['Name', 'First name', 'E-mail address', 'Identifier', 'Password'],
  retention: { period: 1, unit: 'years', startEvent: LAST_CONTACT, criteria: UNLESS_OPPOSED },
  purposes: [
    purpose(
      'invited-account/account',
      'Allow the creation of an online account for secure access to any videoconference',
      'legitimate_interests',
      'Legitimate interest of Tixeo to offer a secure video conferencing service',
    ),
  ],
  subjects: ['Users who create an account after being invited to a Tixeo videoconference by a meeting organizer'],
  audiences: ['users'],
  recipientIds: [rec.supportDepartment, ...LEGAL_DISCLOSURES],
  securityMeasureIds: [...BASE_SECURITY, sec.authentication],
  requirement: 'contract_prerequisite',
});

const technicalSupport = collectionActivity({
  key: 'technical-support',
  name: 'Technical support requests',
  collectionPoint: 'For users who require technical support',
  retentionSummary: 'For the duration of the subscription, then 5 years in the archive for evidence purposes',
  dataNames: [
    'Name',
    'First name',
    'E-mail address',
    'Identifier',
    'Operating system',
    'Time-stamped lines',
    'Date of download of the Tixeo solution on the computer or via Google Store or Apple Store',
    'Messages exchanged',
  ],
  retention: {
    period: 5,
    unit: 'years',
    startEvent: 'the end of the subscription',
    criteria: 'For the duration of the subscription, then 5 years in the archive for evidence purposes',
  },
  // The purposes table has no row for technical support requests.
  purposes: [],
  subjects: ['Users who require technical support'],
  audiences: ['users', 'customers'],
  recipientIds: [rec.supportDepartment, ...LEGAL_DISCLOSURES],
  securityMeasureIds: [...BASE_SECURITY, sec.monitoring],
  description: 'Technical support requests submitted by users.',
});

const matomo = {
  ...collectionActivity({
    key: 'matomo',
    name: 'Website audience statistics (Matomo cookies)',
    collectionPoint: 'About Matomo cookies',
    retentionSummary: '13 months maximum for the cookie and 25 months maximum for the data generated',
    dataNames: [
      'Number of visitors',
      'Geographical origin',
      'Time spent',
      'Page views',
      'Browser',
      'Device type (computer, tablet, phone)',
      'Operating system',
    ],
    retention: { period: 25, unit: 'months', criteria: '25 months maximum for the data generated' },
    purposes: [
      purpose(
        'matomo/statistics',
        'Establish website traffic statistics',
        'legitimate_interests',
        'Legitimate interest of Tixeo to establish audience statistics: the website publisher has a legitimate interest in anonymously analysing user behaviour in order to improve its website and thus obtain anonymous statistics',
      ),
    ],
    subjects: ['Website visitors'],
    audiences: ['website_visitors'],
    // The anonymous information from the cookies is not passed on to third parties.
    recipientIds: [],
    processorIds: [],
    securityMeasureIds: [sec.general],
    description:
      'We use a third-party analytics service called MATOMO (formerly Piwik) to collect, analyse and report metrics about website visits. The registration of Matomo cookies and the use of this analysis tool are based on Article 6 paragraph 1 letter f of the GDPR. The anonymous information provided by the cookies on the use of the website is not passed on to third parties.',
  }),
  software: 'MATOMO (formerly Piwik)',
  websiteAnalytics: true,
  cookies: [
    {
      id: b.id('matomo/cookie'),
      name: 'Matomo cookies',
      provider: 'MATOMO (formerly Piwik)',
      purpose: 'Establish website traffic statistics',
      duration: '13 months maximum',
    },
  ],
};

// Customer subscriptions and meetings: the page's second table merges the two rows.
const subscriptionPurposes = [
  purpose(
    'subscriptions/account',
    'Create your Tixeo account and connect to your Tixeo account in order to give you access to the chosen software solution in a secure way (notably by authenticating to the services)',
    'contract',
  ),
  purpose('subscriptions/assistance', 'Responding to your requests for assistance', 'contract'),
  purpose(
    'subscriptions/statistics',
    'Generate statistics which are then made available to the customer via his administrator account',
    'legitimate_interests',
    'Legitimate interest of Tixeo to establish statistics',
  ),
  purpose(
    'subscriptions/maintenance',
    'To provide us with information necessary for maintenance operations, including monitoring of our data centers and networks',
    'legitimate_interests',
    'Legitimate interest in ensuring the security of the software solutions offered',
  ),
];
const meetingPurposes = [
  purpose('meetings/history', 'Generate a history of meetings needed by customers (administrator)', 'contract'),
  purpose('meetings/attendees', 'Allow the customer to find the people who attended a meeting', 'contract'),
];
const MEETING_RETENTION_TEXT =
  'During the time chosen by the customer, deletion in any case at the end of the subscription';
const accountData = b.dataCategories('meetings', ['Name', 'First name', 'E-mail address', 'Identifier', 'Password'], {
  criteria: MEETING_RETENTION_TEXT,
  startEvent: 'the end of the subscription',
});
const meetingData = b.dataCategories(
  'meetings',
  [
    'Date of the meeting',
    'Time of the meeting (start)',
    'Duration of the meeting',
    'Title of the meeting',
    'List of attendees',
    'Meeting server address',
    'Log of your connections and disconnections (including IP addresses)',
  ],
  { criteria: MEETING_RETENTION_TEXT, startEvent: 'the end of the subscription' },
);
const subscriptions = {
  kind: 'controller' as const,
  ...b.owned('activity/subscriptions'),
  name: 'Management of customer subscriptions and meetings',
  status: 'active' as const,
  description:
    'Services: TixeoCloud and TixeoPrivateCloud video conferencing. While using the service, some information such as your first name, last name, image and voice may be disclosed to other attendees via the various features provided by the service. The person responsible for processing this data is the meeting organiser, TIXEO being only a subcontractor of such personal data. Your administrator or controller may have access, for their own use and that of their organisation, to personal data of attendee as linked to their organisation.',
  audiences: ['customers', 'users'] satisfies Audience[],
  purposes: [...subscriptionPurposes, ...meetingPurposes],
  dataSubjectCategories: [
    { id: b.id('subscriptions/subjects/customers'), name: 'Tixeo’s customers' },
    {
      id: b.id('subscriptions/subjects/organizers'),
      name: 'Organizer account holders',
      description: 'A person who has a license to organize and schedule Tixeo videoconference meetings',
    },
  ],
  dataCategories: [...accountData, ...meetingData],
  collectionPoints: [
    {
      id: b.id('subscriptions/collection-point/subscriptions'),
      name: 'Concerning the management of customer subscriptions',
      dataCategoryIds: accountData.map((c) => c.id),
      purposeIds: subscriptionPurposes.map((p) => p.id),
      retentionSummary: MEETING_RETENTION_TEXT,
      requirement: 'contractual' as const,
    },
    {
      id: b.id('subscriptions/collection-point/meetings'),
      name: 'During any meeting via one of Tixeo’s software solutions regarding only Tixeo’s customers',
      description:
        'No guest data is processed by Tixeo as a data controller except for the data needed to create an account for video conferencing security purposes.',
      dataCategoryIds: [...accountData, ...meetingData].map((c) => c.id),
      purposeIds: meetingPurposes.map((p) => p.id),
      retentionSummary: MEETING_RETENTION_TEXT,
      requirement: 'contractual' as const,
    },
  ],
  recipientIds: [rec.supportDepartment, ...LEGAL_DISCLOSURES],
  processorIds: [OVH],
  securityMeasureIds: [...BASE_SECURITY, sec.authentication, sec.monitoring, sec.connectionLog],
  requirement: 'contractual' as const,
  automatedDecision: { exists: false },
};

const recipient = (
  id: string,
  name: string,
  category: 'internal_department' | 'processor' | 'third_party' | 'public_authority',
  description = '',
  country = '',
) => ({ ...b.owned(`recipient/${id}`), name, category, description, country });
const INTEGRATOR_DESCRIPTION =
  'Integrators or subcontractors certified by Tixeo, in the context of a technical request or to ensure an optimal deployment of the service';

const measure = (
  key: string,
  category:
    'access_control' | 'traceability' | 'software_protection' | 'physical' | 'processor_control' | 'organisational',
  title: string,
  description: string,
) => ({ ...b.owned(`security/${key}`), category, title, description });

export const TIXEO_WORKSPACE = defineWorkspace({
  organisation: {
    ...b.organisationMeta,
    name: 'Tixeo SAS',
    shortName: 'Tixeo',
    address: { street: '244 Rue Claude François – Parc 2000', postalCode: '34080', city: 'Montpellier', country: 'FR' },
    website: 'https://www.tixeo.com',
    email: 'gdpr@tixeo.com',
    role: 'controller',
    supervisoryAuthority: {
      name: "Commission Nationale de l'Informatique et des Libertés (CNIL)",
      country: 'FR',
      website: 'https://www.cnil.fr',
      address: '3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France',
    },
    defaultLanguage: 'en',
    description: [
      'Tixeo SAS provides the TixeoCloud and TixeoPrivateCloud video conferencing services.',
      'Tixeo does not collect any data revealing the alleged racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership of individuals, genetic and biometric data, data concerning health, sex life or sexual orientation of individuals, data relating to criminal convictions or offences, as well as the unique national identification number (NIR or Social Security/Insurance number).',
      'TIXEO does not make any automated individual decisions.',
      'Rights also include: Define guidelines for what happens to your data after your death.',
      'Requests may not be answered favourably in case of: Inability to prove your identity; If this prevents us from meeting our regulatory obligations; If it involves excessive costs or effort.',
      'You have the right to lodge a complaint about Tixeo’s handling of your personal data with the supervisory authority in your country (in France, the CNIL) or in an EU member state.',
    ].join(' '),
  },
  contacts: [
    {
      ...b.owned('contact/dpo'),
      role: 'dpo',
      name: 'Apolline Schmitt',
      external: true,
      jobTitle: 'Lawyer at the Strasbourg Bar',
      address: { street: '52 Avenue des Vosges', postalCode: '67000', city: 'Strasbourg', country: 'FR' },
      email: 'dpo@tixeo.com',
      published: true,
      notes: 'Contact for any questions relating to the protection of your data.',
    },
    {
      ...b.owned('contact/privacy'),
      role: 'privacy_contact',
      name: 'TIXEO',
      address: {
        street: 'Parc 2000 – 244 rue Claude François',
        postalCode: '34080',
        city: 'Montpellier',
        country: 'FR',
      },
      email: 'gdpr@tixeo.com',
      notes: 'More information about the protection of your personal data, or comments on this subject.',
    },
  ],
  activities: [
    contactForm,
    freeTrial,
    demo,
    whitePaper,
    partners,
    invitedAccount,
    technicalSupport,
    matomo,
    subscriptions,
  ],
  recipients: [
    recipient(
      'technical-support-department',
      'Technical Support department',
      'internal_department',
      'The Technical Support department only has access to data relating to the maintenance of software solutions and data security.',
    ),
    recipient(
      'sales-department',
      'Sales department',
      'internal_department',
      'The Sales department only has access to the identification data necessary to carry out commercial canvassing operations in compliance with the applicable provisions on data protection.',
    ),
    recipient(
      'authorised-third-parties',
      'Authorised third parties',
      'public_authority',
      'A requisition by law, a court order or a decision by a competent public authority and for law enforcement purposes.',
    ),
    recipient('rights-defence', 'Third parties to establish, enforce or defend the rights of Tixeo SAS', 'third_party'),
    recipient(
      'asset-disposal',
      'Third parties in the event of a merger, sale, joint venture, assignment, transfer or other disposition of all or part of the assets of Tixeo SAS',
      'third_party',
      'Including without limitation in connection with bankruptcy or similar proceedings.',
    ),
    recipient('bardinet-telecom', 'Bardinet Telecom', 'processor', INTEGRATOR_DESCRIPTION),
    recipient('mindtechnologies', 'MindTechnologies', 'processor', INTEGRATOR_DESCRIPTION),
    recipient(
      'ubcom',
      'Ubcom',
      'processor',
      `${INTEGRATOR_DESCRIPTION}. Our partner in Switzerland; receives data only with the explicit consent of the person concerned.`,
      'CH',
    ),
    recipient('connect4video', 'Connect4Video', 'processor', INTEGRATOR_DESCRIPTION),
    recipient('cyberxpert', 'CyberXpert', 'processor', INTEGRATOR_DESCRIPTION),
  ],
  processors: [
    {
      ...b.owned('processor/ovh'),
      name: 'OVH',
      service:
        'Hosting of the personal data that we collect and process in the context of providing our services to our users',
      countries: ['FR'],
      dpa: { signed: true },
      notes:
        'Servers (datacenters) are located in metropolitan France. OVH is committed to comply with its obligations under the above-mentioned regulations and, in particular, the GDPR.',
    },
  ],
  transfers: [
    {
      ...b.owned('transfer/ubcom-switzerland'),
      destinationType: 'country',
      country: 'CH',
      recipientId: rec.ubcom,
      recipientName: 'Ubcom',
      mechanism: 'adequacy',
      conditions: 'Only in the case of transfer, with the explicit consent of the person concerned',
      description:
        'Switzerland benefits from an adequacy decision. Otherwise, within the framework of the use of the service, the personal data of users are never transferred to a third country.',
    },
  ],
  securityMeasures: [
    measure(
      'general',
      'organisational',
      'Technical and organisational measures',
      'We are committed to ensuring the security of your personal data by taking all technical and organisational measures to protect it from unauthorised access, use or disclosure and from loss, destruction or alteration.',
    ),
    measure(
      'compartmentalised-access',
      'access_control',
      'Compartmentalised access by internal department',
      'The recipients of the data are exclusively the internal departments of TIXEO and this in a compartmentalised manner. Each department has access to the data only to the extent necessary for its tasks.',
    ),
    measure(
      'authentication',
      'access_control',
      'Authentication to the services',
      'Access to the chosen software solution in a secure way (notably by authenticating to the services) with an identifier and a password.',
    ),
    measure(
      'monitoring',
      'traceability',
      'Monitoring of data centers and networks',
      'Information necessary for maintenance operations to ensure data security, including monitoring of our data centers and networks.',
    ),
    measure(
      'connection-log',
      'traceability',
      'Log of connections and disconnections',
      'Log of your connections and disconnections (including IP addresses) during meetings.',
    ),
    measure(
      'hosting-france',
      'physical',
      'Hosting by OVH in metropolitan France',
      'The personal data are hosted by OVH company, whose servers (datacenters) are located in metropolitan France.',
    ),
    measure(
      'cspn',
      'software_protection',
      'CSPN certification by ANSSI',
      'TIXEO’s videoconferencing technology is CSPN certified and qualified by the French National Agency for the Security of Information Systems (ANSSI).',
    ),
    measure(
      'third-party-obligations',
      'processor_control',
      'Confidentiality obligations and data processing agreements',
      'When we transfer your personal data to a third party, we take all reasonable steps to ensure that such third parties are bound by obligations of confidentiality, including entering into data processing agreements with the relevant third parties, to ensure that personal data is only processed in accordance with our instructions, and to apply appropriate security measures.',
    ),
  ],
  documents: [
    {
      ...b.owned('document/privacy-policy'),
      kind: 'privacy_policy',
      title: 'Privacy policy of Tixeo',
      language: 'en',
      audiences: ['website_visitors', 'prospects', 'customers', 'users'],
      introduction:
        'This privacy policy is intended to clearly explain how Tixeo SAS collects and uses your personal information when you interact with us through the use of our online services (TixeoCloud and TixeoPrivateCloud) and our website when Tixeo is acting as a data controller. It also aims to inform you about your rights and choices regarding access and control of your personal data.',
      definitions: [
        { term: 'Service', definition: 'The “TixeoCloud” and “TixeoPrivateCloud” video conferencing services' },
        {
          term: 'Customer',
          definition: 'An organization contractually bound to Tixeo for the use of the service',
        },
        {
          term: 'Prospect',
          definition:
            'An organisation not contractually bound to Tixeo but having an interaction (use of the service, correspondence, communication)',
        },
        {
          term: 'Administrator',
          definition: 'Person or entity in charge of deploying the service for the client or within the client company',
        },
        {
          term: 'Organizer account',
          definition: 'A person who has a license to organize and schedule Tixeo videoconference meetings',
        },
      ],
      version: '1.0',
      contactChannel:
        'gdpr@tixeo.com, or by letter to TIXEO, Parc 2000 – 244 rue Claude François, 34080 Montpellier, FRANCE',
    },
  ],
});

export const TIXEO_FACTS: ExampleFact[] = [
  // Organisation
  fact('organisation', 'Legal name', 'Tixeo SAS'),
  fact('organisation', 'Head office', '244 Rue Claude François'),
  fact('organisation', 'Postcode', '34080'),
  fact('organisation', 'Services', 'TixeoCloud and TixeoPrivateCloud'),
  fact('organisation', 'Supervisory authority', 'CNIL'),
  fact(
    'organisation',
    'Supervisory authority (reference data)',
    "Commission Nationale de l'Informatique et des Libertés (CNIL)",
    'reference',
  ),
  fact('organisation', 'Website', 'https://www.tixeo.com'),
  fact('organisation', 'No special-category data', 'genetic and biometric data'),
  fact('organisation', 'No national identification number', 'NIR or Social Security/Insurance number'),
  fact('organisation', 'No automated decisions', 'TIXEO does not make any automated individual decisions'),
  fact('organisation', 'Rights: directives after death', 'Define guidelines for what happens to your data after your'),
  fact('organisation', 'Refusal case', 'Inability to prove your identity'),
  fact('organisation', 'Refusal case', 'If it involves excessive costs or effort'),
  fact('organisation', 'Complaint', 'You have the right to lodge a complaint'),
  // Contacts
  fact('contacts', 'DPO', 'Apolline Schmitt'),
  fact('contacts', 'DPO is a lawyer at the Strasbourg bar', 'Strasbourg Bar'),
  fact('contacts', 'DPO address', '52 Avenue des Vosges'),
  fact('contacts', 'DPO postcode', '67000'),
  fact('contacts', 'DPO e-mail', 'dpo@tixeo.com', 'derived'),
  fact('contacts', 'Privacy contact e-mail', 'gdpr@tixeo.com'),
  // Activities: collection points, data, retention, purposes, bases
  fact('activities', 'Collection point', 'For Internet users who use the contact form'),
  fact('activities', 'Data item', 'Question asked'),
  fact('activities', 'Data item', 'Business telephone number'),
  fact('activities', 'Data item', 'Name of the company represented'),
  fact('activities', 'Contact form retention', 'Maximum 3 years from the last contact'),
  fact('activities', 'Purpose', 'Reply to any contact request made by an Internet user'),
  fact(
    'activities',
    'Legitimate interest',
    'Legitimate interest of TIXEO to respond to any request made by an Internet user',
  ),
  fact('activities', 'Purpose', 'Carry out commercial prospecting operations'),
  fact('activities', 'Legitimate interest', LI_OFFER_PRODUCTS),
  fact('activities', 'Legitimate interest', LI_TECHNICAL_REQUESTS),
  fact('activities', 'Collection point', 'For Internet users who request a “free trial”'),
  fact('activities', 'Data item', 'Preferred dates and times'),
  fact('activities', 'Data item', 'How the person got to know Tixeo'),
  fact('activities', 'Prospect retention', 'Maximum 3 years after the last contact (unless opposed)'),
  fact('activities', 'Purpose', 'Responding to your requests for assistance'),
  fact(
    'activities',
    'Legitimate interest',
    'Legitimate interest of TIXEO to ensure a high level of security of the software solutions',
  ),
  fact(
    'activities',
    'Legitimate interest',
    'Legitimate interest of TIXEO to technically deploy the solution in all possible technical cases',
  ),
  fact('activities', 'Collection point', 'For Internet users who request a demo'),
  fact('activities', 'Purpose', 'Demonstrate the software solutions to anyone who requests it'),
  fact('activities', 'Purpose', 'Keeping statistics on demo requests'),
  fact('activities', 'Collection point', 'For those who wish to download the White Paper'),
  fact('activities', 'Purpose', 'Send the White Paper to anyone who requests it'),
  fact('activities', 'Consent basis', 'Consent for individuals acting outside the professional framework'),
  fact(
    'activities',
    'Legitimate interest',
    'Legitimate interest of Tixeo to measure the relevance of updating the White Paper',
  ),
  fact('activities', 'Collection point', 'Concerning the transfer of data to partners'),
  fact('activities', 'Collection point', 'For users who create an account after receiving an invitation'),
  fact('activities', 'Data item', 'Password'),
  fact('activities', 'Invited account retention', '1 year maximum from the last contact (unless opposed)'),
  fact('activities', 'Purpose', 'Allow the creation of an online account for secure access to any videoconference'),
  fact('activities', 'Collection point', 'For users who require technical support'),
  fact('activities', 'Data item', 'Time-stamped lines'),
  fact(
    'activities',
    'Data item',
    'Date of download of the Tixeo solution on the computer or via Google Store or Apple Store',
  ),
  fact('activities', 'Data item', 'Messages exchanged'),
  fact(
    'activities',
    'Support retention',
    'For the duration of the subscription, then 5 years in the archive for evidence purposes',
  ),
  fact('activities', 'Collection point', 'About Matomo cookies'),
  fact('activities', 'Analytics tool', 'MATOMO (formerly Piwik)'),
  fact('activities', 'Data item', 'Device type (computer, tablet, phone)'),
  fact('activities', 'Cookie lifetime', '13 months maximum'),
  fact('activities', 'Analytics data retention', '25 months maximum for the data generated'),
  fact('activities', 'Purpose', 'Establish website traffic statistics'),
  fact('activities', 'Legitimate interest', 'Legitimate interest of Tixeo to establish audience statistics'),
  fact('activities', 'Basis of Matomo', 'Article 6 paragraph 1 letter f of the GDPR'),
  fact('activities', 'Collection point', 'Concerning the management of customer subscriptions'),
  fact(
    'activities',
    'Purpose',
    'Generate statistics which are then made available to the customer via his administrator account',
  ),
  fact(
    'activities',
    'Legitimate interest',
    'Legitimate interest in ensuring the security of the software solutions offered',
  ),
  fact(
    'activities',
    'Collection point',
    'During any meeting via one of Tixeo’s software solutions regarding only Tixeo’s customers',
  ),
  fact('activities', 'Data item', 'Log of your connections and disconnections (including IP addresses)'),
  fact('activities', 'Data item', 'Meeting server address'),
  fact('activities', 'Meeting retention', MEETING_RETENTION_TEXT),
  fact('activities', 'Purpose', 'Generate a history of meetings needed by customers (administrator)'),
  fact('activities', 'Purpose', 'Allow the customer to find the people who attended a meeting'),
  fact(
    'activities',
    'Tixeo as processor for meeting content',
    'TIXEO being only a subcontractor of such personal data',
  ),
  // Recipients
  fact('recipients', 'Internal department', 'Technical Support department'),
  fact('recipients', 'Internal department', 'Sales department'),
  fact('recipients', 'Authorities', 'a court order or a decision by a competent public authority'),
  fact('recipients', 'Defence of rights', 'Third parties to establish, enforce or defend the rights of Tixeo SAS'),
  fact('recipients', 'Asset disposal', 'merger, sale, joint venture, assignment'),
  fact('recipients', 'Certified integrator', 'Bardinet Telecom'),
  fact('recipients', 'Certified integrator', 'MindTechnologies'),
  fact('recipients', 'Certified integrator', 'Ubcom'),
  fact('recipients', 'Certified integrator', 'Connect4Video'),
  fact('recipients', 'Certified integrator', 'CyberXpert'),
  // Processors, transfers, security
  fact('processors', 'Hosting provider', 'OVH'),
  fact('processors', 'Hosting location', 'metropolitan France'),
  fact('transfers', 'Transfer recipient', 'Ubcom'),
  fact('transfers', 'Transfer condition', 'with the explicit consent of the person concerned'),
  fact('transfers', 'Adequacy', 'benefits from an adequacy decision'),
  fact('securityMeasures', 'Certification', 'CSPN certified'),
  fact('securityMeasures', 'Certifying body', 'French National Agency for the Security of Information Systems (ANSSI)'),
  fact('securityMeasures', 'Compartmentalised access', 'in a compartmentalised manner'),
  fact('securityMeasures', 'Data processing agreements', 'entering into data processing agreements'),
  // Policy settings
  fact('documents', 'Policy title', 'Privacy policy of Tixeo'),
  fact('documents', 'Policy introduction', 'It also aims to inform you about your rights and choices'),
  fact('documents', 'Definition', 'A person who has a license to organize and schedule Tixeo videoconference meetings'),
];
