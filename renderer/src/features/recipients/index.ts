export { RecipientsSection } from './RecipientsSection';
export { RecipientList } from './RecipientList';
export * from './queries';
