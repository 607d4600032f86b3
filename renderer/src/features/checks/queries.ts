import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { loadCurrentWorkspace } from '../../data/repositories/workspace';
import type { Workspace } from '../../domain';
import { activityCompleteness, runChecks, type CheckReport } from '../../domain/checks';
import { checkedActivitiesOf, type ActivityScore } from './checks-model';

/** The DPO's calendar day, YYYY-MM-DD (reminders are about the local date, not UTC's). */
export const localToday = (date: Date = new Date()): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The organisation's whole record, live: any change to any of its records re-reads it. */
export const useLiveWorkspace = (organisationId: string | undefined): Workspace | null | undefined =>
  useLiveQuery(async () => (organisationId ? loadCurrentWorkspace(organisationId) : null), [organisationId]);

export interface LiveChecks {
  ws: Workspace;
  report: CheckReport;
}

/**
 * The checks of one organisation, re-run whenever its record changes (once per change, not per
 * render). Undefined while loading, null without an organisation.
 */
export const useLiveChecks = (organisationId: string | undefined): LiveChecks | null | undefined => {
  const ws = useLiveWorkspace(organisationId);
  return useMemo(() => {
    if (ws === undefined || ws === null) return ws;
    return { ws, report: runChecks(ws, { today: localToday() }) };
  }, [ws]);
};

/** How long one slice of completeness work may hold the main thread before yielding to input. */
const SLICE_MS = 12;

export interface ScoresProgress {
  /** The scores computed so far; complete when `done`. */
  scores: ActivityScore[];
  done: boolean;
  total: number;
}

/**
 * Art. 30 completeness of every checked activity. Each score re-runs its rules over the whole record
 * (so scores and findings never disagree), which grows with the square of the number of activities:
 * the work is done in short slices so typing and scrolling stay fluid on a record of a thousand.
 */
export const useActivityScores = (ws: Workspace | null | undefined): ScoresProgress => {
  const activities = useMemo(() => (ws ? checkedActivitiesOf(ws) : []), [ws]);
  const [progress, setProgress] = useState<{ ws: Workspace | null | undefined; scores: ActivityScore[] }>({
    ws,
    scores: [],
  });
  useEffect(() => {
    if (!ws) return;
    let cancelled = false;
    let next = 0;
    const scores: ActivityScore[] = [];
    const slice = () => {
      if (cancelled) return;
      const start = performance.now();
      while (next < activities.length && performance.now() - start < SLICE_MS) {
        const activity = activities[next++];
        if (activity) scores.push({ activity, completeness: activityCompleteness(ws, activity.id) });
      }
      setProgress({ ws, scores: [...scores] });
      if (next < activities.length) timer = window.setTimeout(slice, 0);
    };
    let timer = window.setTimeout(slice, 0);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [ws, activities]);
  const current = progress.ws === ws ? progress.scores : [];
  return { scores: current, done: current.length === activities.length, total: activities.length };
};
