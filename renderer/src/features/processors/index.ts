export { processorResource } from './resource';
export * from './queries';
