import { isAppropriateSafeguard } from '../legal';
import { adequacyDecisionFor, isThirdCountry } from '../reference';
import { resolveIds } from '../workspace';
import {
  activityTarget,
  checkedActivities,
  checkedControllerActivities,
  countryIsAdequate,
  defineRule,
  hasText,
  subProcessorsInUseBy,
  subProcessorsUsedBy,
  topProcessorOf,
  transfersCoveringProcessor,
  transfersOf,
  transfersTo,
} from './helpers';
import type { CheckContext, CheckRule, FindingTarget } from './types';
import type { Transfer } from '../transfer';

const transferTarget = (t: Transfer, field: string): FindingTarget => ({
  table: 'transfers',
  id: t.id,
  field,
  label: t.recipientName,
});

/** Transfers used by at least one activity the checks look at (an unused transfer misleads nobody). */
const usedTransfers = (ctx: CheckContext): Transfer[] => {
  const ids = new Set(checkedActivities(ctx).flatMap((a) => a.transferIds));
  return [...ctx.index.transfers.values()].filter((t) => ids.has(t.id));
};

const coversCountry = (transfers: readonly Transfer[], country: string): boolean =>
  transfers.some((t) => t.destinationType === 'country' && t.country === country);

/**
 * A recipient in a third country needs adequacy or a Chapter V tool (Art. 44). Recipients carry no DPF
 * flag, so a US recipient counts as covered only through a recorded transfer: one of the activity's,
 * or one pointing at the recipient's record.
 */
export const recipientThirdCountryUncovered = defineRule({
  id: 'recipient.third-country-uncovered',
  article: 'Art. 44, 45, 46, 30(1)(e)',
  severity: 'error',
  scope: 'recipient',
  messageKeys: ['messages.recipient.third-country-uncovered'],
  check: (ctx, emit) =>
    checkedControllerActivities(ctx).flatMap((a) =>
      resolveIds(a.recipientIds, ctx.index.recipients)
        .filter((r) => isThirdCountry(r.country) && !countryIsAdequate(r.country, false))
        .filter((r) => !coversCountry([...transfersOf(ctx, a), ...transfersTo(ctx, r)], r.country))
        .map((r) =>
          emit('messages.recipient.third-country-uncovered', activityTarget(a, 'transferIds'), {
            activity: a.name,
            recipient: r.name,
            country: r.country,
          }),
        ),
    ),
});

export const processorThirdCountryUncovered = defineRule({
  id: 'processor.third-country-uncovered',
  article: 'Art. 28, 44, 46, 30(1)(e)',
  severity: 'error',
  scope: 'processor',
  messageKeys: ['messages.processor.third-country-uncovered'],
  check: (ctx, emit) =>
    checkedActivities(ctx).flatMap((a) =>
      resolveIds(a.processorIds, ctx.index.processors).flatMap((p) =>
        p.countries
          .filter((c) => !countryIsAdequate(c, p.dpfCertified))
          .filter((c) => !coversCountry([...transfersOf(ctx, a), ...transfersCoveringProcessor(ctx, p)], c))
          .map((c) =>
            emit('messages.processor.third-country-uncovered', activityTarget(a, 'transferIds'), {
              activity: a.name,
              processor: p.name,
              country: c,
            }),
          ),
      ),
    ),
});

export const subProcessorThirdCountry = defineRule({
  id: 'processor.sub-processor-third-country',
  article: 'Art. 28(4), 44, 46',
  severity: 'error',
  scope: 'processor',
  messageKeys: ['messages.processor.sub-processor-third-country'],
  check: (ctx, emit) => {
    const seen = new Set<string>();
    return checkedActivities(ctx).flatMap((a) =>
      subProcessorsUsedBy(ctx, a).flatMap((sp) => {
        if (seen.has(sp.id)) return [];
        seen.add(sp.id);
        const parent = sp.parentProcessorId === null ? undefined : ctx.index.processors.get(sp.parentProcessorId);
        return sp.countries
          .filter((c) => !countryIsAdequate(c, sp.dpfCertified))
          .filter((c) => !coversCountry(transfersCoveringProcessor(ctx, sp), c))
          .map((c) =>
            emit(
              'messages.processor.sub-processor-third-country',
              { table: 'processors', id: sp.id, field: 'countries', label: sp.name },
              { subProcessor: sp.name, processor: parent?.name ?? topProcessorOf(ctx, sp).name, country: c },
            ),
          );
      }),
    );
  },
});

export const usAdequacyWithoutDpf = defineRule({
  id: 'transfer.us-adequacy-without-dpf',
  article: 'Art. 45; Decision (EU) 2023/1795',
  severity: 'error',
  scope: 'transfer',
  messageKeys: ['messages.transfer.us-adequacy-without-dpf'],
  check: (ctx, emit) =>
    usedTransfers(ctx)
      .filter(
        (t) => t.destinationType === 'country' && t.country === 'US' && t.mechanism === 'adequacy' && !t.dpfCertified,
      )
      .map((t) =>
        emit('messages.transfer.us-adequacy-without-dpf', transferTarget(t, 'dpfCertified'), {
          recipient: t.recipientName,
        }),
      ),
});

export const adequacyWithoutDecision = defineRule({
  id: 'transfer.adequacy-without-decision',
  article: 'Art. 45',
  severity: 'error',
  scope: 'transfer',
  messageKeys: ['messages.transfer.adequacy-without-decision'],
  check: (ctx, emit) =>
    usedTransfers(ctx)
      .filter(
        (t) =>
          t.destinationType === 'country' &&
          t.mechanism === 'adequacy' &&
          isThirdCountry(t.country) &&
          adequacyDecisionFor(t.country) === undefined,
      )
      .map((t) =>
        emit('messages.transfer.adequacy-without-decision', transferTarget(t, 'mechanism'), {
          recipient: t.recipientName,
          country: t.country,
        }),
      ),
});

export const art49Documentation = defineRule({
  id: 'transfer.art49-documentation',
  article: 'Art. 49(1) second subparagraph, 49(6), 30(1)(e)',
  severity: 'error',
  scope: 'transfer',
  messageKeys: ['messages.transfer.art49-documentation'],
  check: (ctx, emit) =>
    usedTransfers(ctx)
      .filter((t) => t.mechanism === 'compelling_legitimate_interest')
      .filter((t) => !hasText(t.compellingInterest) || !hasText(t.art49Assessment))
      .map((t) =>
        emit(
          'messages.transfer.art49-documentation',
          transferTarget(t, hasText(t.compellingInterest) ? 'art49Assessment' : 'compellingInterest'),
          { recipient: t.recipientName },
        ),
      ),
});

export const safeguardsCopyMissing = defineRule({
  id: 'transfer.safeguards-copy-missing',
  article: 'Art. 13(1)(f), 14(1)(f)',
  severity: 'warning',
  scope: 'transfer',
  messageKeys: ['messages.transfer.safeguards-copy-missing'],
  check: (ctx, emit) =>
    usedTransfers(ctx)
      .filter((t) => isAppropriateSafeguard(t.mechanism) && !hasText(t.safeguardsCopy))
      .map((t) =>
        emit('messages.transfer.safeguards-copy-missing', transferTarget(t, 'safeguardsCopy'), {
          recipient: t.recipientName,
        }),
      ),
});

/** Art. 28(3): each processor the organisation engages directly works under a signed contract. */
export const dpaMissing = defineRule({
  id: 'processor.dpa-missing',
  article: 'Art. 28(3)',
  severity: 'error',
  scope: 'processor',
  messageKeys: ['messages.processor.dpa-missing'],
  check: (ctx, emit) =>
    [...ctx.index.processors.values()]
      .filter((p) => p.parentProcessorId === null && !p.dpa.signed)
      .map((p) =>
        emit(
          'messages.processor.dpa-missing',
          { table: 'processors', id: p.id, field: 'dpa.signed', label: p.name },
          { processor: p.name },
        ),
      ),
});

/**
 * Art. 28(2) and 28(4): a sub-processor engaged by a processor works under a contract imposing the
 * same obligations. A sub-processor inherits the activities of its parent: once one of them uses the
 * chain (or links the sub-processor itself), its missing contract is a gap of the record, as the
 * parent's would be.
 */
export const subProcessorDpaMissing = defineRule({
  id: 'processor.sub-processor-dpa-missing',
  article: 'Art. 28(2), 28(4)',
  severity: 'error',
  scope: 'processor',
  messageKeys: ['messages.processor.sub-processor-dpa-missing'],
  check: (ctx, emit) => {
    const seen = new Set<string>();
    return checkedActivities(ctx).flatMap((a) =>
      subProcessorsInUseBy(ctx, a).flatMap((sp) => {
        if (seen.has(sp.id) || sp.dpa.signed) return [];
        seen.add(sp.id);
        const parent = sp.parentProcessorId === null ? undefined : ctx.index.processors.get(sp.parentProcessorId);
        return [
          emit(
            'messages.processor.sub-processor-dpa-missing',
            { table: 'processors', id: sp.id, field: 'dpa.signed', label: sp.name },
            { subProcessor: sp.name, processor: parent?.name ?? topProcessorOf(ctx, sp).name },
          ),
        ];
      }),
    );
  },
});

export const TRANSFER_RULES: readonly CheckRule[] = [
  recipientThirdCountryUncovered,
  processorThirdCountryUncovered,
  subProcessorThirdCountry,
  usAdequacyWithoutDpf,
  adequacyWithoutDecision,
  art49Documentation,
  safeguardsCopyMissing,
  dpaMissing,
  subProcessorDpaMissing,
];
