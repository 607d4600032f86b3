import type { TransferContent } from '../../domain';
import type { ShowLayout } from '../shared/show-layout';

/** A transfer's page (Chapter V): where the data goes, under which mechanism, and its assessment. */
export const TRANSFER_LAYOUT: ShowLayout<keyof TransferContent & string> = {
  table: 'transfers',
  // Translations have their own screen; the record the transfer goes to is the recipient's link.
  apart: ['translations', 'recipientId', 'processorId'],
  cards: [
    {
      title: 'transfers:form.destination',
      fields: ['destinationType', 'country', 'internationalOrganisation', 'recipientName'],
    },
    {
      title: 'transfers:form.mechanism',
      fields: [
        'mechanism',
        'dpfCertified',
        { path: 'conditions', wide: true },
        { path: 'safeguardsCopy', wide: true },
        { path: 'compellingInterest', wide: true },
        { path: 'art49Assessment', wide: true },
      ],
    },
    { title: 'transfers:form.tia', fields: ['tia', { path: 'description', wide: true }] },
  ],
};
