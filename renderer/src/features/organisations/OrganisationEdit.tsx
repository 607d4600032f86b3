import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/notifications';
import { contentOf } from '../../components/form';
import type { OrganisationInput } from '../../domain';
import { useFocusFieldFromQuery } from '../../components/form/focus-field';
import { OrganisationForm } from './OrganisationForm';
import { blankOrganisation, organisationsRepo, useOrganisation } from './queries';

export const OrganisationCreate = () => {
  const { t } = useTranslation('organisations');
  const navigate = useNavigate();
  const notify = useNotify();
  const { setCurrentId } = useCurrentOrganisation();
  return (
    <>
      <PageHeader
        title={t('create.title')}
        subtitle={t('create.subtitle')}
        breadcrumbs={[{ label: t('list.title'), to: '/organisations' }]}
      />
      <OrganisationForm
        defaultValues={blankOrganisation()}
        save={(values) => organisationsRepo().create(values)}
        onSaved={(o) => {
          // A new workspace is the one the user wants to fill in next.
          setCurrentId(o.id);
          notify({ severity: 'success', message: t('common:notices.saved', { name: o.name }) });
          void navigate(`/organisations/${o.id}`);
        }}
        onCancel={() => void navigate('/organisations')}
      />
    </>
  );
};

export const OrganisationEdit = () => {
  const { t } = useTranslation('organisations');
  const { id } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const organisation = useOrganisation(id);
  useFocusFieldFromQuery(Boolean(organisation));
  // The revision the form was opened at: saving over a change made elsewhere is refused (ConflictError).
  const [openedRevision, setOpenedRevision] = useState<number | undefined>();
  if (organisation === undefined) return null;
  if (organisation === null) return <Alert severity="warning">{t('notFound')}</Alert>;
  if (openedRevision === undefined) setOpenedRevision(organisation.revision);
  return (
    <>
      <PageHeader
        title={t('edit.title', { name: organisation.name })}
        breadcrumbs={[
          { label: t('list.title'), to: '/organisations' },
          { label: organisation.name, to: `/organisations/${organisation.id}` },
        ]}
      />
      <OrganisationForm
        key={organisation.id}
        defaultValues={contentOf(organisation) as OrganisationInput}
        save={(values) => organisationsRepo().update(organisation.id, values, openedRevision ?? organisation.revision)}
        onSaved={(o) => {
          notify({ severity: 'success', message: t('common:notices.saved', { name: o.name }) });
          void navigate(`/organisations/${o.id}`);
        }}
        onCancel={() => void navigate(`/organisations/${organisation.id}`)}
      />
    </>
  );
};
