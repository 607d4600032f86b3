export { HomeSection } from './HomeSection';
