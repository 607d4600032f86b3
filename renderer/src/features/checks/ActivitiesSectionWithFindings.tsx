import { useCallback } from 'react';
import { useMatch } from 'react-router';
import type { Activity } from '../../domain';
import { ActivitiesSection } from '../processing-activities';
import { FindingsBadge } from './FindingsBadge';
import { NO_FINDINGS, useTableFindings } from './findings-column';

/**
 * The activities section with the findings badge in its list (the list's `renderFindings` slot).
 * The checks run only while the list is shown, not while an activity is being edited.
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
