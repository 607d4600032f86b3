export { processorPages } from './resource';
export * from './queries';
