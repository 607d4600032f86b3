import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { PageHeader, RecordNotFound, useLiveRecord, useNotify } from '../../components';
import { contentOf } from '../../components/form';
import type { ContactInput } from '../../domain';
import { useFocusFieldFromQuery } from '../../components/form/focus-field';
import { ContactForm } from './ContactForm';
import { blankContact, contactsRepo } from './queries';

export const ContactCreate = () => {
  const { t } = useTranslation('contacts');
  const navigate = useNavigate();
  const notify = useNotify();
  const { current } = useCurrentOrganisation();
  return (
    <>
      <PageHeader title={t('create.title')} breadcrumbs={[{ label: t('list.title'), to: '/contacts' }]} />
      <ContactForm
        defaultValues={blankContact()}
        save={(v) => contactsRepo().create(v, current?.id)}
        onSaved={(c) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: c.name }) });
          void navigate(`/contacts/${c.id}`);
        }}
        onCancel={() => void navigate('/contacts')}
      />
    </>
  );
};

export const ContactEdit = () => {
  const { t } = useTranslation('contacts');
  const { id } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const c = useLiveRecord(contactsRepo(), id);
  useFocusFieldFromQuery(Boolean(c));
  const [openedRevision, setOpenedRevision] = useState<number | undefined>();
  if (c === undefined) return null;
  if (c === null) return <RecordNotFound backTo="/contacts" />;
  if (openedRevision === undefined) setOpenedRevision(c.revision);
  return (
    <>
      <PageHeader
        title={t('edit.title', { name: c.name })}
        breadcrumbs={[
          { label: t('list.title'), to: '/contacts' },
          { label: c.name, to: `/contacts/${c.id}` },
        ]}
      />
      <ContactForm
        defaultValues={contentOf(c) as ContactInput}
        save={(v) => contactsRepo().update(c.id, v, openedRevision ?? c.revision)}
        onSaved={(saved) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: saved.name }) });
          void navigate(`/contacts/${saved.id}`);
        }}
        onCancel={() => void navigate(`/contacts/${c.id}`)}
      />
    </>
  );
};
