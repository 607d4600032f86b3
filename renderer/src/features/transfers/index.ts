export { transferResource } from './resource';
export * from './queries';
