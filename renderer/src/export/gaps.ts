import type { ActivityStatus } from '../domain/activity';
import { findingsForPolicy, runChecks, type Finding } from '../domain/checks';
import type { PolicySetting } from '../domain/document-setting';
import { controllerActivities, isLive, processorActivities, type Workspace } from '../domain/workspace';
import type { RegisterKind } from './register';

/**
 * Which findings of the checks a document would go out with. Run by the export worker on the
 * record it reads, before it builds, so the window never runs the checks over a large record.
 */

/** Severities that mean the document has a gap; "info" findings are reminders, not gaps. */
const isGap = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

export interface RegisterScope {
  register: RegisterKind;
  includeRetired: boolean;
  departments: readonly string[];
  statuses: readonly ActivityStatus[];
}

/** The activities a register export would list with these options (same filters as the builder). */
export const activitiesInRegister = (ws: Workspace, scope: RegisterScope) => {
  const all = scope.register === 'controller' ? controllerActivities(ws) : processorActivities(ws);
  return all.filter(
    (a) =>
      isLive(a) &&
      (scope.includeRetired || a.status !== 'retired') &&
      (scope.departments.length === 0 || scope.departments.includes(a.department)) &&
      (scope.statuses.length === 0 || scope.statuses.includes(a.status)),
  );
};

/**
 * Gaps an Art. 30 register would go out with: findings on the organisation, its contacts, the
 * activities it lists and the processors and transfers those use. Policy findings are not about
 * the register.
 */
export const registerGaps = (ws: Workspace, scope: RegisterScope, today: string): Finding[] => {
  const report = runChecks(ws, { today });
  const activities = activitiesInRegister(ws, scope);
  const ids = new Set<string>([
    ws.organisation.id,
    ...ws.contacts.map((c) => c.id),
    ...activities.flatMap((a) => [a.id, ...a.processorIds, ...a.transferIds]),
  ]);
  return report.findings.filter((f) => isGap(f) && f.target.table !== 'documents' && ids.has(f.target.id));
};

/** Gaps a privacy policy would go out with (the checks engine decides what concerns the policy). */
export const policyGaps = (ws: Workspace, policy: PolicySetting, today: string): Finding[] =>
  findingsForPolicy(ws, runChecks(ws, { today }), policy).filter(isGap);
