import type { ActivityStatus } from '../domain/activity';
import { findingsForPolicy, runChecks, type Finding } from '../domain/checks';
import { toReport } from '../domain/checks/engine';
import { TRANSLATION_RULE_ID, translationFindings } from '../domain/checks/translation-rules';
import type { Language } from '../domain/common';
import type { PolicySetting } from '../domain/document-setting';
import { activitiesInPolicyScope } from '../domain/policy-scope';
import {
  controllerActivities,
  isLive,
  processorActivities,
  subProcessorsOf,
  type Workspace,
} from '../domain/workspace';
import type { RegisterKind } from './register';

/**
 * Which findings of the checks a document would go out with. Run by the export worker on the
 * record it reads, before it builds, so the window never runs the checks over a large record.
 */

/**
 * Severities that mean the document has a gap; "info" findings are reminders, not gaps. The checks'
 * translation findings cover every document language; a document has those of its own language
 * only, added by the functions below.
 */
const isGap = (f: Finding): boolean =>
  (f.severity === 'error' || f.severity === 'warning') && f.ruleId !== TRANSLATION_RULE_ID;

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
 * activities it lists and the processors (down the sub-processor chain, which the register prints
 * under each processor) and transfers those use. Policy findings are not about the register.
 */
export const registerGaps = (ws: Workspace, scope: RegisterScope, today: string, language?: Language): Finding[] => {
  const report = runChecks(ws, { today });
  const activities = activitiesInRegister(ws, scope);
  const ids = new Set<string>([
    ws.organisation.id,
    ...ws.contacts.map((c) => c.id),
    ...activities.flatMap((a) => [a.id, ...a.processorIds, ...a.transferIds]),
    ...activities.flatMap((a) => a.processorIds.flatMap((id) => subProcessorsOf(id, ws.processors).map((p) => p.id))),
  ]);
  const checks = report.findings.filter((f) => isGap(f) && f.target.table !== 'documents' && ids.has(f.target.id));
  if (language === undefined) return checks;
  // Text the register prints also comes from the recipients and measures its activities link to.
  for (const a of activities) {
    for (const id of a.securityMeasureIds) ids.add(id);
    if (a.kind === 'controller') for (const id of a.recipientIds) ids.add(id);
  }
  const untranslated = translationFindings(ws, language).filter(
    (f) => f.target.table !== 'documents' && ids.has(f.target.id),
  );
  return toReport(today, [...checks, ...untranslated]).findings;
};

/**
 * Gaps a privacy policy would go out with (the checks engine decides what concerns the policy),
 * and the printed texts that have no translation in the policy's language.
 */
export const policyGaps = (ws: Workspace, policy: PolicySetting, today: string): Finding[] => {
  const checks = findingsForPolicy(ws, runChecks(ws, { today }), policy).filter(isGap);
  const untranslated = translationFindings(ws, policy.language);
  const inScope = findingsForPolicy(ws, toReport(today, untranslated), policy);
  // Recipients and measures are not records the checks target; the policy prints those its activities use.
  const linked = new Set(
    activitiesInPolicyScope(ws, policy).flatMap((a) => [...a.securityMeasureIds, ...a.recipientIds]),
  );
  const printedElsewhere = untranslated.filter(
    (f) => (f.target.table === 'recipients' || f.target.table === 'securityMeasures') && linked.has(f.target.id),
  );
  return toReport(today, [...checks, ...inScope, ...printedElsewhere]).findings;
};
