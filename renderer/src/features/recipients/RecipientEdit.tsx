import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { PageHeader, RecordNotFound, useLiveRecord, useNotify } from '../../components';
import { contentOf } from '../../components/form';
import type { RecipientInput } from '../../domain';
import { useFocusFieldFromQuery } from '../../components/form/focus-field';
import { RecipientForm } from './RecipientForm';
import { blankRecipient, recipientsRepo } from './queries';

export const RecipientCreate = () => {
  const { t } = useTranslation('recipients');
  const navigate = useNavigate();
  const notify = useNotify();
  const { current } = useCurrentOrganisation();
  return (
    <>
      <PageHeader title={t('create.title')} breadcrumbs={[{ label: t('list.title'), to: '/recipients' }]} />
      <RecipientForm
        defaultValues={blankRecipient()}
        save={(v) => recipientsRepo().create(v, current?.id)}
        onSaved={(r) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: r.name }) });
          void navigate(`/recipients/${r.id}`);
        }}
        onCancel={() => void navigate('/recipients')}
      />
    </>
  );
};

export const RecipientEdit = () => {
  const { t } = useTranslation('recipients');
  const { id } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const r = useLiveRecord(recipientsRepo(), id);
  useFocusFieldFromQuery(Boolean(r));
  const [openedRevision, setOpenedRevision] = useState<number | undefined>();
  if (r === undefined) return null;
  if (r === null) return <RecordNotFound backTo="/recipients" />;
  if (openedRevision === undefined) setOpenedRevision(r.revision);
  return (
    <>
      <PageHeader
        title={t('edit.title', { name: r.name })}
        breadcrumbs={[
          { label: t('list.title'), to: '/recipients' },
          { label: r.name, to: `/recipients/${r.id}` },
        ]}
      />
      <RecipientForm
        defaultValues={contentOf(r) as RecipientInput}
        save={(v) => recipientsRepo().update(r.id, v, openedRevision ?? r.revision)}
        onSaved={(saved) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: saved.name }) });
          void navigate(`/recipients/${saved.id}`);
        }}
        onCancel={() => void navigate(`/recipients/${r.id}`)}
      />
    </>
  );
};
