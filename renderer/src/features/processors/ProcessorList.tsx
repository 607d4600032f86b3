import type { GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { ResourceListPage, useLiveList } from '../../components';
import type { Processor } from '../../domain';
import { countryName } from '../../domain/reference';
import { useFindingsColumn } from '../checks/findings-column';
import { AddFromLibraryButton } from '../library/AddFromLibraryDialog';
import { DpaChip } from './ProcessorShow';
import { processorSortKey, processorsRepo } from './queries';

export const ProcessorList = () => {
  const { t } = useTranslation('processors');
  const lang = useUiLanguage();
  const { current } = useCurrentOrganisation();
  const rows = useLiveList(processorsRepo(), current?.id, processorSortKey);
  const findingsColumn = useFindingsColumn<Processor>('processors');
  const columns = useMemo<GridColDef<Processor>[]>(() => {
    const nameOf = new Map((rows ?? []).map((p) => [p.id, p.name]));
    return [
      findingsColumn,
      { field: 'name', headerName: t('fields.name'), flex: 1.5, minWidth: 180 },
      { field: 'service', headerName: t('fields.service'), flex: 2, minWidth: 200 },
      {
        field: 'parentProcessorId',
        headerName: t('fields.parent'),
        flex: 1,
        minWidth: 150,
        valueGetter: (_v, p) => (p.parentProcessorId ? (nameOf.get(p.parentProcessorId) ?? '') : ''),
      },
      {
        field: 'countries',
        headerName: t('fields.countries'),
        flex: 1,
        // Its heading is long in every language: two lines at this width.
        minWidth: 220,
        valueGetter: (_v, p) => p.countries.map((c) => countryName(c, lang)).join(', '),
      },
      {
        field: 'dpa',
        headerName: t('fields.dpa'),
        minWidth: 140,
        valueGetter: (_v, p) => (p.dpa.signed ? 1 : 0),
        renderCell: ({ row }) => <DpaChip processor={row} />,
      },
    ];
  }, [t, lang, rows, findingsColumn]);
  return (
    <ResourceListPage
      namespace="processors"
      basePath="/processors"
      rows={rows}
      columns={columns}
      extraActions={<AddFromLibraryButton />}
    />
  );
};
