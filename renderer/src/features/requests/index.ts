export { requestResource } from './resource';
export * from './queries';
