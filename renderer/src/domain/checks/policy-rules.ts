import type { ControllerActivity } from '../activity';
import type { PolicySectionKey, PolicySetting } from '../document-setting';
import type { Processor } from '../processor';
import { countryName, isThirdCountry } from '../reference';
import type { Transfer } from '../transfer';
import { activitiesInPolicyScope } from '../policy-scope';
import { dpoOf, resolveIds } from '../workspace';
import { defineRule, isConsentBased, livePolicies, policyTarget, replacedText, sectionRemoved } from './helpers';
import type { CheckContext, CheckRule } from './types';

/** What a policy has to speak about, from the activities in its scope (policy-scope.ts). */
export interface PolicyFacts {
  activities: ControllerActivity[];
  processors: Processor[];
  transfers: Transfer[];
  hasDpo: boolean;
  /** Art. 6(1)(a) or 9(2)(a) somewhere in scope: withdrawal of consent must be explained. */
  consent: boolean;
  /** Art. 6(1)(e)/(f) or direct marketing: the right to object gets its own section (Art. 21(4)). */
  objection: boolean;
  /** Some data is collected from the person (Art. 13) / obtained elsewhere (Art. 14). */
  art13: boolean;
  art14: boolean;
  automatedDecisions: boolean;
  /** Data goes outside the EEA: linked transfers, or third-country recipients or processors. */
  thirdCountry: boolean;
}

const unique = <T extends { id: string }>(rows: T[]): T[] => [...new Map(rows.map((r) => [r.id, r])).values()];

export const policyFacts = (ctx: CheckContext, policy: PolicySetting): PolicyFacts => {
  const activities = activitiesInPolicyScope(ctx.ws, policy);
  const processors = unique(activities.flatMap((a) => resolveIds(a.processorIds, ctx.index.processors)));
  const transfers = unique(activities.flatMap((a) => resolveIds(a.transferIds, ctx.index.transfers)));
  const recipients = activities.flatMap((a) => resolveIds(a.recipientIds, ctx.index.recipients));
  return {
    activities,
    processors,
    transfers,
    hasDpo: dpoOf(ctx.ws) !== undefined,
    consent: activities.some(isConsentBased),
    objection: activities.some((a) =>
      a.purposes.some(
        (p) => p.legalBasis === 'public_task' || p.legalBasis === 'legitimate_interests' || p.directMarketing,
      ),
    ),
    art13: activities.some((a) => a.collectedFromDataSubject),
    art14: activities.some((a) => !a.collectedFromDataSubject),
    automatedDecisions: activities.some((a) => a.automatedDecision.exists),
    thirdCountry:
      transfers.length > 0 ||
      recipients.some((r) => isThirdCountry(r.country)) ||
      processors.some((p) => p.countries.some(isThirdCountry)),
  };
};

export const noActivity = defineRule({
  id: 'policy.no-activity',
  article: 'Art. 13(1)(c), 14(1)(c)',
  severity: 'error',
  scope: 'policy',
  messageKeys: ['messages.policy.no-activity'],
  check: (ctx, emit) =>
    livePolicies(ctx)
      .filter((p) => activitiesInPolicyScope(ctx.ws, p).length === 0)
      .map((p) => emit('messages.policy.no-activity', policyTarget(p, 'audiences'), { policy: p.title })),
});

/** Sections a policy must keep, given its facts, with the article that requires each. */
export const requiredSections = (f: PolicyFacts): { key: PolicySectionKey; article: string }[] => {
  const out: { key: PolicySectionKey; article: string }[] = [
    { key: 'controller', article: 'Art. 13(1)(a), 14(1)(a)' },
    { key: 'purposes', article: 'Art. 13(1)(c), 14(1)(c)' },
    { key: 'recipients', article: 'Art. 13(1)(e), 14(1)(e)' },
    { key: 'retention', article: 'Art. 13(2)(a), 14(2)(a)' },
    { key: 'rights', article: 'Art. 13(2)(b), 14(2)(c)' },
    { key: 'complaint', article: 'Art. 13(2)(d), 14(2)(e), 77' },
  ];
  if (f.hasDpo) out.push({ key: 'dpo', article: 'Art. 13(1)(b), 14(1)(b), 37(7)' });
  if (f.objection) out.push({ key: 'right_to_object', article: 'Art. 21(4)' });
  if (f.art13) out.push({ key: 'requirement', article: 'Art. 13(2)(e)' });
  if (f.art14) {
    out.push({ key: 'data_collected', article: 'Art. 14(1)(d)' });
    out.push({ key: 'sources', article: 'Art. 14(2)(f)' });
  }
  if (f.automatedDecisions) out.push({ key: 'automated_decisions', article: 'Art. 13(2)(f), 14(2)(g), 22' });
  return out;
};

export const SECTIONS_CHECKED_FOR_REMOVAL: readonly PolicySectionKey[] = [
  'controller',
  'purposes',
  'recipients',
  'retention',
  'rights',
  'complaint',
  'dpo',
  'right_to_object',
  'requirement',
  'data_collected',
  'sources',
  'automated_decisions',
];

export const sectionRemovedRule = defineRule({
  id: 'policy.section-removed',
  article: 'Art. 13, 14',
  severity: 'error',
  scope: 'policy',
  messageKeys: SECTIONS_CHECKED_FOR_REMOVAL.map((k) => `messages.policy.section-removed_${k}`),
  check: (ctx, emit) =>
    livePolicies(ctx).flatMap((p) =>
      requiredSections(policyFacts(ctx, p))
        .filter((s) => sectionRemoved(p, s.key))
        .map((s) =>
          emit(
            `messages.policy.section-removed_${s.key}`,
            policyTarget(p, `overrides.${s.key}.text`),
            { policy: p.title },
            s.article,
          ),
        ),
    ),
});

const mentions = (text: string, needle: string): boolean =>
  needle.trim() !== '' && text.toLowerCase().includes(needle.trim().toLowerCase());

export const processorMissingFromPolicy = defineRule({
  id: 'policy.processor-missing',
  article: 'Art. 13(1)(e), 14(1)(e)',
  severity: 'warning',
  scope: 'policy',
  messageKeys: ['messages.policy.processor-missing'],
  check: (ctx, emit) =>
    livePolicies(ctx).flatMap((p) => {
      // The generator lists every in-scope processor; only a replacing override can leave one out.
      const text = replacedText(p, 'processors');
      if (text === null) return [];
      return policyFacts(ctx, p)
        .processors.filter((proc) => !mentions(text, proc.name))
        .map((proc) =>
          emit('messages.policy.processor-missing', policyTarget(p, 'overrides.processors.text'), {
            policy: p.title,
            processor: proc.name,
          }),
        );
    }),
});

const transferNamed = (text: string, t: Transfer, policy: PolicySetting): boolean =>
  mentions(text, t.recipientName) ||
  (t.destinationType === 'international_organisation'
    ? mentions(text, t.internationalOrganisation)
    : [countryName(t.country, policy.language), countryName(t.country, 'en'), countryName(t.country, 'fr')].some((n) =>
        mentions(text, n),
      ));

export const transferMissingFromPolicy = defineRule({
  id: 'policy.transfer-missing',
  article: 'Art. 13(1)(f), 14(1)(f)',
  severity: 'error',
  scope: 'policy',
  messageKeys: ['messages.policy.transfer-missing'],
  check: (ctx, emit) =>
    livePolicies(ctx).flatMap((p) => {
      const text = replacedText(p, 'transfers');
      if (text === null) return [];
      return policyFacts(ctx, p)
        .transfers.filter((t) => !transferNamed(text, t, p))
        .map((t) =>
          emit('messages.policy.transfer-missing', policyTarget(p, 'overrides.transfers.text'), {
            policy: p.title,
            recipient: t.recipientName,
            destination: t.destinationType === 'country' ? t.country : t.internationalOrganisation,
          }),
        );
    }),
});

export const consentWithdrawalRemoved = defineRule({
  id: 'policy.consent-withdrawal-removed',
  article: 'Art. 7(3), 13(2)(c), 14(2)(d)',
  severity: 'error',
  scope: 'policy',
  messageKeys: ['messages.policy.consent-withdrawal-removed'],
  check: (ctx, emit) =>
    livePolicies(ctx)
      .filter((p) => sectionRemoved(p, 'consent_withdrawal') && policyFacts(ctx, p).consent)
      .map((p) =>
        emit('messages.policy.consent-withdrawal-removed', policyTarget(p, 'overrides.consent_withdrawal.text'), {
          policy: p.title,
        }),
      ),
});

// ─── Retention periods written in a policy override ──────────────────────────────────────────────

type PeriodUnit = 'days' | 'months';
export interface MentionedPeriod {
  /** As written, e.g. "5 years", "six mois". */
  text: string;
  /** Normalised: years and months in months, weeks and days in days. */
  amount: number;
  unit: PeriodUnit;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
};
const UNIT_FACTORS: { pattern: RegExp; unit: PeriodUnit; factor: number }[] = [
  { pattern: /^(years?|yrs?|ans?|années?|annees?)$/i, unit: 'months', factor: 12 },
  { pattern: /^(months?|mois)$/i, unit: 'months', factor: 1 },
  { pattern: /^(weeks?|semaines?)$/i, unit: 'days', factor: 7 },
  { pattern: /^(days?|jours?)$/i, unit: 'days', factor: 1 },
];
const PERIOD_PATTERN = new RegExp(
  `\\b(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})[\\s-]*(years?|yrs?|années?|annees?|ans?|months?|mois|weeks?|semaines?|days?|jours?)(?![\\p{L}])`,
  'giu',
);

/** Periods of time written in free text, in English or French ("5 years", "trois ans", "36 mois"). */
export const periodsIn = (text: string): MentionedPeriod[] =>
  [...text.matchAll(PERIOD_PATTERN)].flatMap((m) => {
    const [whole, rawNumber = '', rawUnit = ''] = m;
    const n = /^\d+$/.test(rawNumber) ? Number(rawNumber) : NUMBER_WORDS[rawNumber.toLowerCase()];
    const u = UNIT_FACTORS.find((f) => f.pattern.test(rawUnit));
    return n === undefined || u === undefined ? [] : [{ text: whole.trim(), amount: n * u.factor, unit: u.unit }];
  });

const recordPeriods = (activities: readonly ControllerActivity[]): MentionedPeriod[] =>
  activities.flatMap((a) => [
    ...a.dataCategories.flatMap((c) => {
      const r = c.retention;
      const stated: MentionedPeriod[] =
        r.period === null
          ? []
          : [
              r.unit === 'years'
                ? { text: '', amount: r.period * 12, unit: 'months' as const }
                : r.unit === 'months'
                  ? { text: '', amount: r.period, unit: 'months' as const }
                  : { text: '', amount: r.period, unit: 'days' as const },
            ];
      return [...stated, ...periodsIn(`${r.criteria} ${r.startEvent}`)];
    }),
    ...a.collectionPoints.flatMap((cp) => periodsIn(cp.retentionSummary)),
  ]);

const samePeriod = (a: MentionedPeriod, b: MentionedPeriod): boolean =>
  (a.unit === b.unit && a.amount === b.amount) ||
  // 365 days and 12 months, 30 days and 1 month: the same period written differently.
  (a.unit === 'days' && b.unit === 'months' && Math.abs(a.amount - b.amount * 30.4) <= b.amount * 1.2) ||
  (a.unit === 'months' && b.unit === 'days' && Math.abs(b.amount - a.amount * 30.4) <= a.amount * 1.2);

export const retentionContradiction = defineRule({
  id: 'policy.retention-contradiction',
  article: 'Art. 13(2)(a), 14(2)(a), 5(1)(e)',
  severity: 'warning',
  scope: 'policy',
  messageKeys: ['messages.policy.retention-contradiction'],
  check: (ctx, emit) =>
    livePolicies(ctx).flatMap((p) => {
      const text = p.overrides.retention?.text ?? '';
      const written = periodsIn(text);
      if (written.length === 0) return [];
      const known = recordPeriods(policyFacts(ctx, p).activities);
      const seen = new Set<string>();
      return written
        .filter((w) => !known.some((k) => samePeriod(w, k)))
        .filter((w) => !seen.has(w.text.toLowerCase()) && Boolean(seen.add(w.text.toLowerCase())))
        .map((w) =>
          emit('messages.policy.retention-contradiction', policyTarget(p, 'overrides.retention.text'), {
            policy: p.title,
            period: w.text,
          }),
        );
    }),
});

export const POLICY_RULES: readonly CheckRule[] = [
  noActivity,
  sectionRemovedRule,
  processorMissingFromPolicy,
  transferMissingFromPolicy,
  consentWithdrawalRemoved,
  retentionContradiction,
];
