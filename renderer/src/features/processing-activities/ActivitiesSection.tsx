import { Route, Routes } from 'react-router';
import { OneRecord } from '../../components/OneRecord';
import { ActivityEdit } from './ActivityEdit';
import { ActivityList, type ActivityFindingsRenderer } from './ActivityList';
import { ActivityShow } from './ActivityShow';

/**
 * `/activities/*`: the list, `new?kind=controller|processor`, `:id` (read view) and
 * `:id/edit?field=<dotted path>` (the checks link to a field this way).
 */
export const ActivitiesSection = ({ renderFindings }: { renderFindings?: ActivityFindingsRenderer }) => (
  <Routes>
    <Route index element={<ActivityList renderFindings={renderFindings} />} />
    <Route path="new" element={<ActivityEdit mode="create" />} />
    <Route
      path=":id"
      element={
        <OneRecord>
          <ActivityShow />
        </OneRecord>
      }
    />
    {/* Not in OneRecord: a new activity's first save goes on in the same editor under the record's
        address (ActivityEdit keeps one editor per record itself). */}
    <Route path=":id/edit" element={<ActivityEdit mode="edit" />} />
  </Routes>
);
