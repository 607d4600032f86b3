export { SecurityMeasuresSection } from './SecurityMeasuresSection';
export { SecurityMeasureList } from './SecurityMeasureList';
export * from './queries';
