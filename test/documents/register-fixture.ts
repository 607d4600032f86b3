/**
 * A rich workspace for the register tests: every Art. 30(1)(a)–(g) and 30(2)(a)–(d) item, a
 * special category and a NIR, a US SCC transfer, a Swiss adequacy transfer, an Art. 49(1) second
 * subparagraph transfer, a joint controller, a DPO and an EU representative. Parsed by the domain
 * schemas so it is a record the app could hold.
 */
import { workspaceSchema, type Workspace } from '../../renderer/src/domain';

const ORG = 'org-1';
const AT = '2026-03-01T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: AT, updatedAt: AT, revision: 1, deletedAt: null, organisationId: ORG });

export const richWorkspace = (): Workspace =>
  workspaceSchema.parse({
    organisation: {
      id: ORG,
      createdAt: AT,
      updatedAt: AT,
      revision: 1,
      deletedAt: null,
      name: 'Brightwave Analytics Inc.',
      address: { street: '500 Harbour Road', postalCode: 'V6B 1A1', city: 'Vancouver', country: 'CA' },
      email: 'privacy@brightwave.example',
      phone: '+1 604 555 0100',
      registrationNumber: 'BC-1234567',
      role: 'both',
      establishedInEu: false,
      headcountBand: '50-249',
    },
    contacts: [
      {
        ...meta('c-dpo'),
        role: 'dpo',
        name: 'Claire Dumont',
        external: true,
        firm: 'Cabinet Dumont Avocats',
        address: { street: '12 quai des Bateliers', postalCode: '67000', city: 'Strasbourg', country: 'FR' },
        email: 'dpo@dumont-avocats.example',
        phone: '+33 3 88 00 00 00',
      },
      {
        ...meta('c-rep'),
        role: 'representative',
        name: 'EU Rep Services GmbH',
        address: { street: 'Friedrichstraße 10', postalCode: '10117', city: 'Berlin', country: 'DE' },
        email: 'rep@eurep.example',
      },
    ],
    recipients: [
      { ...meta('r-hr'), name: 'Human resources department', category: 'internal_department', country: 'CA' },
      { ...meta('r-tax'), name: 'Tax authority', category: 'public_authority', country: 'FR' },
      { ...meta('r-us'), name: 'Orbit Benefits LLC', category: 'third_party', country: 'US' },
    ],
    processors: [
      { ...meta('p-pay'), name: 'PayRollix SAS', service: 'payroll computation', countries: ['FR'] },
      {
        ...meta('p-host'),
        name: 'CloudNine Hosting',
        service: 'hosting',
        countries: ['US'],
        parentProcessorId: 'p-pay',
      },
    ],
    transfers: [
      {
        ...meta('t-us'),
        country: 'US',
        recipientName: 'Orbit Benefits LLC',
        mechanism: 'scc',
        safeguardsCopy: 'On request to dpo@dumont-avocats.example',
        tia: { done: true, date: '2026-01-15', reference: 'TIA-2026-01' },
      },
      { ...meta('t-ch'), country: 'CH', recipientName: 'Helvetia Backup AG', mechanism: 'adequacy' },
      {
        ...meta('t-49'),
        country: 'IN',
        recipientName: 'Rio Forensics Ltda',
        mechanism: 'compelling_legitimate_interest',
        compellingInterest: 'One-off forensic analysis after a security incident',
        art49Assessment: 'Assessment of 2 February 2026: single transfer, pseudonymised logs, deletion after 30 days',
      },
    ],
    securityMeasures: [
      {
        ...meta('s-acc'),
        category: 'access_control',
        title: 'Role-based access',
        description: 'Payroll files limited to two named officers',
      },
      { ...meta('s-enc'), category: 'encryption', title: 'AES-256 encryption at rest' },
    ],
    activities: [
      {
        ...meta('a-pay'),
        kind: 'controller',
        name: 'Payroll',
        reference: 'T-01',
        department: 'HR',
        status: 'active',
        lastReviewedOn: '2026-02-10',
        software: 'PayRollix Cloud',
        description: 'Monthly salary computation and payment',
        purposes: [
          { id: 'pu-1', description: 'Pay salaries', legalBasis: 'contract' },
          {
            id: 'pu-2',
            description: 'Declare social contributions',
            legalBasis: 'legal_obligation',
            legalReference: 'Code de la sécurité sociale, art. L133-5-3',
          },
          {
            id: 'pu-3',
            description: 'Manage sick leave',
            legalBasis: 'legal_obligation',
            art9Condition: 'employment_social_security',
          },
        ],
        dataSubjectCategories: [
          { id: 'ds-1', name: 'Employees' },
          { id: 'ds-2', name: 'Former employees' },
        ],
        estimatedDataSubjects: '1000_9999',
        dataCategories: [
          {
            id: 'dc-1',
            name: 'Identity and bank details',
            retention: { period: 5, unit: 'years', startEvent: 'the last salary payment' },
          },
          {
            id: 'dc-2',
            name: 'Sick-leave certificates',
            specialCategory: 'health',
            retention: { criteria: 'Until the end of the employment relationship' },
          },
          { id: 'dc-3', name: 'Social security number', nationalIdNumber: true },
        ],
        recipientIds: ['r-hr', 'r-tax', 'r-us'],
        processorIds: ['p-pay', 'p-host'],
        transferIds: ['t-us', 't-ch', 't-49'],
        securityMeasureIds: ['s-acc', 's-enc'],
        jointControllers: [
          {
            id: 'jc-1',
            name: 'Brightwave Group Holding SA',
            email: 'group-privacy@brightwave.example',
            arrangementSummary: 'The holding runs the shared payroll platform; employees write to either controller',
          },
        ],
        dpia: {
          result: 'not_required',
          screenedOn: '2026-01-20',
          reasoning: 'One WP248 criterion only',
          outcome: 'Residual risk acceptable',
        },
      },
      {
        ...meta('a-news'),
        kind: 'controller',
        name: 'Newsletter',
        reference: 'T-02',
        department: 'Marketing',
        status: 'draft',
        purposes: [
          { id: 'pu-4', description: 'Send the monthly newsletter', legalBasis: 'consent', directMarketing: true },
        ],
        dataSubjectCategories: [{ id: 'ds-3', name: 'Subscribers' }],
        dataCategories: [
          { id: 'dc-4', name: 'E-mail address', retention: { period: 3, unit: 'years', startEvent: 'the last click' } },
        ],
      },
      {
        ...meta('a-old'),
        kind: 'controller',
        name: 'Visitor badge log',
        reference: 'T-03',
        department: 'Facilities',
        status: 'retired',
        purposes: [
          {
            id: 'pu-5',
            description: 'Record building visitors',
            legalBasis: 'legitimate_interests',
            legitimateInterest: 'Building security',
          },
        ],
        dataSubjectCategories: [{ id: 'ds-4', name: 'Visitors' }],
        dataCategories: [{ id: 'dc-5', name: 'Visitor name', retention: { period: 1, unit: 'months' } }],
      },
      {
        ...meta('a-host'),
        kind: 'processor',
        name: 'Analytics hosting for Acme',
        reference: 'P-01',
        department: 'Operations',
        status: 'active',
        client: {
          name: 'Acme Retail SARL',
          address: { street: '3 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
          email: 'privacy@acme.example',
          representative: 'Not applicable (established in France)',
          dpoContact: 'dpo@acme.example',
        },
        processingCategories: ['Hosting of sales data', 'Monthly reporting'],
        transferIds: ['t-us'],
        securityMeasureIds: ['s-enc'],
        processorIds: ['p-host'],
      },
    ],
    documents: [],
  });
