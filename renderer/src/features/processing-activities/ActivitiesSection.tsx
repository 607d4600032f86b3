import { ResourceRoutes } from '../../components/ResourceRoutes';
import { ActivityEdit } from './ActivityEdit';
import { ActivityList, type ActivityFindingsRenderer } from './ActivityList';
import { ActivityShow } from './ActivityShow';

/**
 * `/activities/*`: the list, `new?kind=controller|processor`, `:id` (read view) and
 * `:id/edit?field=<dotted path>` (the checks link to a field this way). The editor is not
 * remounted per record: a new activity's first save goes on in the same editor under the
 * record's address (ActivityEdit keeps one editor per record itself).
 */
export const ActivitiesSection = ({ renderFindings }: { renderFindings?: ActivityFindingsRenderer }) => (
  <ResourceRoutes
    list={<ActivityList renderFindings={renderFindings} />}
    create={<ActivityEdit mode="create" />}
    show={<ActivityShow />}
    edit={<ActivityEdit mode="edit" />}
    editKeepsRecord
  />
);
