export { requestResource } from './resource';
