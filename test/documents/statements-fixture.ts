/**
 * A small record for the statements a document generates (issue 12, item 2): a French company
 * whose cross-border question is unanswered, an internal description, an unanswered obligation to
 * provide data, one Art. 13 and one Art. 14 activity, a recipient that is also a processor with a
 * US sub-processor, and one transfer of each adequacy position of the dated list (full, partial
 * covered and not covered for the US and Canada, none). Record text is names only, so the same
 * record prints in English and in French without translations.
 */
import { workspaceSchema, type Workspace } from '../../renderer/src/domain';
import type { Language } from '../../renderer/src/domain/common';

const ORG = 'org-s';
const AT = '2026-03-01T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: AT, updatedAt: AT, revision: 1, deletedAt: null, organisationId: ORG });

export const STATEMENTS_POLICY_ID = 'pol-s';
/** Effective date of the policy and the day the documents are made: two facts, never one. */
export const EFFECTIVE_DATE = '2026-01-01';
export const GENERATED_ON = '2026-12-01';

/** One transfer per adequacy position, with what the dated list says of its destination. */
export const TRANSFERS = [
  { id: 't-us-scc', country: 'US', recipientName: 'Acme Mail Inc.', mechanism: 'scc', dpfCertified: false },
  { id: 't-us-dpf', country: 'US', recipientName: 'Certified Cloud LLC', mechanism: 'adequacy', dpfCertified: true },
  { id: 't-ca-adq', country: 'CA', recipientName: 'Maple Payroll Ltd', mechanism: 'adequacy', dpfCertified: false },
  { id: 't-ca-scc', country: 'CA', recipientName: 'Maple Analytics Corp', mechanism: 'scc', dpfCertified: false },
  { id: 't-ch', country: 'CH', recipientName: 'Helvetia Backup AG', mechanism: 'adequacy', dpfCertified: false },
  { id: 't-in', country: 'IN', recipientName: 'Mumbai Support Pvt Ltd', mechanism: 'scc', dpfCertified: false },
] as const;

export const statementsWorkspace = (language: Language, crossBorder: boolean | null = null): Workspace =>
  workspaceSchema.parse({
    organisation: {
      id: ORG,
      createdAt: AT,
      updatedAt: AT,
      revision: 1,
      deletedAt: null,
      name: 'Lumière Conseil SAS',
      address: { street: '4 rue de la Paix', postalCode: '69002', city: 'Lyon', country: 'FR' },
      email: 'contact@lumiere.example',
      role: 'controller',
      defaultLanguage: language,
      crossBorderProcessing: crossBorder,
      // Internal: not marked public, so no policy may print it.
      description: '40 salariés',
      supervisoryAuthority: {
        name: "Commission Nationale de l'Informatique et des Libertés (CNIL)",
        country: 'FR',
        website: 'https://www.cnil.fr',
      },
    },
    contacts: [{ ...meta('c-dpo'), role: 'dpo', name: 'Anne Martin', email: 'dpo@lumiere.example', published: true }],
    recipients: [{ ...meta('r-brevo'), name: 'Brevo', category: 'third_party', country: 'FR' }],
    processors: [
      { ...meta('p-brevo'), name: 'Brevo', service: 'e-mailing', countries: ['FR'] },
      { ...meta('p-twilio'), name: 'Twilio', service: 'SMS', countries: ['US'], parentProcessorId: 'p-brevo' },
    ],
    transfers: TRANSFERS.map((t) => ({ ...meta(t.id), ...t })),
    securityMeasures: [{ ...meta('s-1'), category: 'encryption', title: 'TLS' }],
    activities: [
      {
        ...meta('a-contact'),
        kind: 'controller',
        name: 'Contact',
        reference: 'C-01',
        status: 'active',
        owner: 'Marketing',
        audiences: ['customers'],
        purposes: [{ id: 'pu-1', description: 'Contact', legalBasis: 'contract' }],
        dataSubjectCategories: [{ id: 'ds-1', name: 'Clients' }],
        dataCategories: [{ id: 'dc-1', name: 'E-mail', retention: { period: 3, unit: 'years' } }],
        collectionPoints: [{ id: 'cp-1', name: 'Formulaire', dataCategoryIds: ['dc-1'], purposeIds: ['pu-1'] }],
        recipientIds: ['r-brevo'],
        processorIds: ['p-brevo'],
        transferIds: TRANSFERS.map((t) => t.id),
        securityMeasureIds: ['s-1'],
      },
      {
        ...meta('a-leads'),
        kind: 'controller',
        name: 'Prospection',
        reference: 'C-02',
        status: 'active',
        audiences: ['customers'],
        collectedFromDataSubject: false,
        sources: [{ id: 'so-1', description: 'Registre du commerce (RCS)', publiclyAccessible: true }],
        purposes: [
          { id: 'pu-2', description: 'Prospection', legalBasis: 'legitimate_interests', legitimateInterest: 'B2B' },
        ],
        dataSubjectCategories: [{ id: 'ds-2', name: 'Dirigeants' }],
        dataCategories: [{ id: 'dc-2', name: 'Nom', retention: { period: 1, unit: 'years' } }],
        securityMeasureIds: ['s-1'],
      },
    ],
    documents: [
      {
        ...meta(STATEMENTS_POLICY_ID),
        kind: 'privacy_policy',
        title: language === 'fr' ? 'Politique de confidentialité' : 'Privacy policy',
        language,
        audiences: ['customers'],
        version: '1.0',
        effectiveDate: EFFECTIVE_DATE,
        contactChannel: 'dpo@lumiere.example',
      },
    ],
  });
