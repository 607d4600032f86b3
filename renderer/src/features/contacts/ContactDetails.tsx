import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../session/use-ui-language';
import { DetailCard, StatusChip } from '../../components';
import type { Contact } from '../../domain';
import { formatAddress } from '../organisations/OrganisationShow';

/** The role and, once published, a chip saying so. */
export const ContactBadges = ({ contact: c }: { contact: Contact }) => {
  const { t } = useTranslation('contacts');
  return (
    <>
      <StatusChip label={t(`role.${c.role}`)} tone="info" />
      {c.published && <StatusChip label={t('publishedYes')} tone="good" />}
    </>
  );
};

/** Who, how to reach them, and whether they are published: three cards. */
export const ContactDetails = ({ record: c }: { record: Contact }) => {
  const { t } = useTranslation('contacts');
  const lang = useUiLanguage();
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  return (
    <>
      <DetailCard
        title={t('form.who')}
        items={[
          { label: t('fields.role'), value: t(`role.${c.role}`) },
          { label: t('fields.jobTitle'), value: c.jobTitle },
          {
            label: t('fields.external'),
            value: c.external ? `${t('external')}${c.firm ? ` — ${c.firm}` : ''}` : t('internal'),
          },
        ]}
      />
      <DetailCard
        title={t('form.contact')}
        items={[
          { label: t('fields.email'), value: c.email },
          { label: t('fields.phone'), value: c.phone },
          { label: t('fields.address'), value: formatAddress(c.address, lang), wide: true },
        ]}
      />
      <DetailCard
        title={t('form.publication')}
        items={[
          { label: t('fields.published'), value: yesNo(c.published) },
          { label: t('fields.communicatedToAuthority'), value: yesNo(c.communicatedToAuthority) },
          { label: t('fields.notes'), value: c.notes, wide: true },
        ]}
      />
    </>
  );
};
