import { z } from 'zod';
import type { EntityTable } from '../audit';
import type { PolicySetting } from '../document-setting';
import { activitiesInPolicyScope } from '../policy-scope';
import { indexWorkspace, subProcessorsOf, type Workspace } from '../workspace';
import { CheckInputError } from './errors';
import { ALL_RULES } from './rules';
import {
  SEVERITIES,
  type CheckContext,
  type CheckReport,
  type CheckRule,
  type Finding,
  type Severity,
  type TargetGroup,
} from './types';
import { recordOf } from '../values';

export interface CheckOptions {
  /** Today's date, YYYY-MM-DD. Passed in so reminders are reproducible (no hidden clock). */
  today: string;
  /** Rules to run; all of them by default. */
  rules?: readonly CheckRule[];
}

const todaySchema = z.iso.date({ error: "Checks need today's date as YYYY-MM-DD, such as 2026-05-25." });

export const buildCheckContext = (ws: Workspace, today: string): CheckContext => {
  const parsed = todaySchema.safeParse(today);
  if (!parsed.success)
    throw new CheckInputError(`${parsed.error.issues[0]?.message ?? 'Invalid date.'} Received "${today}".`);
  return { ws, index: indexWorkspace(ws), today: parsed.data };
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A stable identity for a finding (React keys, "dismissed" lists, de-duplication). */
export const findingKey = (f: Finding): string =>
  [f.ruleId, f.target.table, f.target.id, f.target.field ?? '', f.messageKey, JSON.stringify(f.params)].join('|');

const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
  a.target.label.localeCompare(b.target.label) ||
  a.ruleId.localeCompare(b.ruleId) ||
  (a.target.field ?? '').localeCompare(b.target.field ?? '', undefined, { numeric: true });

const emptyBySeverity = (): Record<Severity, Finding[]> => ({ error: [], warning: [], info: [] });

/** Group and sort findings into a report. */
export const toReport = (today: string, raw: readonly Finding[]): CheckReport => {
  const unique = [...new Map(raw.map((f) => [findingKey(f), f])).values()].sort(compareFindings);
  const bySeverity = emptyBySeverity();
  const groups = new Map<string, TargetGroup>();
  for (const f of unique) {
    bySeverity[f.severity].push(f);
    const key = `${f.target.table}|${f.target.id}`;
    const group = groups.get(key) ?? {
      target: { table: f.target.table, id: f.target.id, label: f.target.label },
      findings: [],
    };
    group.findings.push(f);
    groups.set(key, group);
  }
  const counts = recordOf(SEVERITIES, (s) => bySeverity[s].length);
  // Findings are sorted by severity first, so insertion order already puts the worst groups first.
  return { today, findings: unique, bySeverity, byTarget: [...groups.values()], counts };
};

/** Run every rule over one organisation's record. Throws CheckInputError for a malformed `today`. */
export const runChecks = (ws: Workspace, options: CheckOptions): CheckReport => {
  const ctx = buildCheckContext(ws, options.today);
  return toReport(
    ctx.today,
    (options.rules ?? ALL_RULES).flatMap((r) => r.run(ctx)),
  );
};

/** Findings about one record, for a badge next to it. */
export const findingsFor = (report: CheckReport, table: EntityTable, id: string): Finding[] =>
  report.findings.filter((f) => f.target.table === table && f.target.id === id);

/** The worst severity among findings, or null when there are none (badge colour). */
export const worstSeverity = (findings: readonly Finding[]): Severity | null =>
  SEVERITIES.find((s) => findings.some((f) => f.severity === s)) ?? null;

/**
 * Findings an export of this policy should warn about: those on the policy itself, on the activities
 * it covers, on the organisation and its contacts, and on the processors and transfers those
 * activities use (down the sub-processor chain).
 */
export const findingsForPolicy = (ws: Workspace, report: CheckReport, policy: PolicySetting): Finding[] => {
  const activities = activitiesInPolicyScope(ws, policy);
  const ids = new Set<string>([
    policy.id,
    ws.organisation.id,
    ...ws.contacts.map((c) => c.id),
    ...activities.flatMap((a) => [a.id, ...a.processorIds, ...a.transferIds]),
    ...activities.flatMap((a) => a.processorIds.flatMap((id) => subProcessorsOf(id, ws.processors).map((p) => p.id))),
  ]);
  return report.findings.filter(
    (f) => ids.has(f.target.id) && (f.target.table !== 'documents' || f.target.id === policy.id),
  );
};
