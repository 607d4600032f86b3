import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import {
  DetailCard,
  PageHeader,
  RecordNotFound,
  StatusChip,
  UsagePanel,
  useActivitiesUsing,
  useLiveRecord,
} from '../../components';
import { securityMeasuresRepo } from './queries';
import { RecordActions } from '../history';

export const SecurityMeasureShow = () => {
  const { t } = useTranslation('securityMeasures');
  const { id } = useParams();
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
          <RecordActions
            table="securityMeasures"
            repo={securityMeasuresRepo()}
            id={m.id}
            revision={m.revision}
            name={m.title}
            editTo={`/security-measures/${m.id}/edit`}
            listTo="/security-measures"
            usages={usages}
          />
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
