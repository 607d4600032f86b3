import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, recipientContentSchema, type Recipient } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { recipientSortKey, recipientsRepo } from './queries';
import { RecipientFields } from './RecipientFields';

const CategoryChip = ({ record }: { record: Recipient }) => {
  const { t } = useTranslation('recipients');
  return <StatusChip label={t(`category.${record.category}`)} />;
};

/** A recipient (Art. 30(1)(d)): its own fields; the pages are the generic ones. */
export const recipientResource = defineResource({
  catalogue: CATALOGUES.recipient,
  schema: recipientContentSchema,
  repo: () => repositories().recipients,
  nameOf: (r) => r.name,
  blank: () => blankOf(recipientContentSchema, { name: '', category: 'third_party' }),
  Fields: RecipientFields,
  List: resourceList(CATALOGUES.recipient, recipientsRepo, {
    sortKey: recipientSortKey,
    columns: () => [
      { field: 'name', flex: 2, minWidth: 200 },
      { field: 'category', flex: 1, minWidth: 160 },
      { field: 'country', flex: 1, minWidth: 120 },
    ],
  }),
  show: { usePage: (r) => ({ badges: <CategoryChip record={r} /> }), usedThrough: 'recipientIds' },
});
