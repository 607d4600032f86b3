import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../session/use-ui-language';
import { StatusChip } from '../../components';
import type { Contact } from '../../domain';
import { addressView, CatalogueCards, type FieldView } from '../shared/catalogue-cards';
import { CONTACT_LAYOUT } from './show-layout';

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
  const views: Record<string, FieldView<Contact>> = {
    address: addressView(lang),
    external: () => ({ value: t(c.external ? 'external' : 'internal') }),
    // The firm of an external DPO only (Art. 37(6): a service contract).
    firm: () => (c.external && c.firm ? { value: c.firm } : { items: [] }),
  };
  return <CatalogueCards layout={CONTACT_LAYOUT} record={c} views={{ byPath: views }} />;
};
