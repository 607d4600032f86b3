import { repositories } from '../../data/repositories';
import type { Recipient, RecipientInput } from '../../domain';

export const recipientsRepo = () => repositories().recipients;
export const recipientSortKey = (r: Recipient): string => r.name;
export const blankRecipient = (): RecipientInput => ({
  name: '',
  category: 'third_party',
  country: '',
  description: '',
});
