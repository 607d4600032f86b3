export { recipientResource } from './resource';
export * from './queries';
