import { StatusChip, useNow } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, breachContentSchema } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { LogExportButton } from '../log-exports';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { BreachClockChip } from './BreachClockChip';
import { BreachBody, useBreachHeading } from './BreachShow';
import { BreachFields } from './BreachFields';
import { awareLocal, breachesRepo, breachName, breachSortKey, localTimeZone } from './queries';

const useClock = () => useNow();

/** A personal-data breach of the Art. 33(5) register: only what the DPO must answer first is empty. */
export const breachResource = defineResource({
  catalogue: CATALOGUES.breach,
  schema: breachContentSchema,
  repo: () => repositories().breaches,
  nameOf: (r) => breachName(r),
  blank: () => blankOf(breachContentSchema, { title: '', awareAt: '', timeZone: localTimeZone() }),
  Fields: BreachFields,
  List: resourceList(CATALOGUES.breach, breachesRepo, {
    sortKey: breachSortKey,
    findings: true,
    useContext: useClock,
    columns: ({ t, fmt, context: now }) => [
      { field: 'reference', minWidth: 120 },
      { field: 'title', flex: 2, minWidth: 220 },
      {
        field: 'awareAt',
        minWidth: 160,
        valueGetter: (_v, b) => awareLocal(b),
        // Sorted by the wall-clock text, shown in the interface language.
        valueFormatter: (v: string) => fmt.localDateTime(v),
      },
      { field: 'status', minWidth: 150, renderCell: ({ row }) => <StatusChip label={t(`status.${row.status}`)} /> },
      {
        field: 'clock',
        minWidth: 190,
        sortable: false,
        renderCell: ({ row }) => <BreachClockChip breach={row} now={now} />,
      },
    ],
    extraActions: <LogExportButton target={{ kind: 'log', log: 'breaches' }} />,
  }),
  show: { useHeading: useBreachHeading, Body: BreachBody },
});
