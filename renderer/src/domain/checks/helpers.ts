import type { Address } from '../common';
import type { ControllerActivity, Activity } from '../activity';
import type { PolicySetting } from '../document-setting';
import type { Processor } from '../processor';
import { adequacyOf, isAdequate, isThirdCountry } from '../reference';
import type { Transfer } from '../transfer';
import { isLive, resolveIds } from '../workspace';
import type { CheckContext, CheckRule, Finding, FindingParams, FindingTarget } from './types';

/** Makes a finding of the rule being defined; `article` narrows the rule's article when it lists several. */
export type Emit = (messageKey: string, target: FindingTarget, params?: FindingParams, article?: string) => Finding;

/**
 * Define a rule from its data and a check function. The emit helper stamps the rule's id and severity
 * on each finding and refuses a message key the rule did not declare, so the message catalogue test
 * covers everything a rule can say.
 */
export const defineRule = (
  spec: Omit<CheckRule, 'run'> & { check: (ctx: CheckContext, emit: Emit) => Finding[] },
): CheckRule => {
  const emit: Emit = (messageKey, target, params = {}, article = spec.article) => {
    if (!spec.messageKeys.includes(messageKey))
      throw new Error(`Rule ${spec.id} emitted the undeclared message key "${messageKey}".`);
    return { ruleId: spec.id, severity: spec.severity, article, messageKey, params, target };
  };
  const { check, ...data } = spec;
  return { ...data, run: (ctx) => check(ctx, emit) };
};

export const hasText = (s: string | undefined | null): boolean => (s ?? '').trim() !== '';

/** A postal address is usable as a contact channel once it says at least where (street or city). */
export const hasAddress = (a: Address): boolean => hasText(a.street) || hasText(a.city);

/** At least one way to reach someone: what Art. 30(1)(a) and 13(1)(a) mean by "contact details". */
export const hasContactChannel = (c: { email: string; phone: string; address: Address }): boolean =>
  hasText(c.email) || hasText(c.phone) || hasAddress(c.address);

/** Activities the checks look at: live and not retired (a retired activity is no longer carried out). */
export const checkedActivities = (ctx: CheckContext): Activity[] =>
  ctx.ws.activities.filter((a) => isLive(a) && a.status !== 'retired');
export const checkedControllerActivities = (ctx: CheckContext): ControllerActivity[] =>
  checkedActivities(ctx).filter((a): a is ControllerActivity => a.kind === 'controller');

export const livePolicies = (ctx: CheckContext): PolicySetting[] =>
  ctx.ws.documents.filter((d): d is PolicySetting => d.kind === 'privacy_policy' && isLive(d));

export const activityTarget = (a: Activity, field?: string): FindingTarget =>
  field === undefined
    ? { table: 'activities', id: a.id, label: a.name }
    : { table: 'activities', id: a.id, field, label: a.name };

export const policyTarget = (p: PolicySetting, field?: string): FindingTarget =>
  field === undefined
    ? { table: 'documents', id: p.id, label: p.title }
    : { table: 'documents', id: p.id, field, label: p.title };

/** Is a destination country reachable without a Chapter V tool of its own (EEA or adequacy)? */
export const countryIsAdequate = (country: string, dpfCertified: boolean): boolean =>
  !isThirdCountry(country) ||
  isAdequate(adequacyOf({ destinationType: 'country', country, internationalOrganisation: '', dpfCertified }));

/** Transfers linked to an activity (live ones only). */
export const transfersOf = (ctx: CheckContext, a: Activity): Transfer[] =>
  resolveIds(a.transferIds, ctx.index.transfers);

/**
 * Lookups derived once per run of the checks, so rules that ask "who uses this processor?" or
 * "what is below it?" stay linear in the size of the record instead of scanning it per question.
 */
interface Derived {
  usersOfProcessor: Map<string, Activity[]>;
  /** Transfers by the id of the processor or recipient record they point at (domain/transfer.ts). */
  transfersByRecord: Map<string, Transfer[]>;
  /** Transfers pointing at no record (written before links, matching none): by their typed name. */
  unlinkedTransfersByName: Map<string, Transfer[]>;
  childrenOf: Map<string, Processor[]>;
}
const derivedCache = new WeakMap<CheckContext, Derived>();
const append = <V>(map: Map<string, V[]>, key: string, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
const normalisedName = (name: string): string => name.trim().toLowerCase();
const derived = (ctx: CheckContext): Derived => {
  const cached = derivedCache.get(ctx);
  if (cached) return cached;
  const d: Derived = {
    usersOfProcessor: new Map(),
    transfersByRecord: new Map(),
    unlinkedTransfersByName: new Map(),
    childrenOf: new Map(),
  };
  for (const a of checkedActivities(ctx)) for (const id of new Set(a.processorIds)) append(d.usersOfProcessor, id, a);
  for (const t of ctx.index.transfers.values()) {
    const record = t.processorId ?? t.recipientId;
    if (record !== null) append(d.transfersByRecord, record, t);
    else append(d.unlinkedTransfersByName, normalisedName(t.recipientName), t);
  }
  for (const p of ctx.ws.processors)
    if (isLive(p) && p.parentProcessorId !== null) append(d.childrenOf, p.parentProcessorId, p);
  derivedCache.set(ctx, d);
  return d;
};

/**
 * Transfers recorded as going to this processor or recipient: those pointing at its record, and,
 * from before links, those pointing at no record whose typed name is its name. A transfer pointing
 * at another record of the same name is that record's, not this one's.
 */
export const transfersTo = (ctx: CheckContext, record: { id: string; name: string }): Transfer[] => {
  const { transfersByRecord, unlinkedTransfersByName } = derived(ctx);
  return [
    ...(transfersByRecord.get(record.id) ?? []),
    ...(unlinkedTransfersByName.get(normalisedName(record.name)) ?? []),
  ];
};

/**
 * Transfers that can cover data going to a processor or sub-processor: those linked to an activity
 * using the processor (or the processor above it), and those recorded with the processor as recipient.
 */
export const transfersCoveringProcessor = (ctx: CheckContext, p: Processor): Transfer[] => {
  const { usersOfProcessor } = derived(ctx);
  const chainTop = topProcessorOf(ctx, p);
  const users = new Set([...(usersOfProcessor.get(chainTop.id) ?? []), ...(usersOfProcessor.get(p.id) ?? [])]);
  const linked = [...users].flatMap((a) => transfersOf(ctx, a));
  return [...linked, ...transfersTo(ctx, p)];
};

/** Follow parentProcessorId up to the processor engaged directly by the organisation. */
export const topProcessorOf = (ctx: CheckContext, p: Processor): Processor => {
  let current = p;
  const seen = new Set<string>([p.id]);
  while (current.parentProcessorId !== null) {
    const parent = ctx.index.processors.get(current.parentProcessorId);
    if (parent === undefined || seen.has(parent.id)) break;
    seen.add(parent.id);
    current = parent;
  }
  return current;
};

/**
 * Sub-processors an activity works with (Art. 28(2), (4)): those it links itself (a processor with a
 * parent, linked without it or beside it) and the whole chain below each processor it links.
 */
export const subProcessorsInUseBy = (ctx: CheckContext, a: Activity): Processor[] => {
  const direct = resolveIds(a.processorIds, ctx.index.processors).filter((p) => p.parentProcessorId !== null);
  const byId = new Map<string, Processor>();
  for (const p of [...direct, ...subProcessorsUsedBy(ctx, a)]) if (!byId.has(p.id)) byId.set(p.id, p);
  return [...byId.values()];
};

/** Sub-processors (the whole chain, depth first) of the processors an activity uses. */
export const subProcessorsUsedBy = (ctx: CheckContext, a: Activity): Processor[] => {
  const { childrenOf } = derived(ctx);
  return resolveIds(a.processorIds, ctx.index.processors).flatMap((top) => {
    const out: Processor[] = [];
    const seen = new Set<string>([top.id]);
    const walk = (id: string): void => {
      for (const child of childrenOf.get(id) ?? []) {
        if (seen.has(child.id)) continue;
        seen.add(child.id);
        out.push(child);
        walk(child.id);
      }
    };
    walk(top.id);
    return out;
  });
};

export const isConsentBased = (a: ControllerActivity): boolean =>
  a.purposes.some((p) => p.legalBasis === 'consent' || p.art9Condition === 'explicit_consent');

/** An override that replaces a generated section with nothing removes that section from the policy. */
export const sectionRemoved = (p: PolicySetting, key: keyof PolicySetting['overrides']): boolean => {
  const o = p.overrides[key];
  return o !== undefined && o.mode === 'replace' && !hasText(o.text);
};

/** Text that replaces a generated section (append keeps the generated text, so it is not "replaced"). */
export const replacedText = (p: PolicySetting, key: keyof PolicySetting['overrides']): string | null => {
  const o = p.overrides[key];
  return o !== undefined && o.mode === 'replace' ? o.text : null;
};

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The same calendar day `months` months earlier (clamped to the month's last day). */
export const monthsBefore = (date: string, months: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
};
