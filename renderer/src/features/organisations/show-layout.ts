import type { OrganisationContent } from '../../domain';
import type { ShowLayout } from '../shared/show-layout';

/** The organisation's page: who it is, how to reach it, what the GDPR asks of it, its authority. */
export const ORGANISATION_LAYOUT: ShowLayout<keyof OrganisationContent & string> = {
  table: 'organisations',
  // The description is the heading's subtitle; translations have their own screen.
  apart: ['description', 'translations'],
  cards: [
    {
      title: 'organisations:form.identity',
      fields: ['name', 'shortName', 'registrationNumber', 'role', 'descriptionPublic'],
    },
    { title: 'organisations:form.contact', fields: ['address', 'email', 'phone', 'website'] },
    {
      title: 'organisations:form.gdpr',
      fields: [
        'headcountBand',
        'defaultLanguage',
        'documentLanguages',
        'establishedInEu',
        'crossBorderProcessing',
        'isPublicAuthority',
      ],
    },
    { title: 'organisations:form.authority', fields: ['supervisoryAuthority'] },
  ],
};
