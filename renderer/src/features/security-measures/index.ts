export { SecurityMeasuresSection } from './SecurityMeasuresSection';
export { SecurityMeasureList } from './SecurityMeasureList';
export { SecurityMeasureShow } from './SecurityMeasureShow';
export { SecurityMeasureCreate, SecurityMeasureEdit } from './SecurityMeasureEdit';
export { SecurityMeasureForm } from './SecurityMeasureForm';
export * from './queries';
