/**
 * The lines of the home screen as data, and their order: no rule and no date arithmetic here, so the
 * window can sort and count the lines the home worker sends without loading the checks, the
 * deadline module or the holiday tables (due.ts makes the lines).
 */

/** What a line is about, most urgent kind first (the order within one urgency). */
export const DUE_KINDS = [
  'breach_late',
  'breach_clock',
  'request_overdue',
  'request_due',
  'request_extension_notice',
  'dpa_expired',
  'dpa_expiring',
  'review_overdue',
  'completeness',
] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/**
 * - `overdue`: a legal or contractual deadline has passed (late breach notification, request past
 *   its due date, expired agreement, review older than the interval);
 * - `due_soon`: a deadline is coming (inside the 72 hours, within 7 days, within the notice period);
 * - `info`: no deadline, but work to do (the register's completeness).
 */
export const DUE_URGENCIES = ['overdue', 'due_soon', 'info'] as const;
export type DueUrgency = (typeof DUE_URGENCIES)[number];

/** The record a line opens. `checks` is the organisation's Checks screen. */
export type DueTarget =
  | { table: 'activities' | 'processors' | 'breaches' | 'requests'; id: string; label: string; field?: string }
  | { table: 'checks'; label: string };

export interface DueItem {
  kind: DueKind;
  urgency: DueUrgency;
  organisationId: string;
  organisationName: string;
  target: DueTarget;
  /**
   * The deadline, as YYYY-MM-DD or an ISO instant; lines of the same kind sort by it, earliest
   * first (the most overdue comes first). Null when the line has none (completeness).
   */
  deadline: string | null;
  /** Values for the line's wording (`home.json` `lines.<kind>`). */
  params: Record<string, string | number>;
}

const rank = <T>(list: readonly T[], v: T): number => list.indexOf(v);

/** Comparable instant of a deadline: a date counts as its first moment, so dates and instants mix. */
const deadlineTime = (d: string | null): number =>
  d === null ? Number.POSITIVE_INFINITY : Date.parse(d.length === 10 ? `${d}T00:00:00Z` : d);

/**
 * Urgency first (overdue, due soon, to do), then the kind (a breach's hours before a request's days
 * before a review's months), then the deadline, earliest first; ties by organisation and record name.
 */
export const compareDue = (a: DueItem, b: DueItem): number =>
  rank(DUE_URGENCIES, a.urgency) - rank(DUE_URGENCIES, b.urgency) ||
  rank(DUE_KINDS, a.kind) - rank(DUE_KINDS, b.kind) ||
  deadlineTime(a.deadline) - deadlineTime(b.deadline) ||
  a.organisationName.localeCompare(b.organisationName) ||
  a.target.label.localeCompare(b.target.label);

export const sortDue = (items: readonly DueItem[]): DueItem[] => [...items].sort(compareDue);

/** Lines of several organisations in one list (the "all clients" view). */
export const mergeDue = (perOrganisation: readonly { items: readonly DueItem[] }[]): DueItem[] =>
  sortDue(perOrganisation.flatMap((o) => o.items));

/** How many lines of each urgency (the counts at the top of the home screen). */
export const countDue = (items: readonly DueItem[]): Record<DueUrgency, number> => {
  const counts: Record<DueUrgency, number> = { overdue: 0, due_soon: 0, info: 0 };
  for (const i of items) counts[i.urgency] += 1;
  return counts;
};
