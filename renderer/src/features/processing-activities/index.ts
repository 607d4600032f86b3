export { ActivitiesSection } from './ActivitiesSection';
export type { ActivityFindingsRenderer } from './ActivityList';
