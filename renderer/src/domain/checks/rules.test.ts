import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityTable } from '../audit';
import type { Workspace } from '../workspace';
import { buildCheckContext, runChecks } from './engine';
import { ALL_RULES } from './rules';
import {
  TODAY,
  breach,
  contact,
  controllerActivity as activity,
  dpo,
  organisation,
  override,
  policy,
  processor,
  processorActivity,
  recipient,
  request,
  transfer,
  workspace,
} from '../../../../test/fixtures/checks/test-builders';
import type { Finding } from './types';

interface RuleCase {
  /** What the fixture gets wrong, in words. */
  fires: string;
  failing: () => Workspace;
  target: { table: EntityTable; id: string; field?: string };
  params?: Record<string, string | number>;
  /** What the correct fixture does instead. */
  silent: string;
  correct: () => Workspace;
}

const withActivity = (over: Parameters<typeof activity>[1], parts: Parameters<typeof workspace>[0] = {}): Workspace =>
  workspace({ ...parts, activities: [activity('act-1', over)] });
const usingProcessor = (p: ReturnType<typeof processor>, over: Parameters<typeof activity>[1] = {}): Workspace =>
  withActivity({ processorIds: [p.id], ...over }, { processors: [p] });
const withTransfer = (t: ReturnType<typeof transfer>): Workspace =>
  withActivity({ transferIds: [t.id] }, { transfers: [t] });
const noAddress = { street: '', postalCode: '', city: '', country: 'FR' };
const act = (field?: string) => ({ table: 'activities' as const, id: 'act-1', ...(field ? { field } : {}) });

const CASES: Record<string, RuleCase> = {
  'organisation.controller-contact': {
    fires: 'the organisation has no e-mail, phone or address',
    failing: () => workspace({ organisation: organisation({ email: '', address: noAddress }) }),
    target: { table: 'organisations', id: 'org-1', field: 'email' },
    silent: 'a phone number alone is a contact channel',
    correct: () =>
      workspace({ organisation: organisation({ email: '', phone: '+33 1 23 45 67 89', address: noAddress }) }),
  },
  'organisation.representative-missing': {
    fires: 'a controller outside the EU has no representative contact',
    failing: () => workspace({ organisation: organisation({ establishedInEu: false }) }),
    target: { table: 'organisations', id: 'org-1' },
    silent: 'the representative is recorded as a contact',
    correct: () =>
      workspace({
        organisation: organisation({ establishedInEu: false }),
        contacts: [dpo(), contact('rep-1', { role: 'representative', name: 'EU Rep Ltd', email: 'rep@eurep.example' })],
      }),
  },
  'organisation.dpo-contact': {
    fires: 'the DPO has no contact channel',
    failing: () => workspace({ contacts: [dpo({ email: '' })] }),
    target: { table: 'contacts', id: 'dpo-1', field: 'email' },
    silent: 'the DPO can be reached by phone',
    correct: () => workspace({ contacts: [dpo({ email: '', phone: '+352 26 10 60 20' })] }),
  },
  'organisation.dpo-not-published': {
    fires: 'the DPO is not published',
    failing: () => workspace({ contacts: [dpo({ published: false })] }),
    target: { table: 'contacts', id: 'dpo-1', field: 'published' },
    silent: 'the DPO is published',
    correct: () => workspace({ contacts: [dpo({ published: true })] }),
  },
  'organisation.dpo-not-notified': {
    fires: 'the DPO was not communicated to the authority',
    failing: () => workspace({ contacts: [dpo({ communicatedToAuthority: false })] }),
    target: { table: 'contacts', id: 'dpo-1', field: 'communicatedToAuthority' },
    silent: 'the organisation has no DPO at all (nothing to notify)',
    correct: () => workspace({ contacts: [] }),
  },
  'organisation.supervisory-authority-missing': {
    fires: 'a policy exists but no supervisory authority is named',
    failing: () => workspace({ organisation: organisation({ supervisoryAuthority: { name: '' } }) }),
    target: { table: 'organisations', id: 'org-1', field: 'supervisoryAuthority.name' },
    silent: 'the authority is named',
    correct: () => workspace(),
  },
  'organisation.translation-missing': {
    fires: 'the organisation publishes in French and a printed text has no French',
    failing: () => bilingual({}),
    target: { table: 'activities', id: 'act-2', field: 'name' },
    silent: 'every printed text has its French',
    correct: () => bilingual({ fr: { name: 'Paie' } }),
  },
  'activity.purposes-missing': {
    fires: 'an activity has no purpose',
    failing: () => withActivity({ purposes: [] }),
    target: act('purposes'),
    silent: 'the same gap on a retired activity is not checked',
    correct: () => withActivity({ purposes: [], status: 'retired' }),
  },
  'activity.data-subjects-missing': {
    fires: 'no data subjects',
    failing: () => withActivity({ dataSubjectCategories: [] }),
    target: act('dataSubjectCategories'),
    silent: 'data subjects listed',
    correct: () => withActivity({}),
  },
  'activity.data-categories-missing': {
    fires: 'no data categories',
    failing: () => withActivity({ dataCategories: [] }),
    target: act('dataCategories'),
    silent: 'data categories listed',
    correct: () => withActivity({}),
  },
  'activity.recipients-missing': {
    fires: 'no recipient and no processor',
    failing: () => withActivity({ recipientIds: [] }),
    target: act('recipientIds'),
    silent: 'a processor is a recipient',
    correct: () => usingProcessor(processor('proc-1'), { recipientIds: [] }),
  },
  'activity.retention-missing': {
    fires: 'the second data category has neither period nor criteria',
    failing: () =>
      withActivity({
        dataCategories: [
          { id: 'dc1', name: 'Identity', retention: { period: 3, unit: 'years' } },
          { id: 'dc2', name: 'Billing data' },
        ],
      }),
    target: act('dataCategories.1.retention'),
    params: { category: 'Billing data' },
    silent: 'a criterion ("until the end of our business relationship") counts as retention',
    correct: () =>
      withActivity({
        dataCategories: [
          { id: 'dc1', name: 'Billing data', retention: { criteria: 'Until the end of our business relationship' } },
        ],
      }),
  },
  'activity.security-measures-missing': {
    fires: 'no security measure linked',
    failing: () => withActivity({ securityMeasureIds: [] }),
    target: act('securityMeasureIds'),
    silent: 'a measure is linked',
    correct: () => withActivity({}),
  },
  'activity.joint-controller-contact': {
    fires: 'a joint controller without contact details',
    failing: () =>
      withActivity({
        jointControllers: [{ id: 'jc1', name: 'Partner SA', arrangementSummary: 'Partner informs people.' }],
      }),
    target: act('jointControllers.0.email'),
    silent: 'the joint controller has an e-mail',
    correct: () =>
      withActivity({
        jointControllers: [
          { id: 'jc1', name: 'Partner SA', email: 'dpo@partner.example', arrangementSummary: 'Partner informs.' },
        ],
      }),
  },
  'activity.joint-arrangement-missing': {
    fires: 'a joint controller without the essence of the arrangement',
    failing: () =>
      withActivity({ jointControllers: [{ id: 'jc1', name: 'Partner SA', email: 'dpo@partner.example' }] }),
    target: act('jointControllers.0.arrangementSummary'),
    silent: 'the arrangement is summarised',
    correct: () =>
      withActivity({
        jointControllers: [
          { id: 'jc1', name: 'Partner SA', email: 'dpo@partner.example', arrangementSummary: 'Partner informs.' },
        ],
      }),
  },
  'activity.sources-missing': {
    fires: 'data obtained elsewhere with no source',
    failing: () => withActivity({ collectedFromDataSubject: false }),
    target: act('sources'),
    silent: 'the source is named',
    correct: () => withActivity({ collectedFromDataSubject: false, sources: [{ id: 's1', description: 'Resellers' }] }),
  },
  'activity.provision-consequence-missing': {
    fires: 'compulsory data with no consequence of refusing',
    failing: () => withActivity({ requirement: 'contractual', consequenceOfNotProviding: '' }),
    target: act('consequenceOfNotProviding'),
    silent: 'the consequence is stated',
    correct: () =>
      withActivity({ requirement: 'contractual', consequenceOfNotProviding: 'We cannot open your account.' }),
  },
  'activity.provision-requirement-unanswered': {
    fires: 'nobody said whether providing the data is required',
    failing: () => withActivity({ requirement: null }),
    target: act('requirement'),
    silent: 'the answer is recorded, even "optional"',
    correct: () => withActivity({ requirement: 'voluntary' }),
  },
  'activity.adm-information-missing': {
    fires: 'automated decisions without the logic',
    failing: () => withActivity({ automatedDecision: { exists: true } }),
    target: act('automatedDecision.logic'),
    silent: 'logic and significance are explained',
    correct: () =>
      withActivity({
        automatedDecision: {
          exists: true,
          logic: 'A score from payment history.',
          significance: 'Credit may be refused.',
        },
      }),
  },
  'processor-activity.client-contact': {
    fires: 'a client controller without contact details',
    failing: () => workspace({ activities: [processorActivity('act-1', { client: { name: 'Client SA' } })] }),
    target: act('client.email'),
    silent: 'the client has an e-mail',
    correct: () => workspace({ activities: [processorActivity('act-1')] }),
  },
  'processor-activity.categories-missing': {
    fires: 'no category of processing for the client',
    failing: () => workspace({ activities: [processorActivity('act-1', { processingCategories: [] })] }),
    target: act('processingCategories'),
    silent: 'hosting is listed',
    correct: () => workspace({ activities: [processorActivity('act-1')] }),
  },
  'purpose.legitimate-interest-missing': {
    fires: 'the second purpose relies on 6(1)(f) without the interest',
    failing: () =>
      withActivity({
        purposes: [
          { id: 'p1', description: 'Accounts', legalBasis: 'contract' },
          { id: 'p2', description: 'Fraud prevention', legalBasis: 'legitimate_interests' },
        ],
      }),
    target: act('purposes.1.legitimateInterest'),
    params: { purpose: 'Fraud prevention' },
    silent: 'the interest is stated',
    correct: () =>
      withActivity({
        purposes: [
          {
            id: 'p2',
            description: 'Fraud',
            legalBasis: 'legitimate_interests',
            legitimateInterest: 'Preventing fraud',
          },
        ],
      }),
  },
  'purpose.legitimate-interest-public-authority': {
    fires: 'a public authority relies on 6(1)(f)',
    failing: () =>
      withActivity(
        {
          purposes: [
            { id: 'p1', description: 'Visitors', legalBasis: 'legitimate_interests', legitimateInterest: 'Security' },
          ],
        },
        { organisation: organisation({ isPublicAuthority: true }) },
      ),
    target: act('purposes.0.legalBasis'),
    silent: 'a private company may rely on 6(1)(f)',
    correct: () =>
      withActivity({
        purposes: [
          { id: 'p1', description: 'Visitors', legalBasis: 'legitimate_interests', legitimateInterest: 'Security' },
        ],
      }),
  },
  'purpose.legal-reference-missing': {
    fires: 'a legal obligation without the law',
    failing: () => withActivity({ purposes: [{ id: 'p1', description: 'Invoices', legalBasis: 'legal_obligation' }] }),
    target: act('purposes.0.legalReference'),
    silent: 'the law is named',
    correct: () =>
      withActivity({
        purposes: [
          {
            id: 'p1',
            description: 'Invoices',
            legalBasis: 'legal_obligation',
            legalReference: 'Code de commerce, art. L123-22',
          },
        ],
      }),
  },
  'purpose.art9-condition-missing': {
    fires: 'health data with no Art. 9(2) condition',
    failing: () =>
      withActivity({
        dataCategories: [{ id: 'dc1', name: 'Sick notes', specialCategory: 'health', retention: { period: 5 } }],
      }),
    target: act('purposes.0.art9Condition'),
    silent: 'the employment-law condition is recorded',
    correct: () =>
      withActivity({
        purposes: [
          {
            id: 'p1',
            description: 'Sick leave',
            legalBasis: 'legal_obligation',
            legalReference: 'Code du travail',
            art9Condition: 'employment_social_security',
          },
        ],
        dataCategories: [{ id: 'dc1', name: 'Sick notes', specialCategory: 'health', retention: { period: 5 } }],
      }),
  },
  'purpose.art10-authorisation-missing': {
    fires: 'criminal records with no authorisation',
    failing: () =>
      withActivity({
        dataCategories: [
          { id: 'dc1', name: 'Criminal record extract', criminalOffence: true, retention: { period: 1 } },
        ],
      }),
    target: act('purposes.0.art10Authorisation'),
    silent: 'the authorising law is named',
    correct: () =>
      withActivity({
        purposes: [
          {
            id: 'p1',
            description: 'Vetting',
            legalBasis: 'legal_obligation',
            legalReference: 'Law',
            art10Authorisation: 'Code de l’éducation, art. L911-5',
          },
        ],
        dataCategories: [
          { id: 'dc1', name: 'Criminal record extract', criminalOffence: true, retention: { period: 1 } },
        ],
      }),
  },
  'recipient.third-country-uncovered': {
    fires: 'a US recipient with no transfer',
    failing: () =>
      withActivity(
        { recipientIds: ['rec-internal', 'rec-us'] },
        {
          recipients: [
            recipient('rec-internal'),
            recipient('rec-us', { name: 'Acme Inc', category: 'other_controller', country: 'US' }),
          ],
        },
      ),
    target: act('transferIds'),
    params: { recipient: 'Acme Inc', country: 'US' },
    silent: 'the transfer under SCCs is linked',
    correct: () =>
      withActivity(
        { recipientIds: ['rec-us'], transferIds: ['tr-1'] },
        {
          recipients: [recipient('rec-us', { name: 'Acme Inc', category: 'other_controller', country: 'US' })],
          transfers: [transfer('tr-1', { country: 'US', recipientName: 'Acme Inc', mechanism: 'scc' })],
        },
      ),
  },
  'processor.third-country-uncovered': {
    fires: 'a processor in India with no transfer',
    failing: () => usingProcessor(processor('proc-1', { name: 'Helpdesk Pvt', countries: ['IN'] })),
    target: act('transferIds'),
    params: { processor: 'Helpdesk Pvt', country: 'IN' },
    silent: 'a DPF-certified US processor is covered by adequacy',
    correct: () => usingProcessor(processor('proc-1', { name: 'Mailer Inc', countries: ['US'], dpfCertified: true })),
  },
  'processor.sub-processor-third-country': {
    fires: 'a sub-processor in India not covered',
    failing: () =>
      withActivity(
        { processorIds: ['proc-1'] },
        {
          processors: [
            processor('proc-1'),
            processor('sub-1', { name: 'Cloud Corp', parentProcessorId: 'proc-1', countries: ['IN'] }),
          ],
        },
      ),
    target: { table: 'processors', id: 'sub-1', field: 'countries' },
    params: { subProcessor: 'Cloud Corp', processor: 'OVH SAS', country: 'IN' },
    silent: 'a transfer to the sub-processor is recorded',
    correct: () =>
      withActivity(
        { processorIds: ['proc-1'] },
        {
          processors: [
            processor('proc-1'),
            processor('sub-1', { name: 'Cloud Corp', parentProcessorId: 'proc-1', countries: ['IN'] }),
          ],
          transfers: [transfer('tr-1', { country: 'IN', recipientName: 'Cloud Corp' })],
        },
      ),
  },
  'processor.sub-processor-dpa-missing': {
    fires: 'a sub-processor used through its parent has no signed agreement',
    failing: () =>
      withActivity(
        { processorIds: ['proc-1'] },
        {
          processors: [
            processor('proc-1', { name: 'Brevo' }),
            processor('sub-1', {
              name: 'Twilio',
              parentProcessorId: 'proc-1',
              dpa: { signed: false, signedOn: '', expiresOn: '', reference: '' },
            }),
          ],
        },
      ),
    target: { table: 'processors', id: 'sub-1', field: 'dpa.signed' },
    params: { subProcessor: 'Twilio', processor: 'Brevo' },
    silent: 'no activity uses the parent (the chain is not part of the record yet)',
    correct: () =>
      workspace({
        activities: [activity('act-1', { processorIds: [] })],
        processors: [
          processor('proc-1', { name: 'Brevo' }),
          processor('sub-1', {
            name: 'Twilio',
            parentProcessorId: 'proc-1',
            dpa: { signed: false, signedOn: '', expiresOn: '', reference: '' },
          }),
        ],
      }),
  },
  'transfer.us-adequacy-without-dpf': {
    fires: 'adequacy for a non-certified US recipient',
    failing: () =>
      withTransfer(transfer('tr-1', { country: 'US', mechanism: 'adequacy', recipientName: 'Mailer Inc' })),
    target: { table: 'transfers', id: 'tr-1', field: 'dpfCertified' },
    silent: 'the recipient is DPF-certified',
    correct: () =>
      withTransfer(
        transfer('tr-1', { country: 'US', mechanism: 'adequacy', recipientName: 'Mailer Inc', dpfCertified: true }),
      ),
  },
  'transfer.adequacy-without-decision': {
    fires: 'adequacy claimed for India',
    failing: () => withTransfer(transfer('tr-1', { country: 'IN', mechanism: 'adequacy' })),
    target: { table: 'transfers', id: 'tr-1', field: 'mechanism' },
    params: { country: 'IN' },
    silent: 'adequacy for Switzerland',
    correct: () =>
      withTransfer(transfer('tr-1', { country: 'CH', mechanism: 'adequacy', recipientName: 'Partner AG' })),
  },
  'transfer.art49-documentation': {
    fires: 'a compelling-interest transfer with nothing documented',
    failing: () => withTransfer(transfer('tr-1', { mechanism: 'compelling_legitimate_interest' })),
    target: { table: 'transfers', id: 'tr-1', field: 'compellingInterest' },
    silent: 'interest and assessment are documented',
    correct: () =>
      withTransfer(
        transfer('tr-1', {
          mechanism: 'compelling_legitimate_interest',
          compellingInterest: 'Recovering a debt',
          art49Assessment: 'One-off, 3 people, encrypted.',
        }),
      ),
  },
  'transfer.safeguards-copy-missing': {
    fires: 'SCCs with no way to get a copy',
    failing: () => withTransfer(transfer('tr-1', { safeguardsCopy: '' })),
    target: { table: 'transfers', id: 'tr-1', field: 'safeguardsCopy' },
    silent: 'a copy is available on request',
    correct: () => withTransfer(transfer('tr-1')),
  },
  'processor.dpa-missing': {
    fires: 'no signed DPA',
    failing: () => usingProcessor(processor('proc-1', { dpa: { signed: false } })),
    target: { table: 'processors', id: 'proc-1', field: 'dpa.signed' },
    silent: 'the DPA is signed',
    correct: () => usingProcessor(processor('proc-1')),
  },
  'policy.no-activity': {
    fires: 'a policy for employees when only customer activities exist',
    failing: () => workspace({ documents: [policy('pol-1', { audiences: ['employees'] })] }),
    target: { table: 'documents', id: 'pol-1', field: 'audiences' },
    silent: 'the activity is added explicitly',
    correct: () =>
      workspace({ documents: [policy('pol-1', { audiences: ['employees'], includeActivityIds: ['act-1'] })] }),
  },
  'policy.section-removed': {
    fires: 'the rights section is replaced by nothing',
    failing: () => workspace({ documents: [policy('pol-1', { overrides: { rights: override('') } })] }),
    target: { table: 'documents', id: 'pol-1', field: 'overrides.rights.text' },
    silent: 'an emptied right-to-object section is fine when nothing relies on 6(1)(e)/(f) or marketing',
    correct: () => workspace({ documents: [policy('pol-1', { overrides: { right_to_object: override('') } })] }),
  },
  'policy.processor-missing': {
    fires: 'the processors override does not name OVH',
    failing: () => ({
      ...usingProcessor(processor('proc-1')),
      documents: [policy('pol-1', { overrides: { processors: override('We use trusted hosting providers.') } })],
    }),
    target: { table: 'documents', id: 'pol-1', field: 'overrides.processors.text' },
    params: { processor: 'OVH SAS' },
    silent: 'the override names it',
    correct: () => ({
      ...usingProcessor(processor('proc-1')),
      documents: [
        policy('pol-1', { overrides: { processors: override('Our website is hosted by OVH SAS in Roubaix.') } }),
      ],
    }),
  },
  'policy.transfer-missing': {
    fires: 'the transfers override does not mention India or the recipient',
    failing: () => ({
      ...withTransfer(transfer('tr-1')),
      documents: [
        policy('pol-1', { overrides: { transfers: override('We do not transfer your data outside Europe.') } }),
      ],
    }),
    target: { table: 'documents', id: 'pol-1', field: 'overrides.transfers.text' },
    params: { recipient: 'Support partner', destination: 'IN' },
    silent: 'the override mentions India',
    correct: () => ({
      ...withTransfer(transfer('tr-1')),
      documents: [
        policy('pol-1', {
          overrides: {
            transfers: override('Support tickets may be handled in India under standard contractual clauses.'),
          },
        }),
      ],
    }),
  },
  'policy.consent-withdrawal-removed': {
    fires: 'consent is used and the withdrawal section is emptied',
    failing: () => ({
      ...withActivity({ purposes: [{ id: 'p1', description: 'Newsletter', legalBasis: 'consent' }] }),
      documents: [policy('pol-1', { overrides: { consent_withdrawal: override('') } })],
    }),
    target: { table: 'documents', id: 'pol-1', field: 'overrides.consent_withdrawal.text' },
    silent: 'the same emptied section when nothing relies on consent',
    correct: () => workspace({ documents: [policy('pol-1', { overrides: { consent_withdrawal: override('') } })] }),
  },
  'policy.retention-contradiction': {
    fires: 'the policy says 5 years, the record 3 years',
    failing: () =>
      workspace({
        documents: [policy('pol-1', { overrides: { retention: override('We keep your details for 5 years.') } })],
      }),
    target: { table: 'documents', id: 'pol-1', field: 'overrides.retention.text' },
    params: { period: '5 years' },
    silent: 'the policy says "trois ans" and "36 mois", both the record\'s 3 years',
    correct: () =>
      workspace({
        documents: [
          policy('pol-1', { overrides: { retention: override('Nous conservons vos données trois ans (36 mois).') } }),
        ],
      }),
  },
  'dpia.result-inconsistent': {
    fires: 'an Art. 35(3)(b) case recorded as "likely required"',
    failing: () => withActivity({ dpia: { art35_3: ['large_scale_special_data'], result: 'likely_required' } }),
    target: act('dpia.result'),
    silent: 'recorded as required',
    correct: () =>
      withActivity({ dpia: { art35_3: ['large_scale_special_data'], result: 'required', completedOn: '2026-02-01' } }),
  },
  'dpia.decision-undocumented': {
    fires: 'one WP248 criterion, "not required", no reasoning',
    failing: () => withActivity({ dpia: { wp248: ['vulnerable_subjects'], result: 'not_required' } }),
    target: act('dpia.reasoning'),
    params: { criterion: 7 },
    silent: 'the reasoning is written',
    correct: () =>
      withActivity({
        dpia: {
          wp248: ['vulnerable_subjects'],
          result: 'not_required',
          reasoning: 'Only 12 employees, basic HR data.',
        },
      }),
  },
  'dpia.unscreened': {
    fires: 'an active activity with health data never screened',
    failing: () =>
      withActivity({
        purposes: [
          {
            id: 'p1',
            description: 'Sick leave',
            legalBasis: 'legal_obligation',
            art9Condition: 'employment_social_security',
          },
        ],
        dataCategories: [{ id: 'dc1', name: 'Sick notes', specialCategory: 'health', retention: { period: 5 } }],
        dpia: { result: 'not_screened' },
      }),
    target: act('dpia.result'),
    silent: 'an ordinary activity not yet screened',
    correct: () => withActivity({ dpia: { result: 'not_screened' } }),
  },
  'dpia.not-carried-out': {
    fires: 'a required DPIA with no completion date',
    failing: () => withActivity({ dpia: { art35_3: ['public_area_monitoring'], result: 'required' } }),
    target: act('dpia.completedOn'),
    silent: 'the DPIA is done',
    correct: () =>
      withActivity({ dpia: { art35_3: ['public_area_monitoring'], result: 'required', completedOn: '2026-02-01' } }),
  },
  'activity.review-overdue': {
    fires: 'last reviewed exactly 12 months ago',
    failing: () => withActivity({ lastReviewedOn: '2025-06-15' }),
    target: act('lastReviewedOn'),
    params: { lastReview: '2025-06-15', months: 12 },
    silent: 'reviewed 12 months ago less a day',
    correct: () => withActivity({ lastReviewedOn: '2025-06-16' }),
  },
  'processor.dpa-expired': {
    fires: 'the DPA ended yesterday',
    failing: () => usingProcessor(processor('proc-1', { dpa: { signed: true, expiresOn: '2026-06-14' } })),
    target: { table: 'processors', id: 'proc-1', field: 'dpa.expiresOn' },
    silent: 'the DPA ends today (still in force)',
    correct: () => usingProcessor(processor('proc-1', { dpa: { signed: true, expiresOn: '2026-06-15' } })),
  },
  'processor.library-entry-stale': {
    fires: 'the library facts the processor came from were checked 12 months and a day ago',
    failing: () => usingProcessor(processor('proc-1', { library: { id: 'mailchimp', checkedOn: '2025-06-14' } })),
    target: { table: 'processors', id: 'proc-1', field: 'notes' },
    params: { date: '2025-06-14', months: 12 },
    silent: 'they were checked exactly 12 months ago',
    correct: () => usingProcessor(processor('proc-1', { library: { id: 'mailchimp', checkedOn: '2025-06-15' } })),
  },
  'processor.library-dpf-recheck': {
    fires: 'a processor from the library relies on the DPF and its status was checked over 6 months ago',
    failing: () =>
      usingProcessor(processor('proc-1', { dpfCertified: true, library: { id: 'stripe', checkedOn: '2025-12-14' } })),
    target: { table: 'processors', id: 'proc-1', field: 'dpfCertified' },
    params: { date: '2025-12-14' },
    silent: 'the same processor does not rely on the DPF',
    correct: () =>
      usingProcessor(processor('proc-1', { dpfCertified: false, library: { id: 'stripe', checkedOn: '2025-12-14' } })),
  },
  'processor.dpa-expiring': {
    fires: 'the DPA ends in 60 days',
    failing: () => usingProcessor(processor('proc-1', { dpa: { signed: true, expiresOn: '2026-08-14' } })),
    target: { table: 'processors', id: 'proc-1', field: 'dpa.expiresOn' },
    params: { days: 60 },
    silent: 'the DPA ends in 61 days',
    correct: () => usingProcessor(processor('proc-1', { dpa: { signed: true, expiresOn: '2026-08-15' } })),
  },
  'activity.template-unreviewed': {
    fires: 'a draft made from a template has not been edited or reviewed since',
    failing: () =>
      withActivity({
        status: 'draft',
        lastReviewedOn: '',
        template: { id: 'fr.payroll', version: 1, appliedAt: '2026-05-01T09:00:00.000Z', revision: 1 },
      }),
    target: act('lastReviewedOn'),
    params: { template: 'fr.payroll', version: 1 },
    silent: 'the DPO edited the draft after the template was applied',
    correct: () =>
      workspace({
        activities: [
          {
            ...activity('act-1', {
              status: 'draft',
              lastReviewedOn: '',
              template: { id: 'fr.payroll', version: 1, appliedAt: '2026-05-01T09:00:00.000Z', revision: 1 },
            }),
            revision: 2,
          },
        ],
      }),
  },
  'breach.late-notification-without-reason': {
    fires: 'the first filing came 72 h and 1 min after awareness, with no reasons',
    failing: () =>
      workspace({
        breaches: [
          breach('br-1', {
            notifyDecision: 'notify',
            notifications: [{ id: 'n-1', authority: 'CNIL', filedAt: '2026-06-04T09:31:00+02:00' }],
          }),
        ],
      }),
    target: { table: 'breaches', id: 'br-1', field: 'delayReason' },
    silent: 'the filing came 1 min before the 72 hours ended',
    correct: () =>
      workspace({
        breaches: [
          breach('br-1', {
            notifyDecision: 'notify',
            notifications: [{ id: 'n-1', authority: 'CNIL', filedAt: '2026-06-04T09:29:00+02:00' }],
          }),
        ],
      }),
  },
  'breach.not-notified-without-justification': {
    fires: 'the 72 hours have passed with no filing and no decision',
    failing: () => workspace({ breaches: [breach('br-1')] }),
    target: { table: 'breaches', id: 'br-1', field: 'notifyDecision' },
    silent: 'the breach is recorded as not to be notified, with its reasons',
    correct: () =>
      workspace({
        breaches: [
          breach('br-1', {
            notifyDecision: 'do_not_notify',
            notifyJustification: 'Encrypted laptop, key not compromised.',
          }),
        ],
      }),
  },
  'breach.art34-decision-missing': {
    fires: 'the assessment in force is a high risk and the people are not decided on',
    failing: () =>
      workspace({
        breaches: [
          breach('br-1', {
            notifyDecision: 'do_not_notify',
            notifyJustification: 'x',
            riskAssessments: [
              {
                id: 'ra-1',
                likelihood: 'high',
                severity: 'high',
                result: 'high_risk',
                reasons: 'Health data exposed.',
                assessedOn: '2026-06-02',
              },
            ],
          }),
        ],
      }),
    target: { table: 'breaches', id: 'br-1', field: 'subjectsDecision' },
    silent: 'the people were told',
    correct: () =>
      workspace({
        breaches: [
          breach('br-1', {
            notifyDecision: 'do_not_notify',
            notifyJustification: 'x',
            subjectsDecision: 'yes',
            riskAssessments: [
              {
                id: 'ra-1',
                likelihood: 'high',
                severity: 'high',
                result: 'high_risk',
                reasons: 'Health data exposed.',
                assessedOn: '2026-06-02',
              },
            ],
          }),
        ],
      }),
  },
  'breach.activity-without-security-measures': {
    fires: 'the breach affects an activity with no security measure',
    failing: () =>
      withActivity(
        { securityMeasureIds: [] },
        {
          breaches: [
            breach('br-1', { notifyDecision: 'do_not_notify', notifyJustification: 'x', activityIds: ['act-1'] }),
          ],
        },
      ),
    target: act('securityMeasureIds'),
    silent: 'the affected activity has its measures',
    correct: () =>
      workspace({
        breaches: [
          breach('br-1', { notifyDecision: 'do_not_notify', notifyJustification: 'x', activityIds: ['act-1'] }),
        ],
      }),
  },
  'request.overdue': {
    fires: 'a request received on 2026-05-12 is still open three days after its due date',
    failing: () => workspace({ requests: [request('dsr-1', { receivedOn: '2026-05-12' })] }),
    target: { table: 'requests', id: 'dsr-1', field: 'respondedOn' },
    params: { due: '2026-06-12', days: 3 },
    silent: 'the due day is today',
    correct: () => workspace({ requests: [request('dsr-1', { receivedOn: '2026-05-15' })] }),
  },
  'request.id-copy-kept': {
    fires: 'a closed request still holds an ID copy',
    failing: () =>
      workspace({
        requests: [
          request('dsr-1', {
            receivedOn: '2026-06-01',
            status: 'closed',
            identityCheck: { needed: true, idCopyHeld: true },
          }),
        ],
      }),
    target: { table: 'requests', id: 'dsr-1', field: 'identityCheck.idCopyDeletedOn' },
    silent: 'the copy was deleted',
    correct: () =>
      workspace({
        requests: [
          request('dsr-1', {
            receivedOn: '2026-06-01',
            status: 'closed',
            identityCheck: { needed: true, idCopyHeld: true, idCopyDeletedOn: '2026-06-10' },
          }),
        ],
      }),
  },
};

const run = (ruleId: string, ws: Workspace): Finding[] => {
  const rule = ALL_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`No rule ${ruleId}`);
  return rule.run(buildCheckContext(ws, TODAY));
};

const catalogue = (lang: 'en' | 'fr'): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../assets/i18n/${lang}/checks.json`, import.meta.url), 'utf8'));
const lookup = (tree: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
const variables = (message: string): string[] =>
  [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the baseline fixture', () => {
  it('is a complete, consistent record: no rule finds anything', () => {
    expect(runChecks(workspace(), { today: TODAY }).findings).toEqual([]);
  });
});

/** An organisation publishing in EN and FR whose only printed text is one activity's name. */
function bilingual(translations: Record<string, Record<string, string>>): Workspace {
  return workspace({
    organisation: organisation({ documentLanguages: ['en', 'fr'] }),
    contacts: [],
    documents: [],
    recipients: [],
    securityMeasures: [],
    activities: [
      activity('act-2', {
        name: 'Payroll',
        purposes: [],
        dataSubjectCategories: [],
        dataCategories: [],
        consequenceOfNotProviding: '',
        translations,
      }),
    ],
  });
}

describe('every rule has a failing and a correct fixture', () => {
  it('covers all rules of the engine', () => {
    expect(Object.keys(CASES).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  for (const rule of ALL_RULES) {
    const c = CASES[rule.id];
    if (!c) continue;
    describe(`${rule.id} (${rule.article})`, () => {
      it(`fires when ${c.fires}, pointing at the field that fixes it`, () => {
        const found = run(rule.id, c.failing());
        expect(found).toHaveLength(1);
        const f = found[0];
        expect(f?.target).toMatchObject(c.target);
        if (c.target.field === undefined) expect(f?.target.field).toBeUndefined();
        expect(f?.severity).toBe(rule.severity);
        expect(f?.ruleId).toBe(rule.id);
        if (c.params) expect(f?.params).toMatchObject(c.params);
        expect(f?.target.label).not.toBe('');
      });
      it(`stays silent when ${c.silent}`, () => {
        expect(run(rule.id, c.correct())).toEqual([]);
      });
      it('gives every variable its message uses, in English and in French', () => {
        for (const f of run(rule.id, c.failing()))
          for (const lang of ['en', 'fr'] as const) {
            const message = lookup(catalogue(lang), f.messageKey);
            expect(typeof message, `${lang}: ${f.messageKey}`).toBe('string');
            for (const v of variables(message as string))
              expect(Object.keys(f.params), `${lang}: ${f.messageKey}`).toContain(v);
          }
      });
    });
  }
});
