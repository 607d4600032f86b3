export { securityMeasureResource } from './resource';
export * from './queries';
