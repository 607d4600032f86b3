export { TrashSection } from './TrashSection';
