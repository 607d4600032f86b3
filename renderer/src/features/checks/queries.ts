import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { loadCurrentWorkspace } from '../../data/repositories/workspace';
import type { Workspace } from '../../domain';
import { allActivityCompleteness, runChecks, type CheckReport } from '../../domain/checks';
import { checkedActivitiesOf, type ActivityScore } from './checks-model';
import { localToday } from '../../domain';

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

export interface ScoresProgress {
  /** The scores; complete when `done`. */
  scores: ActivityScore[];
  done: boolean;
  total: number;
}

/**
 * Art. 30 completeness of every checked activity, scored in one pass over the record (the rules
 * run once, see allActivityCompleteness), after the screen's first paint.
 */
export const useActivityScores = (ws: Workspace | null | undefined): ScoresProgress => {
  const activities = useMemo(() => (ws ? checkedActivitiesOf(ws) : []), [ws]);
  // Scored for no record yet: until the first pass has run, the screen says it is computing (not "no activities").
  const [progress, setProgress] = useState<{ ws: Workspace | null | undefined; scores: ActivityScore[] }>({
    ws: null,
    scores: [],
  });
  useEffect(() => {
    if (!ws) return;
    const timer = window.setTimeout(() => {
      const all = allActivityCompleteness(ws);
      const scores = activities.flatMap((activity) => {
        const completeness = all.get(activity.id);
        return completeness ? [{ activity, completeness }] : [];
      });
      setProgress({ ws, scores });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [ws, activities]);
  const current = progress.ws === ws ? progress.scores : [];
  return { scores: current, done: progress.ws === ws, total: activities.length };
};
