export { organisationPages } from './resource';
export * from './queries';
