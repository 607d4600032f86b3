import type { ControllerActivity, DataCategory, Purpose, Retention } from '../../domain/activity';
import type { Language } from '../../domain/common';
import type { Contact } from '../../domain/contact';
import type { PolicySetting } from '../../domain/document-setting';
import type { Organisation } from '../../domain/organisation';
import { activitiesInPolicyScope } from '../../domain/policy-scope';
import {
  dpoOf,
  indexWorkspace,
  privacyContactOf,
  representativeOf,
  type Workspace,
  type WorkspaceIndex,
} from '../../domain/workspace';
import { compareText, formatAddress, joinList, joinParts } from '../common/format';
import type { WordingVars } from '../common/wording';
import { policyPlural, policyT } from './wording';

/** Everything a section builder reads: the record, the policy's choices and the wording helpers. */
export interface PolicyContext {
  ws: Workspace;
  policy: PolicySetting;
  language: Language;
  organisation: Organisation;
  index: WorkspaceIndex;
  /** In-scope controller activities, sorted by name in the document language. */
  activities: readonly ControllerActivity[];
  dpo: Contact | undefined;
  representative: Contact | undefined;
  privacyContact: Contact | undefined;
  /** Where people write about their data: the policy's channel, else the best contact on record. */
  contactChannel: string;
  t: (key: string, vars?: WordingVars) => string;
  plural: (key: string, count: number, vars?: WordingVars) => string;
  list: (items: readonly string[]) => string;
}

/** The short name people know the organisation by, falling back to its legal name. */
export const displayName = (org: Organisation): string => (org.shortName.trim() !== '' ? org.shortName : org.name);

const resolveContactChannel = (
  policy: PolicySetting,
  org: Organisation,
  privacyContact: Contact | undefined,
  dpo: Contact | undefined,
  language: Language,
): string => {
  const candidates = [policy.contactChannel, privacyContact?.email ?? '', dpo?.email ?? '', org.email];
  const first = candidates.find((c) => c.trim() !== '');
  if (first !== undefined) return first.trim();
  return joinParts([org.name, formatAddress(org.address, language)], ', ');
};

export const createPolicyContext = (ws: Workspace, policy: PolicySetting): PolicyContext => {
  const language = policy.language;
  const byName = compareText(language);
  const activities = [...activitiesInPolicyScope(ws, policy)].sort(
    (a, b) => byName(a.name, b.name) || a.id.localeCompare(b.id),
  );
  const dpo = dpoOf(ws);
  const privacyContact = privacyContactOf(ws);
  return {
    ws,
    policy,
    language,
    organisation: ws.organisation,
    index: indexWorkspace(ws),
    activities,
    dpo,
    representative: representativeOf(ws),
    privacyContact,
    contactChannel: resolveContactChannel(policy, ws.organisation, privacyContact, dpo, language),
    t: (key, vars) => policyT(language, key, vars),
    plural: (key, count, vars) => policyPlural(language, key, count, vars),
    list: (items) => joinList(items, language),
  };
};

/** Purposes that rely on legitimate interests or a public task: Art. 21(1) right to object. */
export const objectablePurposes = (ctx: PolicyContext): { activity: ControllerActivity; purpose: Purpose }[] =>
  ctx.activities.flatMap((activity) =>
    activity.purposes
      .filter((p) => p.legalBasis === 'legitimate_interests' || p.legalBasis === 'public_task')
      .map((purpose) => ({ activity, purpose })),
  );

/** Purposes of direct marketing: the absolute right to object of Art. 21(2)–(3). */
export const directMarketingPurposes = (ctx: PolicyContext): { activity: ControllerActivity; purpose: Purpose }[] =>
  ctx.activities.flatMap((activity) =>
    activity.purposes.filter((p) => p.directMarketing).map((purpose) => ({ activity, purpose })),
  );

/** Purposes based on consent (Art. 6(1)(a)) or explicit consent (Art. 9(2)(a)): Art. 7(3) withdrawal. */
export const consentPurposes = (ctx: PolicyContext): { activity: ControllerActivity; purpose: Purpose }[] =>
  ctx.activities.flatMap((activity) =>
    activity.purposes
      .filter((p) => p.legalBasis === 'consent' || p.art9Condition === 'explicit_consent')
      .map((purpose) => ({ activity, purpose })),
  );

/** Record facts of a purpose that its sentences are written from (no ids or timestamps). */
export const purposeFacts = (p: Purpose) => ({
  description: p.description,
  legalBasis: p.legalBasis,
  legitimateInterest: p.legitimateInterest,
  legalReference: p.legalReference,
  art9Condition: p.art9Condition,
  directMarketing: p.directMarketing,
});

export const retentionFacts = (r: Retention) => ({
  period: r.period,
  unit: r.unit,
  criteria: r.criteria,
  startEvent: r.startEvent,
});

/** A category's name with its Art. 9 / Art. 10 flag, so sensitive data is visibly labelled. */
export const categoryLabel = (ctx: PolicyContext, c: DataCategory): string => {
  if (c.specialCategory !== null)
    return ctx.t('data.specialCategory', { name: c.name, category: ctx.t(`specialCategories.${c.specialCategory}`) });
  if (c.criminalOffence) return ctx.t('data.criminalOffence', { name: c.name });
  return c.name;
};

export const categoryFacts = (c: DataCategory) => ({
  name: c.name,
  specialCategory: c.specialCategory,
  criminalOffence: c.criminalOffence,
  retention: retentionFacts(c.retention),
});

/** "3 years" / "3 ans"; empty when no period is set. */
export const formatDuration = (ctx: PolicyContext, r: Retention): string =>
  r.period === null ? '' : ctx.plural(`units.${r.unit}`, r.period);

/** Short retention for table cells: "3 years from the last contact", or the criteria. */
export const retentionCell = (ctx: PolicyContext, r: Retention): string => {
  const parts: string[] = [];
  if (r.period !== null) {
    const duration = formatDuration(ctx, r);
    parts.push(
      r.startEvent.trim() !== ''
        ? ctx.t('retention.cellFrom', { duration, start: r.startEvent })
        : ctx.t('retention.cell', { duration }),
    );
  }
  if (r.criteria.trim() !== '') parts.push(r.criteria);
  return parts.length > 0 ? parts.join(' — ') : ctx.t('retention.onRequestCell');
};
