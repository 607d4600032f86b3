import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import {
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
import { RecordActions } from '../history';

export const RecipientShow = () => {
  const { t } = useTranslation('recipients');
  const lang = useUiLanguage();
  const { id } = useParams();
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
          <RecordActions
            table="recipients"
            repo={recipientsRepo()}
            id={r.id}
            revision={r.revision}
            name={r.name}
            editTo={`/recipients/${r.id}/edit`}
            listTo="/recipients"
            usages={usages}
          />
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
