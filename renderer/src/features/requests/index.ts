export { requestPages } from './resource';
export * from './queries';
