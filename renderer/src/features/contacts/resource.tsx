import { repositories } from '../../data/repositories';
import { blankOf, contactContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { defineResource } from '../shared/resource-pages';
import { ContactList } from './ContactList';
import { ContactFields } from './ContactFields';
import { ContactBadges, ContactDetails } from './ContactDetails';

/** The DPO (Arts. 37–39), a privacy contact or the Art. 27 representative. */
export const contactResource = defineResource({
  catalogue: CATALOGUES.contact,
  schema: contactContentSchema,
  repo: () => repositories().contacts,
  nameOf: (c) => c.name,
  blank: () => blankOf(contactContentSchema, { role: 'dpo', name: '' }),
  Fields: ContactFields,
  List: ContactList,
  show: { badges: (c) => <ContactBadges contact={c} />, Body: ContactDetails },
});
