export { ProcessorsSection } from './ProcessorsSection';
