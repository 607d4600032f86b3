export { organisationResource } from './resource';
export * from './queries';
