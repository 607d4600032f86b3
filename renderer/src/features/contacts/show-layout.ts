import type { ContactContent } from '../../domain';
import type { ShowLayout } from '../shared/show-layout';

/** Who the contact is, how to reach them, and whether they are published (Arts. 13(1)(b), 37(7)). */
export const CONTACT_LAYOUT: ShowLayout<keyof ContactContent & string> = {
  table: 'contacts',
  // The name is the page's title; translations have their own screen.
  apart: ['name', 'translations'],
  cards: [
    { title: 'contacts:form.who', fields: ['role', 'jobTitle', 'external', 'firm'] },
    { title: 'contacts:form.contact', fields: ['email', 'phone', 'address'] },
    {
      title: 'contacts:form.publication',
      fields: ['published', 'communicatedToAuthority', { path: 'notes', wide: true }],
    },
  ],
};
