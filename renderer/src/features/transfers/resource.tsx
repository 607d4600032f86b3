import { repositories } from '../../data/repositories';
import { blankOf, TRANSFER_MECHANISM_ARTICLE, transferContentSchema, transferRecipientName } from '../../domain';
import { ADEQUACY_AS_OF, adequacyOf } from '../../domain/reference';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { CATALOGUES } from '../../domain/catalogue';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { AdequacyChip } from './AdequacyChip';
import { destinationOf, transferSortKey, transfersRepo, useTransferRecipientRecords } from './queries';
import { useTransferPage } from './TransferShow';

const useCurrentRecipientRecords = () => useTransferRecipientRecords(useCurrentOrganisation().current?.id);
import { TransferFields } from './TransferFields';

/** A transfer to a third country or an international organisation (Chapter V). */
export const transferResource = defineResource({
  catalogue: CATALOGUES.transfer,
  schema: transferContentSchema,
  repo: () => repositories().transfers,
  nameOf: (t) => t.recipientName,
  blank: () => blankOf(transferContentSchema, { destinationType: 'country', recipientName: '', mechanism: 'scc' }),
  Fields: TransferFields,
  List: resourceList(CATALOGUES.transfer, transfersRepo, {
    sortKey: transferSortKey,
    findings: true,
    useContext: useCurrentRecipientRecords,
    columns: ({ t, lang, context: records }) => [
      { field: 'destination', flex: 1, minWidth: 160, valueGetter: (_v, tr) => destinationOf(tr, lang) },
      // The current name of the record the transfer points at.
      { field: 'recipientName', flex: 1.5, minWidth: 180, valueGetter: (_v, tr) => transferRecipientName(tr, records) },
      {
        field: 'mechanism',
        flex: 2,
        minWidth: 220,
        valueGetter: (_v, tr) => `${t(`mechanism.${tr.mechanism}`)} (${TRANSFER_MECHANISM_ARTICLE[tr.mechanism]})`,
      },
      {
        field: 'adequacy',
        minWidth: 190,
        valueGetter: (_v, tr) => t(`adequacy.${adequacyOf(tr)}`),
        renderCell: ({ row }) => <AdequacyChip destination={row} />,
      },
    ],
    subtitle: ({ t, fmt }) => `${t('list.subtitle')} ${t('adequacy.asOf', { date: fmt.date(ADEQUACY_AS_OF) })}`,
  }),
  show: { usePage: useTransferPage, usedThrough: 'transferIds' },
});
