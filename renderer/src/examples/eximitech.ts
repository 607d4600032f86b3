import { defineWorkspace, exampleBuilder, fact, type ExampleFact } from './build';

/**
 * seeds/003 — EximiTech d.o.o., a processor for e-mail marketing: its customers import their
 * subscribers' data and send campaigns; it hosts on servers in Europe at GDPR-compliant providers,
 * protects access with strong passwords and SSL/HTTPS, and handles breaches under Art. 33.
 *
 * The page names no address, country, contact or provider: those stay empty.
 */
const b = exampleBuilder('eximitech');

const BREACH_HANDLING = [
  'Article 33 of the GDPR requires the data controller to notify the control authority of any violation of personal data (a data breach), within seventy-two hours of the moment it becomes known (72 hours).',
  'We distinguish three types of violations: breach of confidentiality (unauthorized or accidental disclosure or access to personal data); integrity violation (an unauthorized or accidental alteration of personal data); availability violation (the loss, inaccessibility or destruction, whether accidental or unauthorized, of personal data).',
  'If the violation is also related to your data, EximiTech d.o.o., as data processor, will notify you in the following ways: personally and directly; by means of public communication or a similar and effective measure when direct and personal communication involves disproportionate efforts.',
  'You, as a user, are the data controller: it will be your duty to promptly inform your subscribers or your customers on the contact lists.',
].join(' ');

const HOSTING = b.id('processor/hosting-providers');
const SUPPORT_COMPANIES = b.id('processor/support-companies');
const securityIds = ['passwords', 'tls', 'breach-management', 'customer-tools', 'hosting'].map((k) =>
  b.id(`security/${k}`),
);

export const EXIMITECH_WORKSPACE = defineWorkspace({
  organisation: {
    ...b.organisationMeta,
    name: 'EximiTech d.o.o.',
    shortName: 'EximiTech',
    role: 'processor',
    description:
      'EximiTech d.o.o. assigns the utmost importance to the security and integrity of your personal data. We have no direct relationship with your customers or subscribers.',
  },
  contacts: [],
  activities: [
    {
      kind: 'processor',
      ...b.owned('activity/email-marketing'),
      name: 'E-mail marketing on behalf of customers',
      status: 'active',
      description: [
        'When you use our services, you can import into our system the personal information you have collected from your subscribers or other people. We have no direct relationship with your customers or subscribers so it is your job to ensure that you have the appropriate authorization for the collection and processing of data relating to those subjects.',
        'The services, applications and software we offer allow you to retrieve, correct, delete or limit customer data, simply and directly from your account. If you are not able to independently provide the required action, we can offer you reasonable cooperation to help you answer any request from individuals or authorities competent in the protection and processing of personal data. You will be charged for any additional expenses.',
        'Your email lists must contain only the verified contacts of those who gave their informed consent regarding the data. Do not send confidential information through an email campaign.',
        BREACH_HANDLING,
      ].join(' '),
      client: { name: 'Customers (B2B users of the e-mail marketing services)' },
      processingCategories: [
        'Import and storage of the personal information you have collected from your subscribers or other people',
        'Sending of email campaigns to your contact lists',
        'Retrieve, correct, delete or limit customer data, simply and directly from your account',
      ],
      processorIds: [HOSTING, SUPPORT_COMPANIES],
      securityMeasureIds: securityIds,
    },
  ],
  recipients: [],
  processors: [
    {
      ...b.owned('processor/hosting-providers'),
      name: 'Server hosting providers in Europe',
      service:
        'Our services are hosted on servers, which are located in Europe at providers that are GDPR compliant and ensure utmost measures and the best practices for data protection.',
    },
    {
      ...b.owned('processor/support-companies'),
      name: 'Companies that support us and help us to ensure our services',
      service: 'We may transfer your personal information or your customer information to companies that support us.',
    },
  ],
  transfers: [],
  securityMeasures: [
    {
      ...b.owned('security/passwords'),
      category: 'access_control',
      title: 'Access protected by strong passwords',
      description: 'Industry-standard technical security measure: access protected by strong passwords.',
    },
    {
      ...b.owned('security/tls'),
      category: 'encryption',
      title: 'Encrypted transmission of data through SSL / HTTPS technology',
      description:
        'Industry-standard technical security measure: encrypted transmission of data through SSL / HTTPS technology.',
    },
    {
      ...b.owned('security/breach-management'),
      category: 'organisational',
      title: 'Data breach management (Art. 33)',
      description: BREACH_HANDLING,
    },
    {
      ...b.owned('security/customer-tools'),
      category: 'other',
      title: 'Self-service rights tools for customers',
      description:
        'The services, applications and software we offer allow you to retrieve, correct, delete or limit customer data, simply and directly from your account.',
    },
    {
      ...b.owned('security/hosting'),
      category: 'processor_control',
      title: 'Hosting at GDPR-compliant providers in Europe',
      description:
        'Servers located in Europe at providers that are GDPR compliant and ensure utmost measures and the best practices for data protection.',
    },
  ],
  documents: [],
});

export const EXIMITECH_FACTS: ExampleFact[] = [
  fact('organisation', 'Legal name', 'EximiTech d.o.o.'),
  fact('organisation', 'Security commitment', 'utmost importance to the security and integrity of your personal data'),
  fact('activities', 'Processor activity', 'E-mail marketing on behalf of customers', 'derived'),
  fact('activities', 'Client (generic)', 'Customers (B2B users of the e-mail marketing services)', 'derived'),
  fact('activities', 'Import of subscriber data', 'import into our system the personal information'),
  fact('activities', 'Customer must hold authorisation', 'appropriate authorization for the collection and processing'),
  fact('activities', 'Rights assistance', 'reasonable cooperation'),
  fact('activities', 'Cost of assistance', 'You will be charged for any additional expenses'),
  fact('activities', 'Consent of list members', 'informed consent'),
  fact('activities', 'Customer is controller', 'You, as a user, are the data controller'),
  fact('processors', 'Hosting in Europe', 'located in Europe at providers that are GDPR compliant'),
  fact('processors', 'Supporting companies', 'companies that support us'),
  fact('securityMeasures', 'Passwords', 'access protected by strong passwords'),
  fact('securityMeasures', 'TLS', 'SSL / HTTPS'),
  fact('securityMeasures', 'Art. 33', 'Article 33 of the GDPR'),
  fact('securityMeasures', '72 hours', 'seventy-two hours'),
  fact('securityMeasures', 'Breach type', 'breach of confidentiality'),
  fact('securityMeasures', 'Breach type', 'integrity violation'),
  fact('securityMeasures', 'Breach type', 'availability violation'),
  fact('securityMeasures', 'Notification to the customer', 'personally and directly'),
  fact(
    'securityMeasures',
    'Public communication',
    'by means of public communication or a similar and effective measure',
  ),
  fact('securityMeasures', 'Self-service tools', 'retrieve, correct, delete or limit customer data'),
];
