import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { PageHeader, RecordNotFound, useLiveRecord, useNotify } from '../../components';
import { contentOf } from '../../components/form';
import type { TransferInput } from '../../domain';
import { useFocusFieldFromQuery } from '../../components/form/focus-field';
import { TransferForm } from './TransferForm';
import { blankTransfer, transfersRepo } from './queries';

export const TransferCreate = () => {
  const { t } = useTranslation('transfers');
  const navigate = useNavigate();
  const notify = useNotify();
  const { current } = useCurrentOrganisation();
  return (
    <>
      <PageHeader title={t('create.title')} breadcrumbs={[{ label: t('list.title'), to: '/transfers' }]} />
      <TransferForm
        defaultValues={blankTransfer()}
        save={(v) => transfersRepo().create(v, current?.id)}
        onSaved={(tr) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: tr.recipientName }) });
          void navigate(`/transfers/${tr.id}`);
        }}
        onCancel={() => void navigate('/transfers')}
      />
    </>
  );
};

export const TransferEdit = () => {
  const { t } = useTranslation('transfers');
  const { id } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const tr = useLiveRecord(transfersRepo(), id);
  useFocusFieldFromQuery(Boolean(tr));
  const [openedRevision, setOpenedRevision] = useState<number | undefined>();
  if (tr === undefined) return null;
  if (tr === null) return <RecordNotFound backTo="/transfers" />;
  if (openedRevision === undefined) setOpenedRevision(tr.revision);
  return (
    <>
      <PageHeader
        title={t('edit.title', { name: tr.recipientName })}
        breadcrumbs={[
          { label: t('list.title'), to: '/transfers' },
          { label: tr.recipientName, to: `/transfers/${tr.id}` },
        ]}
      />
      <TransferForm
        defaultValues={contentOf(tr) as TransferInput}
        save={(v) => transfersRepo().update(tr.id, v, openedRevision ?? tr.revision)}
        onSaved={(saved) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: saved.recipientName }) });
          void navigate(`/transfers/${saved.id}`);
        }}
        onCancel={() => void navigate(`/transfers/${tr.id}`)}
      />
    </>
  );
};
