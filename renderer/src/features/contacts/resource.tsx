import { StatusChip } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, contactContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { ContactFields } from './ContactFields';
import { ContactBadges, ContactDetails } from './ContactDetails';
import { contactSortKey, contactsRepo } from './queries';

/** The DPO (Arts. 37–39), a privacy contact or the Art. 27 representative. */
export const contactResource = defineResource({
  catalogue: CATALOGUES.contact,
  schema: contactContentSchema,
  repo: () => repositories().contacts,
  nameOf: (c) => c.name,
  blank: () => blankOf(contactContentSchema, { role: 'dpo', name: '' }),
  Fields: ContactFields,
  List: resourceList(CATALOGUES.contact, contactsRepo, {
    sortKey: contactSortKey,
    columns: ({ t }) => [
      { field: 'name', flex: 2, minWidth: 180 },
      { field: 'role', flex: 1, minWidth: 200 },
      {
        field: 'external',
        headerName: t('fields.firm'),
        flex: 1,
        minWidth: 160,
        valueGetter: (_v, c) => (c.external ? c.firm || t('external') : t('internal')),
      },
      { field: 'email', flex: 1.5, minWidth: 180 },
      {
        field: 'published',
        minWidth: 130,
        renderCell: ({ row }) =>
          row.published ? (
            <StatusChip label={t('publishedYes')} tone="good" />
          ) : (
            <StatusChip label={t('publishedNo')} />
          ),
      },
    ],
  }),
  show: { usePage: (c) => ({ badges: <ContactBadges contact={c} />, body: <ContactDetails record={c} /> }) },
});
