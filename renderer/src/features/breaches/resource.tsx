import { StatusChip, useNow } from '../../components';
import { repositories } from '../../data/repositories';
import { blankOf, breachContentSchema, breachTimeZone, instantToLocal, type Breach } from '../../domain';
import { CATALOGUES } from '../../domain/catalogue';
import { LogExportButton } from '../log-exports';
import { resourceList } from '../shared/resource-list';
import { defineResource } from '../shared/resource-pages';
import { BreachClockChip } from './BreachClockChip';
import { useBreachPage } from './BreachShow';
import { BreachFields } from './BreachFields';

const breachesRepo = () => repositories().breaches;

/** The awareness time as the organisation's clock showed it ("2026-03-02T09:30", sortable). */
const awareLocal = (b: Breach): string => {
  try {
    return instantToLocal(b.awareAt, breachTimeZone(b)).slice(0, 16);
  } catch {
    return b.awareAt;
  }
};

/** The time zone of this computer: where a DPO usually types the awareness time. */
const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The clock the list's chips read, every minute (`useContext` is given the rows, not an interval). */
const useClock = () => useNow();

/** A personal-data breach of the Art. 33(5) register: only what the DPO must answer first is empty. */
export const breachResource = defineResource({
  catalogue: CATALOGUES.breach,
  schema: breachContentSchema,
  repo: breachesRepo,
  nameOf: (b) => (b.reference === '' ? b.title : `${b.reference} — ${b.title}`),
  blank: () => blankOf(breachContentSchema, { title: '', awareAt: '', timeZone: localTimeZone() }),
  Fields: BreachFields,
  List: resourceList(CATALOGUES.breach, breachesRepo, {
    // Newest awareness first reads best; the grid sorts by any column anyway.
    sortKey: (b) => b.awareAt,
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
  show: { usePage: useBreachPage },
});
