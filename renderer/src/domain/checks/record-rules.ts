import type { ControllerActivity } from '../activity';
import { dpoOf, representativeOf } from '../workspace';
import {
  activityTarget,
  checkedActivities,
  checkedControllerActivities,
  defineRule,
  hasContactChannel,
  hasText,
  livePolicies,
} from './helpers';
import type { CheckRule, Finding, FindingTarget } from './types';
import type { Emit } from './helpers';

const orgTarget = (ctx: { ws: { organisation: { id: string; name: string } } }, field?: string): FindingTarget =>
  field === undefined
    ? { table: 'organisations', id: ctx.ws.organisation.id, label: ctx.ws.organisation.name }
    : { table: 'organisations', id: ctx.ws.organisation.id, field, label: ctx.ws.organisation.name };

// ─── Organisation ────────────────────────────────────────────────────────────────────────────────

export const controllerContact = defineRule({
  id: 'organisation.controller-contact',
  article: 'Art. 30(1)(a), 30(2)(a), 13(1)(a)',
  severity: 'error',
  scope: 'organisation',
  messageKeys: ['messages.organisation.controller-contact'],
  check(ctx, emit) {
    const org = ctx.ws.organisation;
    return hasContactChannel(org)
      ? []
      : [emit('messages.organisation.controller-contact', orgTarget(ctx, 'email'), { organisation: org.name })];
  },
});

export const representativeMissing = defineRule({
  id: 'organisation.representative-missing',
  article: 'Art. 27, 30(1)(a)',
  severity: 'error',
  scope: 'organisation',
  messageKeys: ['messages.organisation.representative-missing'],
  check(ctx, emit) {
    const org = ctx.ws.organisation;
    if (org.establishedInEu || representativeOf(ctx.ws) !== undefined) return [];
    return [emit('messages.organisation.representative-missing', orgTarget(ctx), { organisation: org.name })];
  },
});

export const dpoContact = defineRule({
  id: 'organisation.dpo-contact',
  article: 'Art. 37(7), 30(1)(a), 13(1)(b)',
  severity: 'error',
  scope: 'organisation',
  messageKeys: ['messages.organisation.dpo-contact'],
  check(ctx, emit) {
    const dpo = dpoOf(ctx.ws);
    if (dpo === undefined || hasContactChannel(dpo)) return [];
    return [
      emit(
        'messages.organisation.dpo-contact',
        { table: 'contacts', id: dpo.id, field: 'email', label: dpo.name },
        { dpo: dpo.name },
      ),
    ];
  },
});

export const dpoNotPublished = defineRule({
  id: 'organisation.dpo-not-published',
  article: 'Art. 37(7)',
  severity: 'error',
  scope: 'organisation',
  messageKeys: ['messages.organisation.dpo-not-published'],
  check(ctx, emit) {
    const dpo = dpoOf(ctx.ws);
    if (dpo === undefined || dpo.published) return [];
    return [
      emit(
        'messages.organisation.dpo-not-published',
        { table: 'contacts', id: dpo.id, field: 'published', label: dpo.name },
        { dpo: dpo.name },
      ),
    ];
  },
});

export const dpoNotNotified = defineRule({
  id: 'organisation.dpo-not-notified',
  article: 'Art. 37(7)',
  severity: 'warning',
  scope: 'organisation',
  messageKeys: ['messages.organisation.dpo-not-notified'],
  check(ctx, emit) {
    const dpo = dpoOf(ctx.ws);
    if (dpo === undefined || dpo.communicatedToAuthority) return [];
    return [
      emit(
        'messages.organisation.dpo-not-notified',
        { table: 'contacts', id: dpo.id, field: 'communicatedToAuthority', label: dpo.name },
        { dpo: dpo.name },
      ),
    ];
  },
});

export const supervisoryAuthorityMissing = defineRule({
  id: 'organisation.supervisory-authority-missing',
  article: 'Art. 13(2)(d), 14(2)(e), 77',
  severity: 'warning',
  scope: 'organisation',
  messageKeys: ['messages.organisation.supervisory-authority-missing'],
  check(ctx, emit) {
    // Only matters once the organisation publishes a policy, which must name where to complain.
    if (livePolicies(ctx).length === 0 || hasText(ctx.ws.organisation.supervisoryAuthority.name)) return [];
    return [emit('messages.organisation.supervisory-authority-missing', orgTarget(ctx, 'supervisoryAuthority.name'))];
  },
});

// ─── Activities: Art. 30(1) and 30(2) items ──────────────────────────────────────────────────────

const perControllerActivity =
  (check: (a: ControllerActivity) => Finding[]): ((ctx: Parameters<CheckRule['run']>[0]) => Finding[]) =>
  (ctx) =>
    checkedControllerActivities(ctx).flatMap(check);

const emptyListRule = (
  id: string,
  article: string,
  severity: 'error' | 'warning',
  field: keyof ControllerActivity,
  isEmpty: (a: ControllerActivity) => boolean,
): CheckRule => {
  const key = `messages.${id}`;
  return defineRule({
    id,
    article,
    severity,
    scope: 'activity',
    messageKeys: [key],
    check: (ctx, emit) =>
      perControllerActivity((a) => (isEmpty(a) ? [emit(key, activityTarget(a, field), { activity: a.name })] : []))(
        ctx,
      ),
  });
};

export const purposesMissing = emptyListRule(
  'activity.purposes-missing',
  'Art. 30(1)(b)',
  'error',
  'purposes',
  (a) => a.purposes.length === 0,
);
export const dataSubjectsMissing = emptyListRule(
  'activity.data-subjects-missing',
  'Art. 30(1)(c)',
  'error',
  'dataSubjectCategories',
  (a) => a.dataSubjectCategories.length === 0,
);
export const dataCategoriesMissing = emptyListRule(
  'activity.data-categories-missing',
  'Art. 30(1)(c)',
  'error',
  'dataCategories',
  (a) => a.dataCategories.length === 0,
);
/** Processors receive the data too (Art. 4(9)), so a linked processor counts as a recipient. */
export const recipientsMissing = defineRule({
  id: 'activity.recipients-missing',
  article: 'Art. 30(1)(d)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.activity.recipients-missing'],
  check: (ctx, emit) =>
    checkedControllerActivities(ctx).flatMap((a) =>
      a.recipientIds.some((id) => ctx.index.recipients.has(id)) ||
      a.processorIds.some((id) => ctx.index.processors.has(id))
        ? []
        : [emit('messages.activity.recipients-missing', activityTarget(a, 'recipientIds'), { activity: a.name })],
    ),
});

export const retentionMissing = defineRule({
  id: 'activity.retention-missing',
  article: 'Art. 30(1)(f), 13(2)(a)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.activity.retention-missing'],
  check: (ctx, emit) =>
    checkedControllerActivities(ctx).flatMap((a) =>
      a.dataCategories.flatMap((c, i) =>
        // A criterion ("until the end of our business relationship") is as good as a period (Art. 13(2)(a)).
        c.retention.period !== null || hasText(c.retention.criteria)
          ? []
          : [
              emit('messages.activity.retention-missing', activityTarget(a, `dataCategories.${i}.retention`), {
                activity: a.name,
                category: c.name,
              }),
            ],
      ),
    ),
});

export const securityMeasuresMissing = defineRule({
  id: 'activity.security-measures-missing',
  article: 'Art. 30(1)(g), 30(2)(d), 32(1)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.activity.security-measures-missing'],
  check: (ctx, emit) =>
    checkedActivities(ctx).flatMap((a) =>
      a.securityMeasureIds.some((id) => ctx.index.securityMeasures.has(id))
        ? []
        : [
            emit(
              'messages.activity.security-measures-missing',
              activityTarget(a, 'securityMeasureIds'),
              { activity: a.name },
              a.kind === 'controller' ? 'Art. 30(1)(g), 32(1)' : 'Art. 30(2)(d), 32(1)',
            ),
          ],
    ),
});

export const jointControllerContact = defineRule({
  id: 'activity.joint-controller-contact',
  article: 'Art. 30(1)(a), 26',
  severity: 'error',
  scope: 'activity',
  messageKeys: ['messages.activity.joint-controller-contact'],
  check: (ctx, emit) =>
    checkedControllerActivities(ctx).flatMap((a) =>
      a.jointControllers.flatMap((j, i) =>
        hasContactChannel(j)
          ? []
          : [
              emit('messages.activity.joint-controller-contact', activityTarget(a, `jointControllers.${i}.email`), {
                activity: a.name,
                jointController: j.name,
              }),
            ],
      ),
    ),
});

export const jointArrangementMissing = defineRule({
  id: 'activity.joint-arrangement-missing',
  article: 'Art. 26(2)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.activity.joint-arrangement-missing'],
  check: (ctx, emit) =>
    checkedControllerActivities(ctx).flatMap((a) =>
      a.jointControllers.flatMap((j, i) =>
        hasText(j.arrangementSummary)
          ? []
          : [
              emit(
                'messages.activity.joint-arrangement-missing',
                activityTarget(a, `jointControllers.${i}.arrangementSummary`),
                { activity: a.name, jointController: j.name },
              ),
            ],
      ),
    ),
});

export const sourcesMissing = emptyListRule(
  'activity.sources-missing',
  'Art. 14(2)(f)',
  'error',
  'sources',
  (a) => !a.collectedFromDataSubject && a.sources.length === 0,
);

export const provisionConsequenceMissing = defineRule({
  id: 'activity.provision-consequence-missing',
  article: 'Art. 13(2)(e)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: [
    'messages.activity.provision-consequence-missing',
    'messages.activity.provision-consequence-missing_point',
  ],
  check: (ctx, emit) =>
    checkedControllerActivities(ctx).flatMap((a) => {
      if (!a.collectedFromDataSubject) return [];
      const out: Finding[] = [];
      if (a.requirement !== null && a.requirement !== 'voluntary' && !hasText(a.consequenceOfNotProviding))
        out.push(
          emit('messages.activity.provision-consequence-missing', activityTarget(a, 'consequenceOfNotProviding'), {
            activity: a.name,
          }),
        );
      a.collectionPoints.forEach((cp, i) => {
        const required = cp.requirement ?? a.requirement;
        if (
          required !== null &&
          required !== 'voluntary' &&
          !hasText(cp.consequenceOfNotProviding) &&
          !hasText(a.consequenceOfNotProviding)
        )
          out.push(
            emit(
              'messages.activity.provision-consequence-missing_point',
              activityTarget(a, `collectionPoints.${i}.consequenceOfNotProviding`),
              { activity: a.name, point: cp.name },
            ),
          );
      });
      return out;
    }),
});

/**
 * Art. 13(2)(e): whether providing the data is required is a question the DPO answers; left
 * unanswered it is a gap, never printed as "optional" by default.
 */
export const provisionRequirementUnanswered = defineRule({
  id: 'activity.provision-requirement-unanswered',
  article: 'Art. 13(2)(e)',
  severity: 'warning',
  scope: 'activity',
  messageKeys: [
    'messages.activity.provision-requirement-unanswered',
    'messages.activity.provision-requirement-unanswered_point',
  ],
  check: (ctx, emit) =>
    checkedControllerActivities(ctx).flatMap((a) => {
      if (!a.collectedFromDataSubject || a.requirement !== null) return [];
      if (a.collectionPoints.length === 0)
        return [
          emit('messages.activity.provision-requirement-unanswered', activityTarget(a, 'requirement'), {
            activity: a.name,
          }),
        ];
      return a.collectionPoints.flatMap((cp, i) =>
        cp.requirement !== null
          ? []
          : [
              emit(
                'messages.activity.provision-requirement-unanswered_point',
                activityTarget(a, `collectionPoints.${i}.requirement`),
                { activity: a.name, point: cp.name },
              ),
            ],
      );
    }),
});

export const admInformationMissing = defineRule({
  id: 'activity.adm-information-missing',
  article: 'Art. 13(2)(f), 14(2)(g), 22',
  severity: 'error',
  scope: 'activity',
  messageKeys: ['messages.activity.adm-information-missing'],
  check: (ctx, emit) =>
    checkedControllerActivities(ctx).flatMap((a) => {
      const adm = a.automatedDecision;
      if (!adm.exists || (hasText(adm.logic) && hasText(adm.significance))) return [];
      const field = hasText(adm.logic) ? 'automatedDecision.significance' : 'automatedDecision.logic';
      return [emit('messages.activity.adm-information-missing', activityTarget(a, field), { activity: a.name })];
    }),
});

export const clientContact = defineRule({
  id: 'processor-activity.client-contact',
  article: 'Art. 30(2)(a)',
  severity: 'error',
  scope: 'activity',
  messageKeys: ['messages.processor-activity.client-contact'],
  check: (ctx, emit) =>
    checkedActivities(ctx).flatMap((a) =>
      a.kind === 'processor' && !hasContactChannel(a.client)
        ? [
            emit('messages.processor-activity.client-contact', activityTarget(a, 'client.email'), {
              activity: a.name,
              client: a.client.name,
            }),
          ]
        : [],
    ),
});

export const processingCategoriesMissing = defineRule({
  id: 'processor-activity.categories-missing',
  article: 'Art. 30(2)(b)',
  severity: 'error',
  scope: 'activity',
  messageKeys: ['messages.processor-activity.categories-missing'],
  check: (ctx, emit) =>
    checkedActivities(ctx).flatMap((a) =>
      a.kind === 'processor' && a.processingCategories.length === 0
        ? [
            emit('messages.processor-activity.categories-missing', activityTarget(a, 'processingCategories'), {
              activity: a.name,
              client: a.client.name,
            }),
          ]
        : [],
    ),
});

// ─── Purposes: Art. 6, 9, 10 ─────────────────────────────────────────────────────────────────────

const perPurpose = (
  emitFor: (a: ControllerActivity, purposeIndex: number) => Finding[],
): ((ctx: Parameters<CheckRule['run']>[0]) => Finding[]) =>
  perControllerActivity((a) => a.purposes.flatMap((_p, i) => emitFor(a, i)));

const purposeFinding = (emit: Emit, key: string, a: ControllerActivity, i: number, field: string): Finding =>
  emit(key, activityTarget(a, `purposes.${i}.${field}`), {
    activity: a.name,
    purpose: a.purposes[i]?.description ?? '',
  });

export const legitimateInterestMissing = defineRule({
  id: 'purpose.legitimate-interest-missing',
  article: 'Art. 6(1)(f), 13(1)(d), 14(2)(b)',
  severity: 'error',
  scope: 'activity',
  messageKeys: ['messages.purpose.legitimate-interest-missing'],
  check: (ctx, emit) =>
    perPurpose((a, i) => {
      const p = a.purposes[i];
      return p?.legalBasis === 'legitimate_interests' && !hasText(p.legitimateInterest)
        ? [purposeFinding(emit, 'messages.purpose.legitimate-interest-missing', a, i, 'legitimateInterest')]
        : [];
    })(ctx),
});

export const legitimateInterestPublicAuthority = defineRule({
  id: 'purpose.legitimate-interest-public-authority',
  article: 'Art. 6(1), second subparagraph',
  severity: 'warning',
  scope: 'activity',
  messageKeys: ['messages.purpose.legitimate-interest-public-authority'],
  check: (ctx, emit) =>
    ctx.ws.organisation.isPublicAuthority
      ? perPurpose((a, i) =>
          a.purposes[i]?.legalBasis === 'legitimate_interests'
            ? [purposeFinding(emit, 'messages.purpose.legitimate-interest-public-authority', a, i, 'legalBasis')]
            : [],
        )(ctx)
      : [],
});

export const legalReferenceMissing = defineRule({
  id: 'purpose.legal-reference-missing',
  article: 'Art. 6(3)',
  severity: 'info',
  scope: 'activity',
  messageKeys: ['messages.purpose.legal-reference-missing'],
  check: (ctx, emit) =>
    perPurpose((a, i) => {
      const p = a.purposes[i];
      return p !== undefined &&
        (p.legalBasis === 'legal_obligation' || p.legalBasis === 'public_task') &&
        !hasText(p.legalReference)
        ? [purposeFinding(emit, 'messages.purpose.legal-reference-missing', a, i, 'legalReference')]
        : [];
    })(ctx),
});

export const art9ConditionMissing = defineRule({
  id: 'purpose.art9-condition-missing',
  article: 'Art. 9(1), 9(2)',
  severity: 'error',
  scope: 'activity',
  messageKeys: ['messages.purpose.art9-condition-missing'],
  check: (ctx, emit) =>
    perPurpose((a, i) =>
      a.dataCategories.some((c) => c.specialCategory !== null) && a.purposes[i]?.art9Condition === null
        ? [purposeFinding(emit, 'messages.purpose.art9-condition-missing', a, i, 'art9Condition')]
        : [],
    )(ctx),
});

export const art10AuthorisationMissing = defineRule({
  id: 'purpose.art10-authorisation-missing',
  article: 'Art. 10',
  severity: 'error',
  scope: 'activity',
  messageKeys: ['messages.purpose.art10-authorisation-missing'],
  check: (ctx, emit) =>
    perPurpose((a, i) =>
      a.dataCategories.some((c) => c.criminalOffence) && !hasText(a.purposes[i]?.art10Authorisation)
        ? [purposeFinding(emit, 'messages.purpose.art10-authorisation-missing', a, i, 'art10Authorisation')]
        : [],
    )(ctx),
});

export const RECORD_RULES: readonly CheckRule[] = [
  controllerContact,
  representativeMissing,
  dpoContact,
  dpoNotPublished,
  dpoNotNotified,
  supervisoryAuthorityMissing,
  purposesMissing,
  dataSubjectsMissing,
  dataCategoriesMissing,
  recipientsMissing,
  retentionMissing,
  securityMeasuresMissing,
  jointControllerContact,
  jointArrangementMissing,
  sourcesMissing,
  provisionConsequenceMissing,
  provisionRequirementUnanswered,
  admInformationMissing,
  clientContact,
  processingCategoriesMissing,
  legitimateInterestMissing,
  legitimateInterestPublicAuthority,
  legalReferenceMissing,
  art9ConditionMissing,
  art10AuthorisationMissing,
];
