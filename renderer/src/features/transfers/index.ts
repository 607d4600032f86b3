export { TransfersSection } from './TransfersSection';
