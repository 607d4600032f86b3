export { ProcessorsSection } from './ProcessorsSection';
export { ProcessorList } from './ProcessorList';
export { ProcessorShow, DpaChip } from './ProcessorShow';
export { ProcessorCreate, ProcessorEdit } from './resource';
export * from './queries';
