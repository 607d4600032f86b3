export { ChecksSection } from './ChecksSection';
