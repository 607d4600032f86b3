import { defineWorkspace, exampleBuilder, fact, type ExampleFact } from './build';

/**
 * seeds/000 — Utixo, a hosting provider that is both processor (the data its customers store on
 * its infrastructure, and Technical Support's access to it) and controller (billing, service and
 * performance improvement, sales operations, commercial management, its employees, support contacts).
 *
 * The page gives no address, country, contact or legal bases: those fields stay empty (the legal
 * basis, which the model requires per purpose, is the evident one, and legitimate interests are
 * left unstated so the checks point at them).
 */
const b = exampleBuilder('utixo');

const CUSTOMERS = 'Customers (hosting clients)';
const sec = {
  supportPermissions: b.id('security/support-permissions'),
  expressRequest: b.id('security/express-request'),
  authorityRequests: b.id('security/authority-requests'),
  euDatacenters: b.id('security/eu-datacenters'),
  location: b.id('security/datacenter-location'),
  noResale: b.id('security/no-resale'),
  general: b.id('security/general'),
};
const rec = {
  authorities: b.id('recipient/authorities'),
  support: b.id('recipient/technical-support'),
};

const SLA =
  'In the case of problems, the standard Service Level Agreement (SLA) provides for problem resolution within 2 hours in 98% of cases, within 6 hours in 2%. It is possible to agree on different and specific SLAs designed on customer needs.';

const supportData = b.dataCategories('support', ['last name', 'first name', 'phone number', 'email address'], {});

const controllerPurpose = (key: string, description: string, legalBasis: 'contract' | 'legitimate_interests') => ({
  id: b.id(`purpose/${key}`),
  description,
  legalBasis,
});

export const UTIXO_WORKSPACE = defineWorkspace({
  organisation: {
    ...b.organisationMeta,
    name: 'Utixo',
    role: 'both',
    description: [
      'Utixo takes all necessary measures to preserve the security and confidentiality of personal data processed. The main commitment is to prevent them from being hacked, damaged or unauthorized third parties from accessing them.',
      'Utixo plays the role of “processor” when it processes personal data on behalf of a controller, and the role of “data controller” when it determines the means and purposes of its processing of personal data.',
      SLA,
    ].join(' '),
  },
  contacts: [],
  activities: [
    {
      kind: 'processor',
      ...b.owned('activity/hosting'),
      name: 'Hosting of customer data',
      status: 'active',
      description: [
        'This is the situation when using Utixo services and storing personal data on an infrastructure. Within the limits of its technical constraints, Utixo will process the hosted data only according to your instructions, and on your behalf.',
        'Data stored by the client using Utixo services remain the property of the client. Utixo respects the obligation not to resell this data, nor to use it for personal purposes (such as datamining, profiling or direct marketing activities).',
        'Unless specified, Utixo services are provided from datacenters on the territory of the European Union with appropriate certifications. Customer data will never be transferred outside countries of the European Union unless requested by the customer.',
        'To fulfill legal obligations in the context of judicial and/or administrative requests, strictly controlled.',
      ].join(' '),
      client: { name: CUSTOMERS },
      processingCategories: [
        'Storage of the personal data hosted by customers on Utixo infrastructure, only according to the customer’s instructions',
        'Access to hosted data in response to judicial and/or administrative requests',
      ],
      securityMeasureIds: [sec.general, sec.euDatacenters, sec.location, sec.noResale, sec.authorityRequests],
    },
    {
      kind: 'processor',
      ...b.owned('activity/support-access'),
      name: 'Technical Support access to hosted data',
      status: 'active',
      description: [
        'Only at the express request of the customer, and subject to the specific technical constraints of each service, Support may have access to the data stored by the user on the Utixo services, in order to identify the source of the problem encountered and possibly be able to solve it.',
        SLA,
      ].join(' '),
      client: { name: CUSTOMERS },
      processingCategories: [
        'Access to the data stored by the user on the Utixo services, only at the express request of the customer',
      ],
      securityMeasureIds: [sec.general, sec.supportPermissions, sec.expressRequest],
    },
    {
      kind: 'controller',
      ...b.owned('activity/customer-management'),
      name: 'Billing, service improvement, sales operations and commercial management',
      status: 'active',
      description:
        'Utixo collects data for billing, service and performance improvement, sales operations, commercial management, etc.',
      audiences: ['customers'],
      purposes: [
        controllerPurpose('billing', 'Billing', 'contract'),
        controllerPurpose('improvement', 'Service and performance improvement', 'legitimate_interests'),
        controllerPurpose('sales', 'Sales operations', 'legitimate_interests'),
        controllerPurpose('commercial', 'Commercial management', 'contract'),
      ],
      dataSubjectCategories: [{ id: b.id('customer-management/subjects/customers'), name: 'Customers' }],
      recipientIds: [rec.authorities],
      securityMeasureIds: [sec.general, sec.euDatacenters],
    },
    {
      kind: 'controller',
      ...b.owned('activity/employees'),
      name: 'Personal data of employees',
      status: 'active',
      description: 'Utixo processes the personal data of its employees.',
      audiences: ['employees'],
      dataSubjectCategories: [{ id: b.id('employees/subjects/employees'), name: 'Employees' }],
      securityMeasureIds: [sec.general],
    },
    {
      kind: 'controller',
      ...b.owned('activity/support-requests'),
      name: 'Technical support requests',
      status: 'active',
      description:
        'When the customer contacts Support, to better handle the customer’s request, Support takes note of the information provided by the user during the creation of their Utixo account (last name, first name, phone number, email address, etc…).',
      audiences: ['customers'],
      purposes: [controllerPurpose('support', 'To better handle the customer’s request', 'contract')],
      dataSubjectCategories: [
        {
          id: b.id('support/subjects/contacts'),
          name: 'Customers’ contacts',
          description: 'Your contact in Utixo as part of a support request',
        },
      ],
      dataCategories: supportData,
      collectionPoints: [
        {
          id: b.id('support/collection-point'),
          name: 'Support request',
          dataCategoryIds: supportData.map((c) => c.id),
          purposeIds: [b.id('purpose/support')],
        },
      ],
      recipientIds: [rec.support],
      securityMeasureIds: [sec.general, sec.supportPermissions],
    },
  ],
  recipients: [
    {
      ...b.owned('recipient/technical-support'),
      name: 'Utixo Technical Support',
      category: 'internal_department',
    },
    {
      ...b.owned('recipient/authorities'),
      name: 'Judicial and/or administrative authorities',
      category: 'public_authority',
      description:
        'Utixo is required to respond to requests from judicial and/or administrative authorities, only after verifying their validity.',
    },
  ],
  processors: [],
  transfers: [],
  securityMeasures: [
    {
      ...b.owned('security/general'),
      category: 'organisational',
      title: 'Security and confidentiality of personal data',
      description:
        'The main commitment is to prevent them from being hacked, damaged or unauthorized third parties from accessing them.',
    },
    {
      ...b.owned('security/support-permissions'),
      category: 'access_control',
      title: 'Controlled Support access to user data',
      description:
        'Access to user data remains controlled through specific permissions and special control and security measures.',
    },
    {
      ...b.owned('security/express-request'),
      category: 'access_control',
      title: 'Access to hosted data only at the express request of the customer',
      description:
        'Utixo does not access or use this data except when strictly necessary and within its technical constraints.',
    },
    {
      ...b.owned('security/authority-requests'),
      category: 'organisational',
      title: 'Verification of judicial and administrative requests',
      description:
        'Utixo only authorizes after verifying their validity. As long as the request or the law does not prohibit it, Utixo undertakes to notify the customer of this type of request as soon as possible. Applications from a third country are processed only if they are based on an international agreement, such as a mutual legal assistance treaty, in force between the requesting third country and the European Union or a member state.',
    },
    {
      ...b.owned('security/eu-datacenters'),
      category: 'physical',
      title: 'Datacenters on the territory of the European Union with appropriate certifications',
      description:
        'Unless specified, Utixo services are provided from datacenters on the territory of the European Union with appropriate certifications.',
    },
    {
      ...b.owned('security/datacenter-location'),
      category: 'organisational',
      title: 'Datacenter location chosen by the customer',
      description:
        'When several locations are available, the customer has the option of selecting the one he or she prefers when ordering. Utixo is not allowed to change, without the customer’s agreement, the location or geographical area agreed upon during the order.',
    },
    {
      ...b.owned('security/no-resale'),
      category: 'organisational',
      title: 'No resale or personal use of hosted data',
      description:
        'Utixo respects the obligation not to resell this data, nor to use it for personal purposes (such as datamining, profiling or direct marketing activities).',
    },
  ],
  documents: [
    {
      ...b.owned('document/privacy-policy'),
      kind: 'privacy_policy',
      title: 'GDPR: how we protect your data',
      language: 'en',
      audiences: ['customers'],
      introduction:
        'Utixo takes all necessary measures to preserve the security and confidentiality of personal data processed.',
      version: '1.0',
      contactChannel: 'Utixo Contact Form',
    },
  ],
});

export const UTIXO_FACTS: ExampleFact[] = [
  fact('organisation', 'Name', 'Utixo'),
  fact('organisation', 'Security commitment', 'prevent them from being hacked, damaged or unauthorized third parties'),
  fact('organisation', 'SLA: 2 hours', 'within 2 hours in 98% of cases'),
  fact('organisation', 'SLA: 6 hours', 'within 6 hours in 2%'),
  fact('organisation', 'Custom SLAs', 'specific SLAs designed on customer needs'),
  fact('activities', 'Processor activity', 'storing personal data on an infrastructure'),
  fact('activities', 'Only on instructions', 'only according to your instructions, and on your behalf'),
  fact('activities', 'Client (generic)', CUSTOMERS, 'derived'),
  fact('activities', 'Data remain the customer’s', 'remain the property of the client'),
  fact(
    'activities',
    'No transfer outside the EU',
    'never be transferred outside countries of the European Union unless requested by the customer',
  ),
  fact('activities', 'Support access', 'only at the express request of the customer'),
  fact('activities', 'Support access purpose', 'identify the source of the problem encountered'),
  fact('activities', 'Controller purpose', 'Billing'),
  fact('activities', 'Controller purpose', 'Sales operations'),
  fact('activities', 'Controller purpose', 'Commercial management'),
  fact('activities', 'Controller purpose', 'Service and performance improvement'),
  fact('activities', 'Employees', 'processes the personal data of its employees'),
  fact('activities', 'Support data', 'phone number'),
  fact('activities', 'Support data', 'email address'),
  fact('activities', 'Support purpose', 'better handle the customer’s request'),
  fact('recipients', 'Authorities', 'Judicial and/or administrative authorities'),
  fact('recipients', 'Internal', 'Technical Support'),
  fact('securityMeasures', 'Support permissions', 'specific permissions and special control and security measures'),
  fact('securityMeasures', 'Authority request check', 'only authorizes after verifying their validity'),
  fact(
    'securityMeasures',
    'Notification of authority requests',
    'notify the customer of this type of request as soon as possible',
  ),
  fact('securityMeasures', 'Third-country requests', 'mutual legal assistance treaty'),
  fact(
    'securityMeasures',
    'EU datacenters',
    'datacenters on the territory of the European Union with appropriate certifications',
  ),
  fact('securityMeasures', 'Location', 'without the customer’s agreement, the location or geographical area'),
  fact('securityMeasures', 'No resale', 'not to resell this data'),
  fact('securityMeasures', 'No profiling', 'datamining, profiling or direct marketing activities'),
  fact('documents', 'Policy title', 'GDPR: how we protect your data'),
  fact('documents', 'Contact channel', 'Utixo Contact Form'),
];
