import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useUiLanguage } from '../../session/use-ui-language';
import { DetailCard, PageHeader, RecordNotFound, StatusChip, useLiveRecord } from '../../components';
import { formatAddress } from '../organisations/OrganisationShow';
import { contactsRepo } from './queries';
import { RecordActions } from '../history';

export const ContactShow = () => {
  const { t } = useTranslation('contacts');
  const lang = useUiLanguage();
  const { id } = useParams();
  const c = useLiveRecord(contactsRepo(), id);
  if (c === undefined) return null;
  if (c === null) return <RecordNotFound backTo="/contacts" />;
  const yesNo = (b: boolean) => t(b ? 'common:detail.yes' : 'common:detail.no');
  return (
    <>
      <PageHeader
        title={c.name}
        breadcrumbs={[{ label: t('list.title'), to: '/contacts' }]}
        badges={
          <>
            <StatusChip label={t(`role.${c.role}`)} tone="info" />
            {c.published && <StatusChip label={t('publishedYes')} tone="good" />}
          </>
        }
        actions={
          <RecordActions
            table="contacts"
            repo={contactsRepo()}
            id={c.id}
            revision={c.revision}
            name={c.name}
            editTo={`/contacts/${c.id}/edit`}
            listTo="/contacts"
          />
        }
      />
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
