import { repositories } from '../../data/repositories';
import { type Contact } from '../../domain';

export const contactsRepo = () => repositories().contacts;
export const contactSortKey = (c: Contact): string => `${c.role}:${c.name}`;
