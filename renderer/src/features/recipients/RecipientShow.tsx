import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../app/current-organisation';
import { useUiLanguage } from '../../app/use-ui-language';
import {
  DeleteRecordButton,
  DetailCard,
  PageHeader,
  RecordNotFound,
  StatusChip,
  UsagePanel,
  useActivitiesUsing,
  useLiveRecord,
} from '../../components';
import { countryName } from '../../domain/reference';
import { recipientsRepo } from './queries';
import { RecordHistoryButton } from '../history';

export const RecipientShow = () => {
  const { t } = useTranslation('recipients');
  const lang = useUiLanguage();
  const { id } = useParams();
  const navigate = useNavigate();
  const { current } = useCurrentOrganisation();
  const r = useLiveRecord(recipientsRepo(), id);
  const usages = useActivitiesUsing(current?.id, 'recipientIds', id);
  if (r === undefined) return null;
  if (r === null) return <RecordNotFound backTo="/recipients" />;
  return (
    <>
      <PageHeader
        title={r.name}
        breadcrumbs={[{ label: t('list.title'), to: '/recipients' }]}
        badges={<StatusChip label={t(`category.${r.category}`)} />}
        actions={
          <>
            <Button variant="contained" startIcon={<EditIcon />} component={RouterLink} to={`/recipients/${r.id}/edit`}>
              {t('common:actions.edit')}
            </Button>
            <RecordHistoryButton table="recipients" id={r.id} title={r.name} />
            <DeleteRecordButton
              repo={recipientsRepo()}
              id={r.id}
              name={r.name}
              usages={usages}
              onDeleted={() => void navigate('/recipients')}
            />
          </>
        }
      />
      <DetailCard
        items={[
          { label: t('fields.name'), value: r.name },
          { label: t('fields.category'), value: t(`category.${r.category}`) },
          { label: t('fields.country'), value: countryName(r.country, lang) },
          { label: t('fields.description'), value: r.description, wide: true },
        ]}
      />
      <UsagePanel usages={usages} />
    </>
  );
};
