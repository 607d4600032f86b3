export { breachResource } from './resource';
