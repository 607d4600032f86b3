import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { PageHeader, RecordNotFound, useLiveRecord, useNotify } from '../../components';
import { contentOf } from '../../components/form';
import type { SecurityMeasureInput } from '../../domain';
import { useFocusFieldFromQuery } from '../../components/form/focus-field';
import { SecurityMeasureForm } from './SecurityMeasureForm';
import { blankSecurityMeasure, securityMeasuresRepo } from './queries';

export const SecurityMeasureCreate = () => {
  const { t } = useTranslation('securityMeasures');
  const navigate = useNavigate();
  const notify = useNotify();
  const { current } = useCurrentOrganisation();
  return (
    <>
      <PageHeader title={t('create.title')} breadcrumbs={[{ label: t('list.title'), to: '/security-measures' }]} />
      <SecurityMeasureForm
        defaultValues={blankSecurityMeasure()}
        save={(v) => securityMeasuresRepo().create(v, current?.id)}
        onSaved={(m) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: m.title }) });
          void navigate(`/security-measures/${m.id}`);
        }}
        onCancel={() => void navigate('/security-measures')}
      />
    </>
  );
};

export const SecurityMeasureEdit = () => {
  const { t } = useTranslation('securityMeasures');
  const { id } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const m = useLiveRecord(securityMeasuresRepo(), id);
  useFocusFieldFromQuery(Boolean(m));
  const [openedRevision, setOpenedRevision] = useState<number | undefined>();
  if (m === undefined) return null;
  if (m === null) return <RecordNotFound backTo="/security-measures" />;
  if (openedRevision === undefined) setOpenedRevision(m.revision);
  return (
    <>
      <PageHeader
        title={t('edit.title', { name: m.title })}
        breadcrumbs={[
          { label: t('list.title'), to: '/security-measures' },
          { label: m.title, to: `/security-measures/${m.id}` },
        ]}
      />
      <SecurityMeasureForm
        defaultValues={contentOf(m) as SecurityMeasureInput}
        save={(v) => securityMeasuresRepo().update(m.id, v, openedRevision ?? m.revision)}
        onSaved={(saved) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: saved.title }) });
          void navigate(`/security-measures/${saved.id}`);
        }}
        onCancel={() => void navigate(`/security-measures/${m.id}`)}
      />
    </>
  );
};
