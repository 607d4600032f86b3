import type { ActivityStatus } from '../../domain/activity';
import type { EntityTable } from '../../domain/audit';
import type { Finding } from '../../domain/checks';
import { findingsForPolicy, runChecks } from '../../domain/checks';
import type { PolicySetting } from '../../domain/document-setting';
import { controllerActivities, isLive, processorActivities, type Workspace } from '../../domain/workspace';
import type { RegisterKind } from '../../export/register';
import { FILE_EXTENSIONS, type ExportFormat } from '../../export/worker/protocol';

/**
 * Pure helpers of the export dialog: which findings a document would go out with, where to fix
 * them, and the file name it is saved under. Kept apart from React so they are unit-tested.
 */

/** Today in the user's time zone as YYYY-MM-DD (an ISO string would give UTC's day). */
export const localToday = (now: Date = new Date()): string => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** Characters no file system accepts in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]+/g;

export const safeFileNamePart = (text: string): string =>
  text
    .replace(FORBIDDEN_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');

/** "<Organisation> - <Document> - <YYYY-MM-DD>.<ext>", each part made safe for any file system. */
export const exportFileName = (parts: {
  organisation: string;
  document: string;
  date: string;
  format: ExportFormat;
}): string => {
  const name = [parts.organisation, parts.document, parts.date]
    .map(safeFileNamePart)
    .filter((p) => p !== '')
    .join(' - ');
  return `${name || 'DPO Desk export'}.${FILE_EXTENSIONS[parts.format]}`;
};

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

const ROUTE_OF_TABLE: Record<EntityTable, string> = {
  organisations: '/organisations',
  contacts: '/contacts',
  activities: '/activities',
  recipients: '/recipients',
  processors: '/processors',
  transfers: '/transfers',
  securityMeasures: '/security-measures',
  documents: '/documents/policies',
};

/** The screen (and field, where the editor supports deep links) that fixes a finding. */
export const findingLink = (f: Finding): string => {
  const base = `${ROUTE_OF_TABLE[f.target.table]}/${encodeURIComponent(f.target.id)}`;
  if (f.target.table === 'documents') return base;
  return `${base}/edit${f.target.field ? `?field=${encodeURIComponent(f.target.field)}` : ''}`;
};

/** Department names used by the activities of a register, for the filter. */
export const departmentsOf = (ws: Workspace, register: RegisterKind): string[] => {
  const all = register === 'controller' ? controllerActivities(ws) : processorActivities(ws);
  return [...new Set(all.filter(isLive).map((a) => a.department.trim()))]
    .filter((d) => d !== '')
    .sort((a, b) => a.localeCompare(b));
};
