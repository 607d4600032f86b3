import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, securityMeasureContentSchema, type SecurityMeasure } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { securityMeasureSortKey, securityMeasuresRepo } from './queries';
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
  // The organisation's catalogue of Art. 32 measures, grouped by category; activities link to them.
  List: resourceList(CATALOGUES.securityMeasure, securityMeasuresRepo, {
    sortKey: securityMeasureSortKey,
    columns: () => [
      // Wide enough for the longest category in full ("Nachvollziehbarkeit und Protokollierung").
      { field: 'category', flex: 1.5, minWidth: 270, sortComparator: (a: string, b: string) => a.localeCompare(b) },
      { field: 'title', flex: 1.5, minWidth: 200 },
      { field: 'description', flex: 2.5, minWidth: 240 },
    ],
  }),
  show: { usePage: (m) => ({ badges: <CategoryChip record={m} /> }), usedThrough: 'securityMeasureIds' },
});
