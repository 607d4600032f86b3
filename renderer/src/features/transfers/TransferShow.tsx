import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { StatusChip } from '../../components';
import { TRANSFER_MECHANISM_ARTICLE, isAppropriateSafeguard, transferRecipientName, type Transfer } from '../../domain';
import { ADEQUACY_AS_OF } from '../../domain/reference';
import { AdequacyChip } from './AdequacyChip';
import { destinationOf, useTransferRecipientRecords } from './queries';
import { useUiDates } from '../../i18n/dates';
import Link from '@mui/material/Link';
import { CatalogueCards, type FieldView } from '../shared/catalogue-cards';
import { useCatalogueValue } from '../shared/catalogue-values';
import { TRANSFER_LAYOUT } from './show-layout';

/** The destination and the recipient, the adequacy as of its date, the mechanism's article. */
export const useTransferPage = (tr: Transfer) => {
  const { t } = useTranslation('transfers');
  const lang = useUiLanguage();
  const fmt = useUiDates();
  const { current } = useCurrentOrganisation();
  // The current name of the record the transfer goes to: in the title and in the body.
  const recipient = transferRecipientName(tr, useTransferRecipientRecords(current?.id));
  const name = `${destinationOf(tr, lang)} — ${recipient}`;
  return {
    title: name,
    name,
    subtitle: t('adequacy.asOf', { date: fmt.date(ADEQUACY_AS_OF) }),
    badges: (
      <>
        <AdequacyChip destination={tr} />
        <StatusChip label={TRANSFER_MECHANISM_ARTICLE[tr.mechanism]} />
      </>
    ),
    body: <TransferBody tr={tr} recipient={recipient} />,
  };
};

const TransferBody = ({ tr, recipient }: { tr: Transfer; recipient: string }) => {
  const { t } = useTranslation('transfers');
  const valueOf = useCatalogueValue();
  const { t: tl } = useTranslation('transfer-links');
  const fmt = useUiDates();
  const linkTo =
    tr.processorId !== null
      ? `/processors/${tr.processorId}`
      : tr.recipientId !== null
        ? `/recipients/${tr.recipientId}`
        : null;
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  const views: Record<string, FieldView<Transfer>> = {
    // The one of the two a transfer goes to (Art. 44: a third country or an international organisation).
    country: (_, f) => (tr.destinationType === 'country' ? { value: valueOf(f, tr.country) } : { items: [] }),
    internationalOrganisation: () =>
      tr.destinationType === 'international_organisation' ? { value: tr.internationalOrganisation } : { items: [] },
    // The record the transfer goes to, linked; a transfer from before links keeps its typed name.
    recipientName: () => ({
      value: linkTo ? (
        <Link component={RouterLink} to={linkTo}>
          {recipient}
        </Link>
      ) : (
        `${recipient} (${tl('show.notLinked')})`
      ),
    }),
    mechanism: () => ({ value: `${t(`mechanism.${tr.mechanism}`)} — ${TRANSFER_MECHANISM_ARTICLE[tr.mechanism]}` }),
    // Art. 46: a copy of the safeguards; Art. 49(1) second subparagraph: the interest and its assessment.
    safeguardsCopy: () =>
      isAppropriateSafeguard(tr.mechanism) ? { value: tr.safeguardsCopy, wide: true } : { items: [] },
    compellingInterest: () =>
      tr.mechanism === 'compelling_legitimate_interest' ? { value: tr.compellingInterest, wide: true } : { items: [] },
    art49Assessment: () =>
      tr.mechanism === 'compelling_legitimate_interest' ? { value: tr.art49Assessment, wide: true } : { items: [] },
    tia: () => ({
      items: [
        { label: t('fields.tiaDone'), value: yesNo(tr.tia.done) },
        { label: t('fields.tiaDate'), value: fmt.date(tr.tia.date) },
        { label: t('fields.tiaReference'), value: tr.tia.reference },
      ],
    }),
  };
  return <CatalogueCards layout={TRANSFER_LAYOUT} record={tr} views={{ byPath: views }} />;
};
