export { RecipientsSection } from './RecipientsSection';
export { RecipientList } from './RecipientList';
export { RecipientShow } from './RecipientShow';
export { RecipientCreate, RecipientEdit } from './RecipientEdit';
export { RecipientForm } from './RecipientForm';
export * from './queries';
