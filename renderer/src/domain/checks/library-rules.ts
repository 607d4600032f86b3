import type { Processor } from '../processor';
import { defineRule, monthsBefore } from './helpers';
import type { CheckRule, FindingTarget } from './types';

/**
 * How long the processor library's facts are trusted. A provider's entity, hosting, DPA and
 * sub-processors change; Art. 28(1) asks the controller to use only processors giving sufficient
 * guarantees, which the DPO re-checks at least at each yearly review (Art. 5(2), 24(1)).
 */
export const LIBRARY_FACTS_VALID_MONTHS = 12;
/**
 * When a processor relies on the EU–US Data Privacy Framework, its certification is looked up
 * again after this many months: organisations re-certify every year and drop off the DPF List when
 * they do not (DPF Principles, Supplemental Principle 6 "Self-Certification"); the adequacy
 * decision itself (EU) 2023/1795 is under appeal (assets/reference-data/adequacy.json).
 */
export const DPF_RECHECK_MONTHS = 6;

const libraryTarget = (p: Processor, field: string): FindingTarget => ({
  table: 'processors',
  id: p.id,
  field,
  label: p.name,
});

export const libraryEntryStale = defineRule({
  id: 'processor.library-entry-stale',
  article: 'Art. 28(1), 5(2)',
  severity: 'warning',
  scope: 'processor',
  messageKeys: ['messages.processor.library-entry-stale'],
  check: (ctx, emit) => {
    const limit = monthsBefore(ctx.today, LIBRARY_FACTS_VALID_MONTHS);
    return [...ctx.index.processors.values()].flatMap((p) =>
      p.library !== null && p.library.checkedOn < limit
        ? [
            emit('messages.processor.library-entry-stale', libraryTarget(p, 'notes'), {
              processor: p.name,
              date: p.library.checkedOn,
              months: LIBRARY_FACTS_VALID_MONTHS,
            }),
          ]
        : [],
    );
  },
});

export const libraryDpfRecheck = defineRule({
  id: 'processor.library-dpf-recheck',
  article: 'Art. 45; Decision (EU) 2023/1795',
  severity: 'info',
  scope: 'processor',
  messageKeys: ['messages.processor.library-dpf-recheck'],
  check: (ctx, emit) => {
    const limit = monthsBefore(ctx.today, DPF_RECHECK_MONTHS);
    return [...ctx.index.processors.values()].flatMap((p) =>
      p.library !== null && p.dpfCertified && p.library.checkedOn < limit
        ? [
            emit('messages.processor.library-dpf-recheck', libraryTarget(p, 'dpfCertified'), {
              processor: p.name,
              date: p.library.checkedOn,
            }),
          ]
        : [],
    );
  },
});

export const LIBRARY_RULES: readonly CheckRule[] = [libraryEntryStale, libraryDpfRecheck];
