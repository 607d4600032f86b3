import { repositories } from '../../data/repositories';
import { emptyAddress, type Contact, type ContactInput } from '../../domain';

export const contactsRepo = () => repositories().contacts;
export const contactSortKey = (c: Contact): string => `${c.role}:${c.name}`;
export const blankContact = (): ContactInput => ({
  role: 'dpo',
  name: '',
  external: false,
  firm: '',
  jobTitle: '',
  address: emptyAddress(),
  email: '',
  phone: '',
  published: true,
  communicatedToAuthority: false,
  notes: '',
});
