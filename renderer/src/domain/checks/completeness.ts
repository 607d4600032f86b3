import type { Activity } from '../activity';
import type { PolicySectionKey, PolicySetting } from '../document-setting';
import { isThirdCountry } from '../reference';
import { dpoOf, indexWorkspace, isLive, resolveIds, type Workspace } from '../workspace';
import { CheckInputError } from './errors';
import { policyFacts } from './policy-rules';
import { ALL_RULES } from './rules';
import type { CheckContext, Finding } from './types';

/** One Art. 30 or Art. 13/14 item: whether it applies to this record and, if so, what is missing. */
export interface CompletenessItem {
  /** Stable key, also the i18n key `items.<key>` of the item's label. */
  key: string;
  article: string;
  applicable: boolean;
  present: boolean;
  /** The findings that make the item incomplete, each pointing at the field that fixes it. */
  gaps: Finding[];
}

export interface Completeness {
  /** 0–100: the share of applicable items that are present, rounded. 100 when nothing applies. */
  score: number;
  applicable: number;
  present: number;
  items: CompletenessItem[];
  /** All gaps of all applicable items. */
  gaps: Finding[];
}

interface ItemSpec {
  key: string;
  article: string;
  applicable: boolean;
  ruleIds: readonly string[];
  /** Which findings of those rules concern this record (default: all of them). */
  concerns?: (f: Finding) => boolean;
  /**
   * The records those findings target, when known: lets a whole-register scoring look findings up
   * instead of filtering every finding for every activity. `concerns` still has the last word.
   */
  targets?: readonly { table: string; id: string }[];
}

/** Findings of one run of the rules, by rule and by rule + target, for scoring many records at once. */
interface FindingIndex {
  byRule: Map<string, Finding[]>;
  byRuleTarget: Map<string, Finding[]>;
}
const targetKey = (ruleId: string, table: string, id: string): string => `${ruleId}\u0000${table}\u0000${id}`;
const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const indexFindings = (findings: readonly Finding[]): FindingIndex => {
  const index: FindingIndex = { byRule: new Map(), byRuleTarget: new Map() };
  for (const f of findings) {
    push(index.byRule, f.ruleId, f);
    push(index.byRuleTarget, targetKey(f.ruleId, f.target.table, f.target.id), f);
  }
  return index;
};
const runRules = (ctx: CheckContext, ruleIds: ReadonlySet<string>): FindingIndex =>
  indexFindings(ALL_RULES.filter((r) => ruleIds.has(r.id)).flatMap((r) => r.run(ctx)));

/**
 * Completeness is computed from the same rules as the Checks screen, so a score and the findings
 * never disagree. Only rules that do not read `today` feed it, so it needs no date.
 */
const contextFor = (ws: Workspace): CheckContext => ({ ws, index: indexWorkspace(ws), today: '' });

const candidates = (index: FindingIndex, s: ItemSpec): Finding[] =>
  s.ruleIds.flatMap((ruleId) =>
    s.targets === undefined
      ? (index.byRule.get(ruleId) ?? [])
      : s.targets.flatMap((t) => index.byRuleTarget.get(targetKey(ruleId, t.table, t.id)) ?? []),
  );

const evaluate = (
  ctx: CheckContext,
  specs: readonly ItemSpec[],
  index: FindingIndex = runRules(ctx, new Set(specs.flatMap((s) => s.ruleIds))),
): Completeness => {
  const items = specs.map((s): CompletenessItem => {
    const gaps = s.applicable ? candidates(index, s).filter((f) => s.concerns === undefined || s.concerns(f)) : [];
    return {
      key: s.key,
      article: s.article,
      applicable: s.applicable,
      present: s.applicable && gaps.length === 0,
      gaps,
    };
  });
  const applicable = items.filter((i) => i.applicable).length;
  const present = items.filter((i) => i.present).length;
  return {
    score: applicable === 0 ? 100 : Math.round((100 * present) / applicable),
    applicable,
    present,
    items,
    gaps: items.flatMap((i) => i.gaps),
  };
};

const TRANSFER_RULE_IDS = [
  'recipient.third-country-uncovered',
  'processor.third-country-uncovered',
  'transfer.us-adequacy-without-dpf',
  'transfer.adequacy-without-decision',
  'transfer.art49-documentation',
] as const;

const usesThirdCountry = (ctx: CheckContext, a: Activity): boolean =>
  a.transferIds.some((id) => ctx.index.transfers.has(id)) ||
  resolveIds(a.processorIds, ctx.index.processors).some((p) => p.countries.some(isThirdCountry)) ||
  (a.kind === 'controller' && resolveIds(a.recipientIds, ctx.index.recipients).some((r) => isThirdCountry(r.country)));

const activitySpecs = (ctx: CheckContext, a: Activity): ItemSpec[] => {
  const onThis = (f: Finding): boolean => f.target.table === 'activities' && f.target.id === a.id;
  const onThisOrItsTransfers = (f: Finding): boolean =>
    onThis(f) || (f.target.table === 'transfers' && a.transferIds.includes(f.target.id));
  const thisTarget = [{ table: 'activities', id: a.id }];
  const thisAndTransfers = [...thisTarget, ...a.transferIds.map((id) => ({ table: 'transfers', id }))];
  const org = ctx.ws.organisation;
  const common = {
    identity: {
      key: a.kind === 'controller' ? 'controller' : 'processor',
      article: a.kind === 'controller' ? 'Art. 30(1)(a)' : 'Art. 30(2)(a)',
      applicable: true,
      ruleIds: ['organisation.controller-contact'],
    },
    representative: {
      key: 'representative',
      article: a.kind === 'controller' ? 'Art. 30(1)(a), 27' : 'Art. 30(2)(a), 27',
      applicable: !org.establishedInEu,
      ruleIds: ['organisation.representative-missing'],
    },
    dpo: {
      key: 'dpo',
      article: a.kind === 'controller' ? 'Art. 30(1)(a)' : 'Art. 30(2)(a)',
      applicable: dpoOf(ctx.ws) !== undefined,
      ruleIds: ['organisation.dpo-contact'],
    },
    transfers: {
      key: 'transfers',
      article: a.kind === 'controller' ? 'Art. 30(1)(e)' : 'Art. 30(2)(c)',
      applicable: usesThirdCountry(ctx, a),
      ruleIds: TRANSFER_RULE_IDS,
      concerns: onThisOrItsTransfers,
      targets: thisAndTransfers,
    },
    security: {
      key: 'security',
      article: a.kind === 'controller' ? 'Art. 30(1)(g)' : 'Art. 30(2)(d)',
      applicable: true,
      ruleIds: ['activity.security-measures-missing'],
      concerns: onThis,
      targets: thisTarget,
    },
  } satisfies Record<string, ItemSpec>;

  if (a.kind === 'processor')
    return [
      common.identity,
      {
        key: 'client',
        article: 'Art. 30(2)(a)',
        applicable: true,
        ruleIds: ['processor-activity.client-contact'],
        concerns: onThis,
        targets: thisTarget,
      },
      common.representative,
      common.dpo,
      {
        key: 'processing_categories',
        article: 'Art. 30(2)(b)',
        applicable: true,
        ruleIds: ['processor-activity.categories-missing'],
        concerns: onThis,
        targets: thisTarget,
      },
      common.transfers,
      common.security,
    ];
  return [
    common.identity,
    {
      key: 'joint_controllers',
      article: 'Art. 30(1)(a), 26',
      applicable: a.jointControllers.length > 0,
      ruleIds: ['activity.joint-controller-contact'],
      concerns: onThis,
      targets: thisTarget,
    },
    common.representative,
    common.dpo,
    {
      key: 'purposes',
      article: 'Art. 30(1)(b)',
      applicable: true,
      ruleIds: ['activity.purposes-missing'],
      concerns: onThis,
      targets: thisTarget,
    },
    {
      key: 'data_subjects',
      article: 'Art. 30(1)(c)',
      applicable: true,
      ruleIds: ['activity.data-subjects-missing'],
      concerns: onThis,
      targets: thisTarget,
    },
    {
      key: 'data_categories',
      article: 'Art. 30(1)(c)',
      applicable: true,
      ruleIds: ['activity.data-categories-missing'],
      concerns: onThis,
      targets: thisTarget,
    },
    {
      key: 'recipients',
      article: 'Art. 30(1)(d)',
      applicable: true,
      ruleIds: ['activity.recipients-missing'],
      concerns: onThis,
      targets: thisTarget,
    },
    common.transfers,
    {
      key: 'retention',
      article: 'Art. 30(1)(f)',
      applicable: a.dataCategories.length > 0,
      ruleIds: ['activity.retention-missing'],
      concerns: onThis,
      targets: thisTarget,
    },
    common.security,
  ];
};

/**
 * Art. 30(1)(a)–(g) (controller) or 30(2)(a)–(d) (processor) items of one activity. Retired activities
 * are not checked, so they come out complete. Throws CheckInputError for an unknown activity.
 */
export const activityCompleteness = (ws: Workspace, activityId: string): Completeness => {
  const a = ws.activities.find((x) => x.id === activityId && isLive(x));
  if (a === undefined)
    throw new CheckInputError(`No activity with id "${activityId}" in the record of ${ws.organisation.name}.`);
  const ctx = contextFor(ws);
  return evaluate(ctx, activitySpecs(ctx, a));
};

/**
 * Completeness of every live activity at once: the rules run once over the record and each
 * activity's items are looked up, so a register of thousands scores in one pass.
 */
export const allActivityCompleteness = (ws: Workspace): Map<string, Completeness> => {
  const ctx = contextFor(ws);
  const specs = ws.activities.filter(isLive).map((a) => [a.id, activitySpecs(ctx, a)] as const);
  const index = runRules(ctx, new Set(specs.flatMap(([, s]) => s.flatMap((x) => x.ruleIds))));
  return new Map(specs.map(([id, s]) => [id, evaluate(ctx, s, index)]));
};

/** 0–100: the share of applicable Art. 30 items the activity's record has. */
export const completenessScore = (ws: Workspace, activityId: string): number =>
  activityCompleteness(ws, activityId).score;

const sectionGap =
  (key: PolicySectionKey) =>
  (f: Finding): boolean =>
    f.ruleId !== 'policy.section-removed' || f.messageKey.endsWith(`_${key}`);

/** Art. 13/14 items (rubric §2.2) of a privacy policy, from the record of the activities it covers. */
export const policyCompleteness = (ws: Workspace, policyId: string): Completeness => {
  const policy = ws.documents.find(
    (d): d is PolicySetting => d.id === policyId && d.kind === 'privacy_policy' && isLive(d),
  );
  if (policy === undefined)
    throw new CheckInputError(`No privacy policy with id "${policyId}" in the record of ${ws.organisation.name}.`);
  const ctx = contextFor(ws);
  const facts = policyFacts(ctx, policy);
  const activityIds = new Set(facts.activities.map((a) => a.id));
  const transferIds = new Set(facts.transfers.map((t) => t.id));
  const concernsPolicy = (f: Finding): boolean =>
    (f.target.table === 'documents' && f.target.id === policy.id) ||
    (f.target.table === 'activities' && activityIds.has(f.target.id)) ||
    (f.target.table === 'transfers' && transferIds.has(f.target.id)) ||
    f.target.table === 'organisations' ||
    f.target.table === 'contacts';
  const and =
    (...preds: ((f: Finding) => boolean)[]) =>
    (f: Finding): boolean =>
      preds.every((p) => p(f));
  const ofSection = (key: PolicySectionKey) => and(concernsPolicy, sectionGap(key));
  const removed = 'policy.section-removed';
  const specs: ItemSpec[] = [
    {
      key: 'n1_controller',
      article: 'Art. 13(1)(a), 14(1)(a)',
      applicable: true,
      ruleIds: ['organisation.controller-contact', removed],
      concerns: ofSection('controller'),
    },
    {
      key: 'n1_representative',
      article: 'Art. 13(1)(a), 27',
      applicable: !ws.organisation.establishedInEu,
      ruleIds: ['organisation.representative-missing'],
    },
    {
      key: 'n2_dpo',
      article: 'Art. 13(1)(b), 14(1)(b), 37(7)',
      applicable: facts.hasDpo,
      ruleIds: ['organisation.dpo-contact', 'organisation.dpo-not-published', removed],
      concerns: ofSection('dpo'),
    },
    {
      key: 'n3_purposes',
      article: 'Art. 13(1)(c), 14(1)(c)',
      applicable: true,
      ruleIds: ['policy.no-activity', 'activity.purposes-missing', removed],
      concerns: ofSection('purposes'),
    },
    {
      key: 'n4_legitimate_interests',
      article: 'Art. 13(1)(d), 14(2)(b)',
      applicable: facts.activities.some((a) => a.purposes.some((p) => p.legalBasis === 'legitimate_interests')),
      ruleIds: ['purpose.legitimate-interest-missing'],
      concerns: concernsPolicy,
    },
    {
      key: 'n5_recipients',
      article: 'Art. 13(1)(e), 14(1)(e)',
      applicable: true,
      ruleIds: ['activity.recipients-missing', 'policy.processor-missing', removed],
      concerns: ofSection('recipients'),
    },
    {
      key: 'n6_data_categories',
      article: 'Art. 14(1)(d)',
      applicable: facts.art14,
      ruleIds: ['activity.data-categories-missing', removed],
      concerns: and(
        ofSection('data_collected'),
        (f) =>
          f.ruleId !== 'activity.data-categories-missing' ||
          facts.activities.some((a) => a.id === f.target.id && !a.collectedFromDataSubject),
      ),
    },
    {
      key: 'n7_transfers',
      article: 'Art. 13(1)(f), 14(1)(f)',
      applicable: facts.thirdCountry,
      ruleIds: [...TRANSFER_RULE_IDS, 'policy.transfer-missing', 'transfer.safeguards-copy-missing'],
      concerns: concernsPolicy,
    },
    {
      key: 'n8_retention',
      article: 'Art. 13(2)(a), 14(2)(a)',
      applicable: true,
      ruleIds: ['activity.retention-missing', 'policy.retention-contradiction', removed],
      concerns: ofSection('retention'),
    },
    {
      key: 'n9_rights',
      article: 'Art. 13(2)(b), 14(2)(c)',
      applicable: true,
      ruleIds: [removed],
      concerns: ofSection('rights'),
    },
    {
      key: 'n10_consent_withdrawal',
      article: 'Art. 13(2)(c), 14(2)(d), 7(3)',
      applicable: facts.consent,
      ruleIds: ['policy.consent-withdrawal-removed'],
      concerns: concernsPolicy,
    },
    {
      key: 'n11_complaint',
      article: 'Art. 13(2)(d), 14(2)(e), 77',
      applicable: true,
      ruleIds: ['organisation.supervisory-authority-missing', removed],
      concerns: ofSection('complaint'),
    },
    {
      key: 'n12_requirement',
      article: 'Art. 13(2)(e)',
      applicable: facts.art13,
      ruleIds: ['activity.provision-consequence-missing', 'activity.provision-requirement-unanswered', removed],
      concerns: ofSection('requirement'),
    },
    {
      key: 'n13_sources',
      article: 'Art. 14(2)(f)',
      applicable: facts.art14,
      ruleIds: ['activity.sources-missing', removed],
      concerns: ofSection('sources'),
    },
    {
      key: 'n14_automated_decisions',
      article: 'Art. 13(2)(f), 14(2)(g), 22',
      applicable: facts.automatedDecisions,
      ruleIds: ['activity.adm-information-missing', removed],
      concerns: ofSection('automated_decisions'),
    },
    {
      key: 'n21_right_to_object',
      article: 'Art. 21(4)',
      applicable: facts.objection,
      ruleIds: [removed],
      concerns: ofSection('right_to_object'),
    },
    {
      key: 'n26_joint_controllers',
      article: 'Art. 26(2)',
      applicable: facts.activities.some((a) => a.jointControllers.length > 0),
      ruleIds: ['activity.joint-arrangement-missing'],
      concerns: concernsPolicy,
    },
  ];
  return evaluate(ctx, specs);
};
