import type { Finding } from '../../domain/checks';
import type { RegisterKind } from '../../export/register';
import { FILE_EXTENSIONS, type ExportFormat } from '../../export/worker/protocol';
import { TRANSLATION_RULE_ID } from '../../domain/checks/translation-rules';
import { findingHref } from '../checks/finding-links';

/**
 * Pure helpers of the export dialog: where to fix a finding a document would go out with, and the
 * file name it is saved under, the departments its filter offers. Which findings, the export worker
 * decides (export/gaps.ts). Kept apart from React so they are unit-tested.
 */

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

/** The screen (and field, where the editor supports deep links) that fixes a finding; a policy opens on its page. */
export const findingLink = (f: Finding): string =>
  f.target.table === 'documents' && f.ruleId !== TRANSLATION_RULE_ID
    ? findingHref({ table: f.target.table, id: f.target.id })
    : findingHref(f.target, f.ruleId);

/** Department names used by the live activities of a register, sorted, for the register filter. */
export const departmentOptions = (
  activities: readonly { kind: RegisterKind; department: string }[],
  register: RegisterKind,
): string[] =>
  [...new Set(activities.filter((a) => a.kind === register).map((a) => a.department.trim()))]
    .filter((d) => d !== '')
    .sort((a, b) => a.localeCompare(b));
