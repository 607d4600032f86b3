import { defineWorkspace, exampleBuilder, fact, type ExampleFact } from './build';

/**
 * seeds/002 — Infomaniak, a hosting provider writing as processor ("sub-contractor"): data only in
 * its datacenters in Switzerland, breach notification, sub-processor transparency, isolation and
 * yearly intrusion tests, and a named data protection delegate.
 *
 * The page names no sub-processor (only the commitment to be transparent about them), no address
 * and no e-mail for the delegate (a contact form): those stay empty.
 */
const b = exampleBuilder('infomaniak');

const securityIds = [
  'standards',
  'breach-notification',
  'subcontractors',
  'physical',
  'isolation',
  'updates',
  'security-policy',
].map((k) => b.id(`security/${k}`));

const measure = (
  key: string,
  category: 'physical' | 'organisational' | 'processor_control' | 'software_protection' | 'access_control',
  title: string,
  description: string,
) => ({ ...b.owned(`security/${key}`), category, title, description });

export const INFOMANIAK_WORKSPACE = defineWorkspace({
  organisation: {
    ...b.organisationMeta,
    name: 'Infomaniak',
    // The page places all data in Infomaniak's own datacenters in Switzerland; Switzerland is outside the EU.
    address: { country: 'CH' },
    establishedInEu: false,
    role: 'processor',
    supervisoryAuthority: {
      name: 'Federal Data Protection and Information Commissioner (FDPIC)',
      country: 'CH',
      website: 'https://www.edoeb.admin.ch',
    },
    description:
      'As a hosting service, Infomaniak is limited to a role of sub-contractor concerning the GDPR. Customer’s role: it is solely responsible for the security of resources and application systems that it uses with Infomaniak’s services. Infomaniak’s role: we are committed to ensuring the safety of our infrastructure.',
  },
  contacts: [
    {
      ...b.owned('contact/dpo'),
      role: 'dpo',
      name: 'Alexandre Patti',
      jobTitle: 'Delegate for protection of data',
      notes:
        'The Infomaniak chief manager for everything concerning the use, management and protection of personal data. With over 15 years experience in the company. Responsible for informing and advising those responsible for processing, all company employees, and when needed, our sub-contractors. Contact: use our contact form; our support team will be happy to connect you.',
    },
  ],
  activities: [
    {
      kind: 'processor',
      ...b.owned('activity/hosting'),
      name: 'Hosting of customer data in Switzerland',
      status: 'active',
      description: [
        'Infomaniak’s commitments as a processor that hosts all of your data, including data of a personal nature.',
        'Store your data in our datacenters based exclusively in Switzerland and never transfer your data outside of our datacenters.',
        'Notify you as soon as possible in the event of a violation of your data.',
        'It is your responsibility to make the content (CMS, plugins, forms, etc.) that you host through our services compatible with the GDPR.',
      ].join(' '),
      client: { name: 'Customers (hosting clients)' },
      processingCategories: ['Hosting of all of your data, including data of a personal nature'],
      securityMeasureIds: securityIds,
    },
  ],
  recipients: [],
  processors: [],
  transfers: [],
  securityMeasures: [
    measure(
      'standards',
      'organisational',
      'High-security standards and continuous improvement',
      'Implement high-security standards and maintain continuous improvement processes to provide you with a high level of security in our services.',
    ),
    measure(
      'breach-notification',
      'organisational',
      'Breach notification to customers',
      'Notify you as soon as possible in the event of a violation of your data.',
    ),
    measure(
      'subcontractors',
      'processor_control',
      'Transparency on sub-processors',
      'Be transparent when we use subcontractors that could process your data.',
    ),
    measure(
      'physical',
      'physical',
      'Physical security of the infrastructures',
      'Maintain and develop our physical security measures to prevent access to the infrastructures on which your data are stored by unauthorised persons.',
    ),
    measure(
      'isolation',
      'access_control',
      'Isolation of customer hosting services and yearly intrusion tests',
      'Have physical and / or logical isolation systems (depending on the services) to isolate customer hosting services from each other, and carry out intrusion tests once a year in order to ensure data tightness between customers.',
    ),
    measure(
      'updates',
      'software_protection',
      'Security updates',
      'Be exemplary in terms of reactivity for security updates on the systems we manage.',
    ),
    measure(
      'security-policy',
      'organisational',
      'Security policy',
      'A security policy that meets the requirements of various standards and certifications as well as the GDPR. These commitments are transcribed in our general and specific terms and conditions.',
    ),
  ],
  documents: [],
});

export const INFOMANIAK_FACTS: ExampleFact[] = [
  fact('organisation', 'Name', 'Infomaniak'),
  fact('organisation', 'Processor role', 'limited to a role of sub-contractor concerning the GDPR'),
  fact('organisation', 'Customer’s role', 'solely responsible for the security of resources and application systems'),
  fact(
    'organisation',
    'Supervisory authority',
    'Federal Data Protection and Information Commissioner (FDPIC)',
    'reference',
  ),
  fact('contacts', 'Data protection delegate', 'Alexandre Patti'),
  fact('contacts', 'Experience', 'over 15 years experience in the company'),
  fact('contacts', 'Delegate’s tasks', 'informing and advising those responsible for processing'),
  fact('contacts', 'Contact channel', 'contact form'),
  fact('activities', 'Client (generic)', 'Customers (hosting clients)', 'derived'),
  fact('activities', 'Hosting', 'Hosting of all of your data, including data of a personal nature', 'derived'),
  fact('activities', 'Switzerland only', 'datacenters based exclusively in Switzerland'),
  fact('activities', 'No transfer', 'never transfer your data outside of our datacenters'),
  fact('activities', 'Customer content', 'CMS, plugins, forms, etc.'),
  fact(
    'securityMeasures',
    'Breach notification',
    'Notify you as soon as possible in the event of a violation of your data',
  ),
  fact(
    'securityMeasures',
    'Sub-processor transparency',
    'Be transparent when we use subcontractors that could process your data',
  ),
  fact(
    'securityMeasures',
    'Physical security',
    'prevent access to the infrastructures on which your data are stored by unauthorised persons',
  ),
  fact('securityMeasures', 'Isolation', 'physical and / or logical isolation systems'),
  fact('securityMeasures', 'Intrusion tests', 'intrusion tests once a year'),
  fact('securityMeasures', 'Security updates', 'reactivity for security updates'),
  fact('securityMeasures', 'High-security standards', 'high-security standards'),
  fact('securityMeasures', 'Continuous improvement', 'continuous improvement processes'),
  fact('securityMeasures', 'Standards and certifications', 'requirements of various standards and certifications'),
];
