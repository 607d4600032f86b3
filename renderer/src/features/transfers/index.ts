export { transferPages } from './resource';
export * from './queries';
