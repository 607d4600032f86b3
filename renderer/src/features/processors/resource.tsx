import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLiveList } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, processorContentSchema, type Processor } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { AddFromLibraryButton } from '../library/AddFromLibraryDialog';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { DpaChip, useProcessorPage } from './ProcessorShow';
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

/** The list's own rows name each sub-processor's parent. */
const useOwnRows = (rows: readonly Processor[] | undefined) => rows;

/** A processor or sub-processor (Art. 28) the organisation engages. */
export const processorResource = defineResource({
  catalogue: CATALOGUES.processor,
  schema: processorContentSchema,
  repo: () => repositories().processors,
  nameOf: (p) => p.name,
  blank: () => blankOf(processorContentSchema, { name: '' }),
  Fields: ProcessorFields,
  List: resourceList(CATALOGUES.processor, processorsRepo, {
    sortKey: processorSortKey,
    findings: true,
    useContext: useOwnRows,
    columns: ({ t, context: rows }) => {
      const nameOf = new Map((rows ?? []).map((p) => [p.id, p.name]));
      return [
        { field: 'name', flex: 1.5, minWidth: 180 },
        { field: 'service', flex: 2, minWidth: 200 },
        {
          field: 'parentProcessorId',
          headerName: t('list.parent'),
          flex: 1,
          minWidth: 150,
          valueGetter: (_v, p) => (p.parentProcessorId ? (nameOf.get(p.parentProcessorId) ?? '') : ''),
        },
        // The fields' labels are long (clipped or three lines in German at this width): the list says them short.
        { field: 'countries', headerName: t('list.countries'), flex: 1, minWidth: 220 },
        {
          field: 'dpa',
          // The chip says it in full ("AVV unterzeichnet").
          minWidth: 180,
          valueGetter: (_v, p) => (p.dpa.signed ? 1 : 0),
          renderCell: ({ row }) => <DpaChip processor={row} />,
        },
      ];
    },
    extraActions: <AddFromLibraryButton />,
  }),
  create: { useSetup: useSubProcessorSetup },
  show: { usePage: useProcessorPage, usedThrough: 'processorIds' },
});
