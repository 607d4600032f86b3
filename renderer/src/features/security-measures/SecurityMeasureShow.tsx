import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useCurrentOrganisation } from '../../app/current-organisation';
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
import { securityMeasuresRepo } from './queries';
import { RecordHistoryButton } from '../history';

export const SecurityMeasureShow = () => {
  const { t } = useTranslation('securityMeasures');
  const { id } = useParams();
  const navigate = useNavigate();
  const { current } = useCurrentOrganisation();
  const m = useLiveRecord(securityMeasuresRepo(), id);
  const usages = useActivitiesUsing(current?.id, 'securityMeasureIds', id);
  if (m === undefined) return null;
  if (m === null) return <RecordNotFound backTo="/security-measures" />;
  return (
    <>
      <PageHeader
        title={m.title}
        breadcrumbs={[{ label: t('list.title'), to: '/security-measures' }]}
        badges={<StatusChip label={t(`category.${m.category}`)} tone="info" />}
        actions={
          <>
            <Button
              variant="contained"
              startIcon={<EditIcon />}
              component={RouterLink}
              to={`/security-measures/${m.id}/edit`}
            >
              {t('common:actions.edit')}
            </Button>
            <RecordHistoryButton table="securityMeasures" id={m.id} title={m.title} />
            <DeleteRecordButton
              repo={securityMeasuresRepo()}
              id={m.id}
              name={m.title}
              usages={usages}
              onDeleted={() => void navigate('/security-measures')}
            />
          </>
        }
      />
      <DetailCard
        items={[
          { label: t('fields.category'), value: t(`category.${m.category}`) },
          { label: t('fields.title'), value: m.title },
          { label: t('fields.description'), value: m.description, wide: true },
        ]}
      />
      <UsagePanel usages={usages} />
    </>
  );
};
