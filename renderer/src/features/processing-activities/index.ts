export { ActivitiesSection } from './ActivitiesSection';
