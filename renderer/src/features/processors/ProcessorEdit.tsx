import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { PageHeader, RecordNotFound, useLiveList, useLiveRecord, useNotify } from '../../components';
import { contentOf } from '../../components/form';
import type { ProcessorInput } from '../../domain';
import { useFocusFieldFromQuery } from '../../components/form/focus-field';
import { ProcessorForm } from './ProcessorForm';
import { blankProcessor, processorSortKey, processorsRepo } from './queries';

export const ProcessorCreate = () => {
  const { t } = useTranslation('processors');
  const navigate = useNavigate();
  const notify = useNotify();
  const [search] = useSearchParams();
  const { current } = useCurrentOrganisation();
  const all = useLiveList(processorsRepo(), current?.id, processorSortKey);
  if (all === undefined) return null;
  // "Add a sub-processor" from a processor's page arrives with ?parent=<id>.
  const parent = search.get('parent');
  const parentId = parent && all.some((p) => p.id === parent) ? parent : null;
  return (
    <>
      <PageHeader
        title={parentId ? t('create.subTitle') : t('create.title')}
        breadcrumbs={[{ label: t('list.title'), to: '/processors' }]}
      />
      <ProcessorForm
        defaultValues={blankProcessor(parentId)}
        processors={all}
        save={(v) => processorsRepo().create(v, current?.id)}
        onSaved={(p) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: p.name }) });
          void navigate(`/processors/${p.id}`);
        }}
        onCancel={() => void navigate(parentId ? `/processors/${parentId}` : '/processors')}
      />
    </>
  );
};

export const ProcessorEdit = () => {
  const { t } = useTranslation('processors');
  const { id } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const { current } = useCurrentOrganisation();
  const p = useLiveRecord(processorsRepo(), id);
  const all = useLiveList(processorsRepo(), current?.id, processorSortKey);
  useFocusFieldFromQuery(Boolean(p) && all !== undefined);
  const [openedRevision, setOpenedRevision] = useState<number | undefined>();
  if (p === undefined || all === undefined) return null;
  if (p === null) return <RecordNotFound backTo="/processors" />;
  if (openedRevision === undefined) setOpenedRevision(p.revision);
  return (
    <>
      <PageHeader
        title={t('edit.title', { name: p.name })}
        breadcrumbs={[
          { label: t('list.title'), to: '/processors' },
          { label: p.name, to: `/processors/${p.id}` },
        ]}
      />
      <ProcessorForm
        selfId={p.id}
        defaultValues={contentOf(p) as ProcessorInput}
        processors={all}
        save={(v) => processorsRepo().update(p.id, v, openedRevision ?? p.revision)}
        onSaved={(saved) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: saved.name }) });
          void navigate(`/processors/${saved.id}`);
        }}
        onCancel={() => void navigate(`/processors/${p.id}`)}
      />
    </>
  );
};
