import { isLive, type Activity, type EntityTable, type Workspace } from '../../domain';
import {
  ruleById,
  SEVERITIES,
  type CheckReport,
  type Completeness,
  type Finding,
  type RuleScope,
  type Severity,
} from '../../domain/checks';
import { REMINDER_RULES } from '../../domain/checks/reminders';

/** Rule scopes in the order the filter shows them. */
export const RULE_SCOPES: readonly RuleScope[] = [
  'activity',
  'organisation',
  'processor',
  'transfer',
  'recipient',
  'policy',
  'breach',
  'request',
];

/** Reminders (review overdue, agreement ending) are dated follow-ups, shown apart from the gaps. */
const REMINDER_RULE_IDS: ReadonlySet<string> = new Set(REMINDER_RULES.map((r) => r.id));
export const isReminder = (f: Finding): boolean => REMINDER_RULE_IDS.has(f.ruleId);

export const scopeOf = (f: Finding): RuleScope => ruleById(f.ruleId)?.scope ?? 'activity';

export interface FindingFilter {
  /** Severities shown; all three by default. */
  severities: ReadonlySet<Severity>;
  /** null: every scope. */
  scope: RuleScope | null;
}

export const ALL_FINDINGS: FindingFilter = { severities: new Set(SEVERITIES), scope: null };

export const applyFilter = (findings: readonly Finding[], filter: FindingFilter): Finding[] =>
  findings.filter((f) => filter.severities.has(f.severity) && (filter.scope === null || scopeOf(f) === filter.scope));

export type GroupBy = 'severity' | 'record';

export interface FindingGroup {
  /** Stable key for React and for tests. */
  key: string;
  /** 'severity' groups carry their severity; 'record' groups their record. */
  severity?: Severity;
  record?: { table: EntityTable; id: string; label: string };
  findings: Finding[];
}

/** Findings (already sorted by the engine) into groups, worst first; empty groups are left out. */
export const groupFindings = (findings: readonly Finding[], by: GroupBy): FindingGroup[] => {
  if (by === 'severity')
    return SEVERITIES.map((severity) => ({
      key: `severity-${severity}`,
      severity,
      findings: findings.filter((f) => f.severity === severity),
    })).filter((g) => g.findings.length > 0);
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.target.table}-${f.target.id}`;
    const group = groups.get(key) ?? {
      key,
      record: { table: f.target.table, id: f.target.id, label: f.target.label },
      findings: [],
    };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
};

export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
  info: findings.filter((f) => f.severity === 'info').length,
});

export interface ActivityScore {
  activity: Activity;
  completeness: Completeness;
}

/** Activities the checks look at: live and not retired (the engine skips retired ones too). */
export const checkedActivitiesOf = (ws: Workspace): Activity[] =>
  ws.activities.filter((a) => isLive(a) && a.status !== 'retired');

/** Least complete first, then by name: what needs work comes to the top. */
export const sortScores = (scores: readonly ActivityScore[], lang: string): ActivityScore[] =>
  [...scores].sort(
    (a, b) => a.completeness.score - b.completeness.score || a.activity.name.localeCompare(b.activity.name, lang),
  );

/**
 * The record's overall completeness: applicable Art. 30 items present over applicable items, across
 * all checked activities (an activity with many items weighs more than one with few). Null without activities.
 */
export const overallCompleteness = (scores: readonly ActivityScore[]): number | null => {
  const applicable = scores.reduce((n, s) => n + s.completeness.applicable, 0);
  if (scores.length === 0) return null;
  if (applicable === 0) return 100;
  const present = scores.reduce((n, s) => n + s.completeness.present, 0);
  return Math.round((100 * present) / applicable);
};

export interface ChecksView {
  /** Gaps: everything but the reminders. */
  gaps: Finding[];
  reminders: Finding[];
  counts: Record<Severity, number>;
}

export const splitReport = (report: CheckReport): ChecksView => {
  const gaps = report.findings.filter((f) => !isReminder(f));
  return { gaps, reminders: report.findings.filter(isReminder), counts: countBySeverity(gaps) };
};
