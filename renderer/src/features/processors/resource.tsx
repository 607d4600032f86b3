import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLiveList } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, processorContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { defineResource } from '../shared/resource-pages';
import { ProcessorList } from './ProcessorList';
import { ProcessorShow } from './ProcessorShow';
import { ProcessorFields } from './ProcessorFields';
import { processorSortKey, processorsRepo } from './queries';

/** "Add a sub-processor" from a processor's page arrives with ?parent=<id>: the new one is engaged by it. */
const useSubProcessorSetup = () => {
  const { t } = useTranslation('processors');
  const [search] = useSearchParams();
  const { current } = useCurrentOrganisation();
  const all = useLiveList(processorsRepo(), current?.id, processorSortKey);
  const parent = search.get('parent');
  if (parent && all === undefined) return { loading: true };
  const parentId = parent && all?.some((p) => p.id === parent) ? parent : null;
  if (!parentId) return {};
  return {
    blank: blankOf(processorContentSchema, { name: '', parentProcessorId: parentId }),
    title: t('create.subTitle'),
    cancelTo: `/processors/${parentId}`,
  };
};

/** A processor or sub-processor (Art. 28) the organisation engages. */
export const processorResource = defineResource({
  catalogue: CATALOGUES.processor,
  schema: processorContentSchema,
  repo: () => repositories().processors,
  nameOf: (p) => p.name,
  blank: () => blankOf(processorContentSchema, { name: '' }),
  Fields: ProcessorFields,
  List: ProcessorList,
  create: { useSetup: useSubProcessorSetup },
});

/** Its page is its own (ProcessorShow). */
export const processorPages = { ...processorResource, Show: ProcessorShow };
