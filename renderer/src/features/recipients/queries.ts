import { repositories } from '../../data/repositories';
import type { Recipient } from '../../domain';

export const recipientsRepo = () => repositories().recipients;
export const recipientSortKey = (r: Recipient): string => r.name;
