import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../components';
import type { Transfer } from '../../domain';
import { ADEQUACY_AS_OF, adequacyOf } from '../../domain/reference';
import { ADEQUACY_TONE } from './queries';
import { useUiDates } from '../../i18n/dates';

type Destination = Pick<Transfer, 'destinationType' | 'country' | 'internationalOrganisation' | 'dpfCertified'>;

/** Live adequacy status of a destination (Art. 45), dated by the adequacy list it was read from. */
export const AdequacyChip = ({ destination }: { destination: Destination }) => {
  const { t } = useTranslation('transfers');
  const fmt = useUiDates();
  const status = adequacyOf(destination);
  return (
    <StatusChip
      label={t(`adequacy.${status}`)}
      tone={ADEQUACY_TONE[status]}
      title={t('adequacy.asOf', { date: fmt.date(ADEQUACY_AS_OF) })}
    />
  );
};
