export { breachPages } from './resource';
export * from './queries';
