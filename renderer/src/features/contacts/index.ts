export { contactResource } from './resource';
export * from './queries';
