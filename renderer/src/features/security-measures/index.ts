export { SecurityMeasuresSection } from './SecurityMeasuresSection';
