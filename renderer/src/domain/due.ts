import { z } from 'zod';
import { allActivityCompleteness } from './checks/completeness';
import { buildCheckContext } from './checks/engine';
import { daysBetween } from './checks/helpers';
import { dpaExpired, dpaExpiring, reviewOverdue } from './checks/reminders';
import type { Finding } from './checks/types';
import { firstNotification, type Breach } from './breach';
import { isRequestClosed, type DataSubjectRequest } from './data-subject-request';
import { breachClock, breachNotificationDeadline, daysLeft } from './deadlines';
import { requestDueOf } from './log-deadlines';
import { sortDue, type DueItem } from './due-list';
import { isLive, type Workspace } from './workspace';

export * from './due-list';

/**
 * What is due: the lines of the home screen, for one organisation's record at a fixed "now".
 * Pure: the caller passes today's date (and the instant, for the hour-counted clocks), so a test
 * pins every edge. The lines reuse the rules the Checks screen runs (reviews, agreements,
 * completeness) and the deadline module (breaches, requests), so the home screen never computes a
 * date of its own and never disagrees with the checks.
 */

/** How far ahead a request's due date is shown (the brief of the home screen: one week). */
export const REQUEST_NOTICE_DAYS = 7;

export const dueOptionsSchema = z.object({
  /** The day, YYYY-MM-DD, in the DPO's calendar. */
  today: z.iso.date({ error: "The list of what is due needs today's date as YYYY-MM-DD." }),
  /** The instant, for the clocks counted in hours (Art. 33(1): 72 hours). */
  now: z.iso.datetime({ offset: true, error: 'The list of what is due needs the current time as an ISO instant.' }),
});
export type DueOptions = z.infer<typeof dueOptionsSchema>;

/** The register's completeness (same count as the Checks screen): applicable items present over applicable. */
export interface RegisterCompleteness {
  /** 0–100, null when the record has no activity to score. */
  score: number | null;
  activities: number;
  incomplete: number;
  gaps: number;
}

export const registerCompleteness = (ws: Workspace): RegisterCompleteness => {
  const checked = new Set(ws.activities.filter((a) => isLive(a) && a.status !== 'retired').map((a) => a.id));
  const scores = [...allActivityCompleteness(ws).entries()].filter(([id]) => checked.has(id)).map(([, c]) => c);
  if (scores.length === 0) return { score: null, activities: 0, incomplete: 0, gaps: 0 };
  const applicable = scores.reduce((n, c) => n + c.applicable, 0);
  const present = scores.reduce((n, c) => n + c.present, 0);
  return {
    score: applicable === 0 ? 100 : Math.round((100 * present) / applicable),
    activities: scores.length,
    incomplete: scores.filter((c) => c.score < 100).length,
    gaps: scores.reduce((n, c) => n + c.gaps.length, 0),
  };
};

const stringParam = (f: Finding, key: string): string => {
  const v = f.params[key];
  return typeof v === 'string' ? v : '';
};

/** Breach statuses whose 72-hour clock no longer matters: not a breach after triage, or closed. */
const BREACH_DONE: readonly Breach['status'][] = ['dismissed', 'closed'];

/**
 * A controller's breach not yet notified and not decided as unlikely to result in a risk: its
 * 72 hours (Art. 33(1)), counted by the deadline module. A breach at a client's data (we are the
 * processor) has no hour count in the law, only "without undue delay" (Art. 33(2)): no clock line.
 */
const breachLines = (ws: Workspace, now: string, org: Pick<DueItem, 'organisationId' | 'organisationName'>) =>
  ws.breaches
    .filter(
      (b) =>
        isLive(b) &&
        b.role === 'controller' &&
        !BREACH_DONE.includes(b.status) &&
        b.notifyDecision !== 'do_not_notify' &&
        firstNotification(b) === undefined,
    )
    .map((b): DueItem => {
      const deadline = breachNotificationDeadline(b.awareAt, b.timeZone || 'UTC');
      const clock = breachClock(deadline, now);
      const late = clock.state === 'overdue';
      return {
        ...org,
        kind: late ? 'breach_late' : 'breach_clock',
        urgency: late ? 'overdue' : 'due_soon',
        target: { table: 'breaches', id: b.id, label: b.title },
        deadline: deadline.deadlineAt,
        // Whole hours: left rounds down (never shows more time than there is), late rounds up.
        params: {
          hours: late ? Math.ceil(-clock.minutesLeft / 60) : Math.floor(clock.minutesLeft / 60),
          deadlineAt: deadline.deadlineAt,
        },
      };
    });

/** The dates of an open request, by the deadline module applied to the stored record (its regime, pauses, extension). */
const requestDue = (r: DataSubjectRequest, country: string, today: string) => requestDueOf(r, country, today);

const requestLines = (
  ws: Workspace,
  today: string,
  org: Pick<DueItem, 'organisationId' | 'organisationName'>,
): DueItem[] => {
  const country = ws.organisation.address.country;
  return ws.requests
    .filter((r) => isLive(r) && !isRequestClosed(r) && r.respondedOn === '' && r.withdrawnOn === '')
    .flatMap((r): DueItem[] => {
      const deadlines = requestDue(r, country, today);
      const target = { table: 'requests' as const, id: r.id, label: r.requesterName };
      const out: DueItem[] = [];
      const left = daysLeft(today, deadlines.due.end);
      if (left < 0)
        out.push({
          ...org,
          kind: 'request_overdue',
          urgency: 'overdue',
          target,
          deadline: deadlines.due.end,
          params: { date: deadlines.due.end, days: -left },
        });
      else if (left <= REQUEST_NOTICE_DAYS)
        out.push({
          ...org,
          kind: 'request_due',
          urgency: 'due_soon',
          target,
          deadline: deadlines.due.end,
          params: { date: deadlines.due.end, days: left },
        });
      // Art. 12(3): an extension is told to the person, with its reasons, within the first month.
      // A health-data regime has no Art. 12(3) extension, so no notice date.
      if (r.extension.extended && r.extension.personToldOn === '' && deadlines.extensionNoticeBy !== null) {
        const noticeLeft = daysLeft(today, deadlines.extensionNoticeBy);
        out.push({
          ...org,
          kind: 'request_extension_notice',
          urgency: noticeLeft < 0 ? 'overdue' : 'due_soon',
          target: { ...target, field: 'extension.personToldOn' },
          deadline: deadlines.extensionNoticeBy,
          params: { date: deadlines.extensionNoticeBy, days: noticeLeft },
        });
      }
      return out;
    });
};

export interface OrganisationDue {
  organisationId: string;
  organisationName: string;
  items: DueItem[];
  completeness: RegisterCompleteness;
}

/** Everything due in one organisation's record, sorted by urgency. */
export const dueForWorkspace = (ws: Workspace, options: DueOptions): OrganisationDue => {
  const { today, now } = dueOptionsSchema.parse(options);
  const ctx = buildCheckContext(ws, today);
  const org = { organisationId: ws.organisation.id, organisationName: ws.organisation.name };
  const items: DueItem[] = [...breachLines(ws, now, org), ...requestLines(ws, today, org)];

  for (const f of reviewOverdue.run(ctx)) {
    const lastReview = stringParam(f, 'lastReview');
    items.push({
      ...org,
      kind: 'review_overdue',
      urgency: 'overdue',
      target: { table: 'activities', id: f.target.id, label: f.target.label, field: 'lastReviewedOn' },
      deadline: lastReview,
      params: { lastReview, months: Number(f.params['months'] ?? 0) },
    });
  }
  for (const f of dpaExpired.run(ctx)) {
    const date = stringParam(f, 'date');
    items.push({
      ...org,
      kind: 'dpa_expired',
      urgency: 'overdue',
      target: { table: 'processors', id: f.target.id, label: f.target.label, field: 'dpa.expiresOn' },
      deadline: date,
      params: { date, days: -daysBetween(today, date) },
    });
  }
  for (const f of dpaExpiring.run(ctx)) {
    const date = stringParam(f, 'date');
    items.push({
      ...org,
      kind: 'dpa_expiring',
      urgency: 'due_soon',
      target: { table: 'processors', id: f.target.id, label: f.target.label, field: 'dpa.expiresOn' },
      deadline: date,
      params: { date, days: daysBetween(today, date) },
    });
  }

  const completeness = registerCompleteness(ws);
  if (completeness.score !== null && completeness.score < 100)
    items.push({
      ...org,
      kind: 'completeness',
      urgency: 'info',
      target: { table: 'checks', label: ws.organisation.name },
      deadline: null,
      params: { score: completeness.score, incomplete: completeness.incomplete, gaps: completeness.gaps },
    });

  return { ...org, items: sortDue(items), completeness };
};
