import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import {
  DetailCard,
  PageHeader,
  RecordNotFound,
  StatusChip,
  UsagePanel,
  useActivitiesUsing,
  useLiveRecord,
  type DetailItem,
} from '../../components';
import { TRANSFER_MECHANISM_ARTICLE, isAppropriateSafeguard, transferRecipientName } from '../../domain';
import { ADEQUACY_AS_OF } from '../../domain/reference';
import { AdequacyChip } from './AdequacyChip';
import { destinationOf } from './TransferList';
import { transfersRepo, useTransferRecipientRecords } from './queries';
import { useUiDates } from '../../i18n/dates';
import Link from '@mui/material/Link';
import { RecordActions } from '../history';
import { useCatalogueItem } from '../shared/catalogue-values';

export const TransferShow = () => {
  const { t } = useTranslation('transfers');
  const lang = useUiLanguage();
  const { id } = useParams();
  const { current } = useCurrentOrganisation();
  const tr = useLiveRecord(transfersRepo(), id);
  // Labels and plain values as the catalogue reads them; the destination and the mechanism's article stay here.
  const item = useCatalogueItem('transfers');
  const usages = useActivitiesUsing(current?.id, 'transferIds', id);
  const records = useTransferRecipientRecords(current?.id);
  const { t: tl } = useTranslation('transfer-links');
  const fmt = useUiDates();
  if (tr === undefined) return null;
  if (tr === null) return <RecordNotFound backTo="/transfers" />;
  const recipient = transferRecipientName(tr, records);
  const name = `${destinationOf(tr, lang)} — ${recipient}`;
  const linkTo =
    tr.processorId !== null
      ? `/processors/${tr.processorId}`
      : tr.recipientId !== null
        ? `/recipients/${tr.recipientId}`
        : null;
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  const mechanismItems: DetailItem[] = [
    {
      label: t('fields.mechanism'),
      value: `${t(`mechanism.${tr.mechanism}`)} — ${TRANSFER_MECHANISM_ARTICLE[tr.mechanism]}`,
    },
    item(tr, 'dpfCertified'),
    item(tr, 'conditions', { wide: true }),
  ];
  if (isAppropriateSafeguard(tr.mechanism)) mechanismItems.push(item(tr, 'safeguardsCopy', { wide: true }));
  if (tr.mechanism === 'compelling_legitimate_interest')
    mechanismItems.push(item(tr, 'compellingInterest', { wide: true }), item(tr, 'art49Assessment', { wide: true }));
  return (
    <>
      <PageHeader
        title={name}
        subtitle={t('adequacy.asOf', { date: fmt.date(ADEQUACY_AS_OF) })}
        breadcrumbs={[{ label: t('list.title'), to: '/transfers' }]}
        badges={
          <>
            <AdequacyChip destination={tr} />
            <StatusChip label={TRANSFER_MECHANISM_ARTICLE[tr.mechanism]} />
          </>
        }
        actions={
          <RecordActions
            table="transfers"
            repo={transfersRepo()}
            id={tr.id}
            revision={tr.revision}
            name={name}
            editTo={`/transfers/${tr.id}/edit`}
            listTo="/transfers"
            usages={usages}
          />
        }
      />
      <DetailCard
        title={t('form.destination')}
        items={[
          { label: t('fields.destination'), value: destinationOf(tr, lang) },
          {
            ...item(tr, 'recipientName'),
            value: linkTo ? (
              <Link component={RouterLink} to={linkTo}>
                {recipient}
              </Link>
            ) : (
              `${recipient} (${tl('show.notLinked')})`
            ),
          },
        ]}
      />
      <DetailCard title={t('form.mechanism')} items={mechanismItems} />
      <DetailCard
        title={t('form.tia')}
        items={[
          { label: t('fields.tiaDone'), value: yesNo(tr.tia.done) },
          { label: t('fields.tiaDate'), value: fmt.date(tr.tia.date) },
          { label: t('fields.tiaReference'), value: tr.tia.reference },
          item(tr, 'description', { wide: true }),
        ]}
      />
      <UsagePanel usages={usages} />
    </>
  );
};
