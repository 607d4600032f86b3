export { breachResource } from './resource';
export * from './queries';
