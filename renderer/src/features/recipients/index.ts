export { RecipientsSection } from './RecipientsSection';
