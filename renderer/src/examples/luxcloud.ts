import { defineWorkspace, exampleBuilder, fact, type ExampleFact } from './build';

/**
 * seeds/004 — LuxCloud S.A., a classic controller policy: data from business and consumer
 * customers, collection channels and third-party sources, cookies, retention criteria, uses,
 * transfers outside Luxembourg only with prior written approval, disclosures to auditors and
 * authorities, tier-IV hosting, rights and the DPO.
 *
 * The page states no legal bases: contractual uses carry "contract" (the page says the data is used
 * "to honor its contractual engagements"), the rest legitimate interests with the interest left
 * unstated, and cookies have no stated lifetime — the checks must point at those gaps. A transfer
 * record needs a destination country, which the page does not give, so the "prior written approval"
 * guarantee is held by the processor and the activity that may transfer.
 */
const b = exampleBuilder('luxcloud');

const BUSINESS_RELATIONSHIP = 'Until the end of our business relationship';
const TRANSFER_GUARANTEE =
  'These companies may be located outside of Luxembourg. LuxCloud guaranties however, that no transfer of personal data to a company located outside of Luxembourg will happen without your prior written approval.';

const rec = {
  salesSupport: b.id('recipient/sales-support'),
  finance: b.id('recipient/finance'),
  softwareProvider: b.id('recipient/software-provider'),
  legalAuthority: b.id('recipient/legal-authority'),
  auditors: b.id('recipient/auditors'),
  consultancies: b.id('recipient/consultancies'),
  lawEnforcement: b.id('recipient/law-enforcement'),
};
const proc = {
  serviceElements: b.id('processor/service-elements'),
  datacenters: b.id('processor/tier-iv-datacenters'),
};
const sec = (key: string): string => b.id(`security/${key}`);
const ALL_SECURITY = [
  'internal-procedures',
  'encryption',
  'firewalls',
  'authentication',
  'need-to-know',
  'staff',
  'tier-iv',
  'subcontractors',
  'review',
  'identity',
  'abuse',
].map(sec);

const purpose = (
  key: string,
  description: string,
  legalBasis: 'contract' | 'legal_obligation' | 'legitimate_interests',
  directMarketing = false,
) => ({
  id: b.id(`purpose/${key}`),
  description,
  legalBasis,
  directMarketing,
});

const customerData = [
  ...b.dataCategories(
    'service',
    [
      'company name',
      'company size and sector',
      'individual contact names and job titles for delivery, installation, support and billing',
      'postal address',
      'IP-address',
      'telephone and fax numbers',
      'e-mail addresses',
      'credit card details',
      'name',
      'address',
      'telephone number',
      'e-mail address',
    ],
    { criteria: BUSINESS_RELATIONSHIP },
  ),
  ...b.dataCategories('service', ['accounting data, contracts'], {
    criteria: 'As long as legally required (accounting data, contracts…)',
  }),
];
const servicePurposes = [
  purpose('provisioning', 'the provisioning of software application', 'contract'),
  purpose('billing', 'the account and billing management', 'contract'),
  purpose('support', 'a technical support', 'contract'),
  purpose('development', 'the product development', 'contract'),
  purpose('fraud', 'fraud prevention and detection', 'contract'),
  purpose('regulatory', 'regulatory or law enforcement requirements', 'legal_obligation'),
];
const collectionPoint = (key: string, name: string) => ({
  id: b.id(`service/collection-point/${key}`),
  name,
  dataCategoryIds: customerData.map((c) => c.id),
  purposeIds: servicePurposes.map((p) => p.id),
  retentionSummary: `As long as legally required (accounting data, contracts…); ${BUSINESS_RELATIONSHIP.toLowerCase()}`,
  requirement: 'contractual' as const,
});

const marketingData = b.dataCategories('marketing', ['Certain contact details'], {
  criteria:
    'May be preserved for canvassing even after the end of our business relationship. These data can however be also deleted on your personal request.',
});
const trackingData = b.dataCategories(
  'cookies',
  [
    'Type of domain name used to gain access to the Internet (.com, .org)',
    'The IP address attributed during the connection',
    'Date and time of access to the site',
    'Duration of site/page visit',
    'Browser used',
    'The operating system or platform installed on your personal computer or the access device used',
    'Search engine and meta tags used to track the LuxCloud website on the web',
    'Type and nature of files or information that have been downloaded',
  ],
  {},
);
const cookiePurposes = [
  purpose(
    'cookies/interest',
    'To determine what services or promotions are of interest to you',
    'legitimate_interests',
  ),
  purpose('cookies/improve', 'Help us improve the quality and usefulness of our sites', 'legitimate_interests'),
];

const measure = (
  key: string,
  category:
    'access_control' | 'encryption' | 'software_protection' | 'organisational' | 'physical' | 'processor_control',
  title: string,
  description: string,
) => ({ ...b.owned(`security/${key}`), category, title, description });

const recipient = (
  key: string,
  name: string,
  category: 'internal_department' | 'third_party' | 'public_authority' | 'other_controller',
  description = '',
) => ({ ...b.owned(`recipient/${key}`), name, category, description });

export const LUXCLOUD_WORKSPACE = defineWorkspace({
  organisation: {
    ...b.organisationMeta,
    name: 'LuxCloud S.A.',
    shortName: 'LuxCloud',
    address: {
      street: 'Aerogolf Center, 1B, rue Heienhaff',
      postalCode: 'L-1736',
      city: 'Senningerberg',
      country: 'LU',
    },
    role: 'controller',
    supervisoryAuthority: {
      name: 'Commission nationale pour la protection des données (CNPD)',
      country: 'LU',
      website: 'https://cnpd.public.lu',
      address: '15, Boulevard du Jazz, L-4370 Belvaux, Luxembourg',
    },
    description: [
      'LuxCloud is committed to ensuring that any personal data supplied by its customers or otherwise generated by its business activities is collected and processed fairly and lawfully.',
      'You may access, update, and correct, rectify or delete your personally identifiable information, and may change your marketing preferences at any time, by accessing your account online, by contacting Support Service by phone or email. The contact details are mentioned on your invoice.',
      'Choosing to delete some types of personal information may prevent us from supplying certain services to you as a customer, vendor or partner, or responding to your queries as a job applicant or contractor.',
      'LuxCloud may update the terms of this policy from time to time and post the updated version on its web site.',
    ].join(' '),
  },
  contacts: [
    {
      ...b.owned('contact/dpo'),
      role: 'dpo',
      name: 'Janin Heniqui',
      jobTitle: 'Data Protection Officer',
      address: {
        street: 'Aerogolf Center, 1B, rue Heienhaff',
        postalCode: 'L-1736',
        city: 'Senningerberg',
        country: 'LU',
      },
      notes: 'For questions regarding this policy.',
    },
  ],
  activities: [
    {
      kind: 'controller',
      ...b.owned('activity/service'),
      name: 'Providing and Improving the LuxCloud Service',
      status: 'active',
      description: [
        'LuxCloud needs certain personal data to be able to provide products and services and assure an accurate billing management. LuxCloud uses the personal data it collects to honor its contractual engagements. LuxCloud might request other information, based on, for example, the service(s) being ordered or promoted.',
        `Providing a service to you may need a transfer of your personal information to the software provider of your choice or to a third party company employed by LuxCloud to supply certain service elements. ${TRANSFER_GUARANTEE}`,
      ].join(' '),
      audiences: ['customers', 'partners'],
      purposes: servicePurposes,
      dataSubjectCategories: [
        { id: b.id('service/subjects/business'), name: 'Business customers’ contacts' },
        { id: b.id('service/subjects/consumers'), name: 'Consumer customers' },
        { id: b.id('service/subjects/partners'), name: 'Partners' },
      ],
      dataCategories: customerData,
      collectionPoints: [
        collectionPoint('registration', 'any kind of registration forms'),
        collectionPoint('orders', 'orders placed by customers'),
        collectionPoint('documents', 'documents introduced by customers'),
      ],
      sources: [
        {
          id: b.id('service/source/enquiries'),
          description:
            'Enquiries made by existing and potential customers (including information gathered at marketing events and via the Internet)',
        },
        { id: b.id('service/source/vendors'), description: 'Vendors, contractors or applicants for employment' },
        {
          id: b.id('service/source/resellers'),
          description: 'Third parties like resellers who pass on data about their end users',
        },
      ],
      recipientIds: Object.values(rec),
      processorIds: Object.values(proc),
      securityMeasureIds: ALL_SECURITY,
      requirement: 'contractual',
      consequenceOfNotProviding:
        'Choosing to delete some types of personal information may prevent us from supplying certain services to you.',
    },
    {
      kind: 'controller',
      ...b.owned('activity/marketing'),
      name: 'Direct Marketing',
      status: 'active',
      description:
        'LuxCloud will only use your personal data for marketing or other purposes unrelated to your specific service where this is in accordance with applicable data protection or privacy law, and any preferences which you expressed when you registered for a service will be honored. You may express your preferences to us when you register or subsequently change your preferences through contact with a Customer Service representative.',
      audiences: ['customers', 'prospects'],
      purposes: [purpose('marketing', 'Contact you regarding its products and services', 'legitimate_interests', true)],
      dataSubjectCategories: [{ id: b.id('marketing/subjects/customers'), name: 'Customers and former customers' }],
      dataCategories: marketingData,
      recipientIds: [rec.salesSupport],
      processorIds: [proc.datacenters],
      securityMeasureIds: ALL_SECURITY,
    },
    {
      kind: 'controller',
      ...b.owned('activity/cookies'),
      name: 'Cookies and similar technology',
      status: 'active',
      description:
        'LuxCloud may also use "cookies" and similar technology to obtain information about your visits (1) to our web site, (2) the web sites and control panels of our distributors and resellers and (3) your responses to e-mail from us – all three individually and in an aggregated form that does not identify you. Any visitor has the option to block our cookies through the Internet browser or other commercially available software. However, doing so may make some of our sites\' features unavailable to you.',
      audiences: ['website_visitors', 'customers'],
      purposes: cookiePurposes,
      dataSubjectCategories: [{ id: b.id('cookies/subjects/visitors'), name: 'Website visitors' }],
      dataCategories: trackingData,
      websiteAnalytics: true,
      cookies: [
        {
          id: b.id('cookies/cookie'),
          name: 'LuxCloud cookies',
          provider: 'LuxCloud',
          purpose: 'To determine what services or promotions are of interest to you',
        },
      ],
      processorIds: [proc.datacenters],
      securityMeasureIds: ALL_SECURITY,
    },
  ],
  recipients: [
    recipient(
      'sales-support',
      'Internal departments (sales and support)',
      'internal_department',
      'LuxCloud will pass personal data within its internal departments in order to fulfill sales and support obligations.',
    ),
    recipient('finance', 'Finance departments', 'internal_department', 'To enable global invoicing.'),
    recipient(
      'software-provider',
      'The software provider of your choice',
      'other_controller',
      'When it’s requested for the provisioning of the service requested by you.',
    ),
    recipient('legal-authority', 'Legal authority', 'public_authority', 'On demand of a legal authority.'),
    recipient('auditors', 'Auditors', 'third_party', 'Prohibited from using your personal data for any other purpose.'),
    recipient(
      'consultancies',
      'Intelligence and risk management consultancies',
      'third_party',
      'Prohibited from using your personal data for any other purpose.',
    ),
    recipient(
      'law-enforcement',
      'Law enforcement agencies and courts',
      'public_authority',
      'LuxCloud will disclose personal data to help investigation against unlawful activity, or to comply with an order made by any court.',
    ),
  ],
  processors: [
    {
      ...b.owned('processor/service-elements'),
      name: 'Third party company employed by LuxCloud to supply certain service elements',
      service:
        'Such partners and vendors must use personal information only to ensure the delivery of the service requested by you.',
      notes: TRANSFER_GUARANTEE,
    },
    {
      ...b.owned('processor/tier-iv-datacenters'),
      name: 'Tier-IV datacenters',
      service:
        'LuxCloud’s technical platform and devices are exclusively hosted by tier-IV datacenters, which are designed to host mission critical computer systems, with fully redundant subsystems and restricted access security zones.',
    },
  ],
  transfers: [],
  securityMeasures: [
    measure(
      'internal-procedures',
      'access_control',
      'Internal security procedures',
      'Internal security procedures that restrict access to and disclosure of personal data within LuxCloud.',
    ),
    measure(
      'encryption',
      'encryption',
      'Encryption',
      'We also use encryption, firewalls and other technology and security procedures to help protect the accuracy and security of your personal information and prevent unauthorized access or improper use.',
    ),
    measure(
      'firewalls',
      'software_protection',
      'Firewall and password protection of data networks',
      'LuxClouds data networks are protected by industry standard firewall and password protection systems.',
    ),
    measure(
      'authentication',
      'access_control',
      'Registration and authentication',
      'In order to use most features of the LuxCloud online services, you will need to register, submit a high quality password or some other type of authenticating information.',
    ),
    measure(
      'need-to-know',
      'access_control',
      'Access on a need-to-know basis',
      'Only authorized employees and suppliers have access to your personal information. Our security policies permit access to client information only to people who need access to fulfill their job.',
    ),
    measure(
      'staff',
      'organisational',
      'Staff confidentiality and privacy training',
      'All employees are responsible for maintaining a high confidentiality and security of any personal data collected by LuxCloud. Our employees are informed about the importance of privacy and receive ongoing updates on privacy related policies.',
    ),
    measure(
      'tier-iv',
      'physical',
      'Tier-IV datacenters',
      'Exclusively hosted by tier-IV datacenters, which are designed to host mission critical computer systems, with fully redundant subsystems and restricted access security zones.',
    ),
    measure(
      'subcontractors',
      'processor_control',
      'Subcontractors bound to the purpose',
      'Those companies, like any other subcontractor of LuxCloud, will be prohibited from using your personal data for any other purpose.',
    ),
    measure(
      'review',
      'organisational',
      'Periodic review of security policies',
      'Our security policies are periodically reviewed and enhanced when necessary.',
    ),
    measure(
      'identity',
      'organisational',
      'Identity verification before access or correction',
      'We take steps to verify your identity before granting access or making corrections to your information.',
    ),
    measure(
      'abuse',
      'organisational',
      'Investigation of security abuse',
      'LuxCloud will also actively investigate and cooperate with law enforcement agencies regarding any allegations of abuse or violation of system or network security.',
    ),
  ],
  documents: [
    {
      ...b.owned('document/privacy-policy'),
      kind: 'privacy_policy',
      title: 'LuxCloud privacy policy',
      language: 'en',
      audiences: ['customers', 'partners', 'prospects', 'website_visitors'],
      introduction:
        'Protecting our partners’ and customers’ privacy is an important priority at LuxCloud. Our privacy policy is designed to inform you about the information we collect, how we use it, and your options with regard to that collection and use.',
      version: '1.0',
      contactChannel:
        'Support Service by phone or email (the contact details are mentioned on your invoice); LuxCloud S.A., Janin Heniqui – Data Protection Officer, Aerogolf Center, 1B, rue Heienhaff, L-1736 Senningerberg, Luxembourg',
    },
  ],
});

export const LUXCLOUD_FACTS: ExampleFact[] = [
  fact('organisation', 'Legal name', 'LuxCloud S.A.'),
  fact('organisation', 'Address', 'Aerogolf Center, 1B, rue Heienhaff'),
  fact('organisation', 'Postcode', 'L-1736'),
  fact('organisation', 'Town', 'Senningerberg'),
  fact(
    'organisation',
    'Supervisory authority',
    'Commission nationale pour la protection des données (CNPD)',
    'reference',
  ),
  fact(
    'organisation',
    'Rights',
    'access, update, and correct, rectify or delete your personally identifiable information',
  ),
  fact('organisation', 'Marketing preferences', 'change your marketing preferences at any time'),
  fact('organisation', 'Contact details', 'The contact details are mentioned on your invoice'),
  fact('organisation', 'Policy updates', 'post the updated version on its web site'),
  fact('contacts', 'DPO', 'Janin Heniqui'),
  fact('contacts', 'DPO title', 'Data Protection Officer'),
  fact('activities', 'Data item', 'company size and sector'),
  fact(
    'activities',
    'Data item',
    'individual contact names and job titles for delivery, installation, support and billing',
  ),
  fact('activities', 'Data item', 'IP-address'),
  fact('activities', 'Data item', 'telephone and fax numbers'),
  fact('activities', 'Data item', 'credit card details'),
  fact('activities', 'Data subjects', 'Consumer customers', 'derived'),
  fact('activities', 'Collection point', 'any kind of registration forms'),
  fact('activities', 'Collection point', 'orders placed by customers'),
  fact('activities', 'Collection point', 'documents introduced by customers'),
  fact('activities', 'Source', 'information gathered at marketing events and via the Internet'),
  fact('activities', 'Source', 'applicants for employment'),
  fact('activities', 'Source', 'resellers who pass on data about their end users'),
  fact('activities', 'Retention criterion', 'As long as legally required (accounting data, contracts…)'),
  fact('activities', 'Retention criterion', 'Until the end of our business relationship'),
  fact(
    'activities',
    'Canvassing retention',
    'preserved for canvassing even after the end of our business relationship',
  ),
  fact('activities', 'Deletion on request', 'deleted on your personal request'),
  fact('activities', 'Contractual use', 'to honor its contractual engagements'),
  fact('activities', 'Purpose', 'the provisioning of software application'),
  fact('activities', 'Purpose', 'the account and billing management'),
  fact('activities', 'Purpose', 'a technical support'),
  fact('activities', 'Purpose', 'the product development'),
  fact('activities', 'Purpose', 'fraud prevention and detection'),
  fact('activities', 'Purpose', 'regulatory or law enforcement requirements'),
  fact('activities', 'Activity', 'Direct Marketing'),
  fact('activities', 'Marketing purpose', 'regarding its products and services'),
  fact(
    'activities',
    'Marketing preferences honoured',
    'any preferences which you expressed when you registered for a service will be honored',
  ),
  fact('activities', 'Cookie purpose', 'determine what services or promotions are of interest to you'),
  fact('activities', 'Tracked data', 'Type of domain name used to gain access to the Internet (.com, .org)'),
  fact('activities', 'Tracked data', 'The IP address attributed during the connection'),
  fact('activities', 'Tracked data', 'Date and time of access to the site'),
  fact('activities', 'Tracked data', 'Duration of site/page visit'),
  fact('activities', 'Tracked data', 'Browser used'),
  fact(
    'activities',
    'Tracked data',
    'The operating system or platform installed on your personal computer or the access device used',
  ),
  fact('activities', 'Tracked data', 'Search engine and meta tags used to track the LuxCloud website on the web'),
  fact('activities', 'Tracked data', 'Type and nature of files or information that have been downloaded'),
  fact('activities', 'Blocking cookies', 'block our cookies through the Internet browser'),
  fact('activities', 'Transfers outside Luxembourg', 'prior written approval'),
  fact('recipients', 'Internal', 'sales and support'),
  fact('recipients', 'Finance', 'global invoicing'),
  fact('recipients', 'Software provider', 'software provider of your choice'),
  fact('recipients', 'Authority', 'legal authority'),
  fact('recipients', 'Auditors', 'Auditors'),
  fact('recipients', 'Consultancies', 'Intelligence and risk management consultancies'),
  fact('recipients', 'Courts', 'to comply with an order made by any court'),
  fact('processors', 'Service elements', 'company employed by LuxCloud to supply certain service elements'),
  fact('processors', 'Transfers only with approval', 'without your prior written approval'),
  fact('processors', 'Outside Luxembourg', 'may be located outside of Luxembourg'),
  fact('securityMeasures', 'Encryption and firewalls', 'encryption, firewalls'),
  fact('securityMeasures', 'Password', 'high quality password'),
  fact('securityMeasures', 'Need to know', 'only to people who need access to fulfill their job'),
  fact('securityMeasures', 'Staff training', 'receive ongoing updates on privacy related policies'),
  fact('securityMeasures', 'Tier-IV', 'tier-IV'),
  fact('securityMeasures', 'Redundancy', 'fully redundant subsystems and restricted access security zones'),
  fact('securityMeasures', 'Firewall', 'industry standard firewall and password protection systems'),
  fact('securityMeasures', 'Subcontractors', 'prohibited from using your personal data for any other purpose'),
  fact('securityMeasures', 'Review', 'periodically reviewed and enhanced'),
  fact('securityMeasures', 'Identity check', 'verify your identity before granting access'),
  fact(
    'documents',
    'Policy introduction',
    'Our privacy policy is designed to inform you about the information we collect',
  ),
];
