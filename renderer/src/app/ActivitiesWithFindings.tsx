import { useCallback } from 'react';
import { useMatch } from 'react-router';
import type { Activity } from '../domain';
import { FindingsBadge, NO_FINDINGS, useTableFindings } from '../features/checks';
import { ActivitiesSection } from '../features/processing-activities';

/**
 * The `/activities` route: the activities section with the checks' findings badge in its list (the
 * list's `renderFindings` slot). Composed here, in `app/`, so that neither feature owns the other's
 * route. The checks run only while the list is shown, not while an activity is being edited.
 */
export const ActivitiesSectionWithFindings = () => {
  const onList = useMatch('/activities') !== null;
  const findings = useTableFindings('activities', onList);
  const renderFindings = useCallback(
    (activity: Activity) => <FindingsBadge findings={findings.get(activity.id) ?? NO_FINDINGS} />,
    [findings],
  );
  return <ActivitiesSection renderFindings={renderFindings} />;
};
