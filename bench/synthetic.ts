/**
 * Synthetic registers for the benchmark: realistic shape (several purposes, 10–20 data categories
 * with retention, recipients, processors with sub-processors, transfers), deterministic for a seed.
 */
import {
  activitySchema,
  contactSchema,
  documentSettingSchema,
  organisationSchema,
  processorSchema,
  recipientSchema,
  securityMeasureSchema,
  transferSchema,
  workspaceSchema,
  type Activity,
  type LegalBasis,
  type Processor,
  type Recipient,
  type SecurityMeasure,
  type Transfer,
  type Workspace,
} from '../renderer/src/domain';

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same register. */
const prng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
/** UUID-shaped id derived from a counter: unique within a synthetic register. */
const idFor = (kind: number, n: number) => `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;

const DEPARTMENTS = [
  'Human resources',
  'Sales',
  'Marketing',
  'Customer support',
  'Finance',
  'IT',
  'Legal',
  'Operations',
];
const PURPOSES = [
  'Manage the employment relationship',
  'Answer customer requests',
  'Send the newsletter',
  'Invoice customers and collect payments',
  'Secure the information system',
  'Measure website audience',
  'Recruit new staff',
  'Prevent fraud',
  'Keep accounting records',
  'Run satisfaction surveys',
];
const BASES: LegalBasis[] = [
  'consent',
  'contract',
  'legal_obligation',
  'legitimate_interests',
  'public_task',
  'vital_interests',
];
const DATA = [
  'Last name',
  'First name',
  'E-mail address',
  'Business telephone number',
  'Postal address',
  'Date of birth',
  'Job title',
  'Bank details',
  'IP address',
  'Connection logs',
  'Order history',
  'Messages exchanged',
  'Photograph',
  'Contract details',
  'Salary',
  'Username',
  'Device type',
  'Browser',
  'Support tickets',
  'Preferences',
];
const COUNTRIES = ['US', 'CH', 'GB', 'IN', 'JP', 'CA', 'BR', 'SG'];
const MECHANISMS = ['scc', 'adequacy', 'bcr', 'scc', 'adequacy', 'scc', 'adequacy', 'scc'] as const;

export interface SyntheticOptions {
  activities: number;
  seed?: number;
}

export const syntheticWorkspace = ({ activities: count, seed = 42 }: SyntheticOptions): Workspace => {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const at = '2026-01-15T09:00:00.000Z';
  const meta = (id: string) => ({ id, createdAt: at, updatedAt: at, revision: 1, deletedAt: null });
  const organisationId = idFor(1, 1);
  const organisation = organisationSchema.parse({
    ...meta(organisationId),
    name: `Synthetic Group ${count} SA`,
    address: { street: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
    email: 'privacy@synthetic.example',
    role: 'both',
    headcountBand: '1000+',
    supervisoryAuthority: { name: 'CNIL', country: 'FR', website: 'https://www.cnil.fr', address: '' },
  });
  const owned = (id: string) => ({ ...meta(id), organisationId });
  const dpo = contactSchema.parse({
    ...owned(idFor(2, 1)),
    role: 'dpo',
    name: 'Camille Martin',
    email: 'dpo@synthetic.example',
  });

  const recipientCount = Math.max(5, Math.round(count / 20));
  const recipients: Recipient[] = Array.from({ length: recipientCount }, (_, i) =>
    recipientSchema.parse({
      ...owned(idFor(3, i)),
      name: `${pick(DEPARTMENTS)} team ${i + 1}`,
      category: pick(['internal_department', 'third_party', 'public_authority', 'other_controller'] as const),
      country: pick(['FR', 'DE', 'US', '']),
    }),
  );
  const processorCount = Math.max(5, Math.round(count / 10));
  const processors: Processor[] = Array.from({ length: processorCount }, (_, i) =>
    processorSchema.parse({
      ...owned(idFor(4, i)),
      name: `Provider ${i + 1} Ltd`,
      service: pick(['Hosting', 'E-mail delivery', 'Payroll', 'CRM', 'Analytics', 'Backup']),
      countries: [pick(['FR', 'DE', 'IE', 'US', 'IN'])],
      dpa: { signed: rnd() > 0.1, signedOn: '2024-03-01', expiresOn: '', reference: `DPA-${i + 1}` },
      // Every fourth processor is a sub-processor of the one before: chains of two.
      parentProcessorId: i % 4 === 3 ? idFor(4, i - 1) : null,
    }),
  );
  const transferCount = Math.max(4, Math.round(count / 25));
  const transfers: Transfer[] = Array.from({ length: transferCount }, (_, i) =>
    transferSchema.parse({
      ...owned(idFor(5, i)),
      country: COUNTRIES[i % COUNTRIES.length],
      recipientName: `Partner ${i + 1}`,
      mechanism: MECHANISMS[i % MECHANISMS.length],
      safeguardsCopy: 'On request to dpo@synthetic.example',
      dpfCertified: i % 2 === 0,
    }),
  );
  const measures: SecurityMeasure[] = (
    [
      'access_control',
      'traceability',
      'software_protection',
      'backup',
      'encryption',
      'processor_control',
      'physical',
      'organisational',
    ] as const
  ).map((category, i) =>
    securityMeasureSchema.parse({
      ...owned(idFor(6, i)),
      category,
      title: `Measure ${i + 1}`,
      description: `Description of ${category}`,
    }),
  );

  const activities: Activity[] = Array.from({ length: count }, (_, i) => {
    const purposeCount = 2 + Math.floor(rnd() * 3);
    const purposes = Array.from({ length: purposeCount }, (_, p) => {
      const legalBasis = pick(BASES);
      return {
        id: idFor(100 + p, i),
        description: `${pick(PURPOSES)} (${i + 1}.${p + 1})`,
        legalBasis,
        legitimateInterest: legalBasis === 'legitimate_interests' ? 'Keep our services secure and useful' : '',
      };
    });
    const dataCount = 10 + Math.floor(rnd() * 11);
    const dataCategories = Array.from({ length: dataCount }, (_, d) => ({
      id: idFor(200 + d, i),
      name: DATA[d % DATA.length] as string,
      retention:
        d % 5 === 4
          ? { period: null, unit: 'years', criteria: 'Until the end of the business relationship', startEvent: '' }
          : { period: 1 + Math.floor(rnd() * 10), unit: 'years', criteria: '', startEvent: 'the last contact' },
    }));
    const some = <T extends { id: string }>(xs: readonly T[], n: number) =>
      Array.from({ length: n }, () => pick(xs).id).filter((v, k, arr) => arr.indexOf(v) === k);
    return activitySchema.parse({
      ...owned(idFor(7, i)),
      kind: 'controller',
      name: `Activity ${String(i + 1).padStart(5, '0')} — ${pick(PURPOSES)}`,
      reference: `ACT-${i + 1}`,
      department: pick(DEPARTMENTS),
      status: rnd() > 0.1 ? 'active' : 'draft',
      purposes,
      dataSubjectCategories: [
        { id: idFor(300, i), name: pick(['Customers', 'Employees', 'Prospects', 'Candidates', 'Suppliers']) },
        { id: idFor(301, i), name: 'Website visitors' },
      ],
      dataCategories,
      recipientIds: some(recipients, 3),
      processorIds: some(processors, 2),
      transferIds: rnd() > 0.5 ? some(transfers, 1) : [],
      securityMeasureIds: some(measures, 4),
      audiences: ['customers'],
      lastReviewedOn: '2026-01-10',
    });
  });

  const policy = documentSettingSchema.parse({
    ...owned(idFor(8, 1)),
    kind: 'privacy_policy',
    title: 'Privacy policy',
    audiences: ['customers'],
    contactChannel: 'privacy@synthetic.example',
  });

  return workspaceSchema.parse({
    organisation,
    contacts: [dpo],
    activities,
    recipients,
    processors,
    transfers,
    securityMeasures: measures,
    documents: [policy],
  });
};
