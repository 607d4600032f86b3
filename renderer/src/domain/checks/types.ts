import type { EntityTable } from '../audit';
import type { Workspace, WorkspaceIndex } from '../workspace';

/**
 * error: a legal requirement is not met (a regulator would call it a breach);
 * warning: a "where possible" item or a likely problem the DPO should look at;
 * info: a reminder or a point to document, nothing unlawful by itself.
 */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What kind of record a rule looks at; the Checks screen groups rules by it. */
export type RuleScope =
  'activity' | 'organisation' | 'processor' | 'transfer' | 'policy' | 'recipient' | 'breach' | 'request';

/** The record (and the field in it) a DPO opens to fix a finding. */
export interface FindingTarget {
  table: EntityTable;
  id: string;
  /**
   * Dotted path, inside that record, of the field that fixes the finding, e.g.
   * 'purposes.1.legitimateInterest' or 'dataCategories.0.retention'. Absent when the fix is to add a
   * record elsewhere (e.g. a representative contact).
   */
  field?: string;
  /** The record's name as the DPO knows it (activity name, processor name, policy title…). */
  label: string;
}

/** Values interpolated into the message ({{name}} in assets/i18n/<lang>/checks.json). */
export type FindingParams = Record<string, string | number>;

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** The provision the finding is about, e.g. 'Art. 30(1)(f)'. */
  article: string;
  /** Key in the `checks` i18n namespace: what is wrong, under which article, what to do. */
  messageKey: string;
  params: FindingParams;
  target: FindingTarget;
}

/** Everything a rule may read. Built once per run; rules never see a clock other than `today`. */
export interface CheckContext {
  ws: Workspace;
  index: WorkspaceIndex;
  /** YYYY-MM-DD, passed in by the caller so results are reproducible. */
  today: string;
}

/** A rule is data (id, article, severity, scope, the message keys it may emit) plus a small function. */
export interface CheckRule {
  id: string;
  article: string;
  severity: Severity;
  scope: RuleScope;
  /** Every messageKey this rule can put in a finding (tests check they exist in EN and FR). */
  messageKeys: readonly string[];
  run(ctx: CheckContext): Finding[];
}

export interface TargetGroup {
  target: Omit<FindingTarget, 'field'>;
  findings: Finding[];
}

export interface CheckReport {
  today: string;
  /** All findings, errors first, then by target label. */
  findings: Finding[];
  bySeverity: Record<Severity, Finding[]>;
  /** One group per record, in the order of its worst finding; for badges and the Checks screen. */
  byTarget: TargetGroup[];
  counts: Record<Severity, number>;
}
