import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, securityMeasureContentSchema, type SecurityMeasure } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { defineResource } from '../shared/resource-pages';
import { SecurityMeasureList } from './SecurityMeasureList';
import { SecurityMeasureFields } from './SecurityMeasureFields';

const CategoryChip = ({ record }: { record: SecurityMeasure }) => {
  const { t } = useTranslation('securityMeasures');
  return <StatusChip label={t(`category.${record.category}`)} tone="info" />;
};

/** A technical or organisational measure (Art. 32) of the organisation's catalogue. */
export const securityMeasureResource = defineResource({
  catalogue: CATALOGUES.securityMeasure,
  schema: securityMeasureContentSchema,
  repo: () => repositories().securityMeasures,
  nameOf: (m) => m.title,
  blank: () => blankOf(securityMeasureContentSchema, { category: 'access_control', title: '' }),
  Fields: SecurityMeasureFields,
  List: SecurityMeasureList,
  show: { badges: (m) => <CategoryChip record={m} />, usedThrough: 'securityMeasureIds' },
});
