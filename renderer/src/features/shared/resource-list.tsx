import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceListPage, useLiveList } from '../../components';
import type { EntityTable, Language } from '../../domain';
import type { FieldDisplay, ResourceCatalogue } from '../../domain/catalogue';
import { useUiDates } from '../../i18n/dates';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useUiLanguage } from '../../session/use-ui-language';
import { useFindingsColumn } from '../checks/findings-column';
import { useCatalogueValue } from './catalogue-values';

type Row = GridValidRowModel & { id: string; deletedAt: string | null };

/** What a list's columns read with: its namespace's words, the interface language and dates, and its context. */
export interface ListReading<C> {
  t: (key: string, options?: Record<string, unknown>) => string;
  lang: Language;
  fmt: ReturnType<typeof useUiDates>;
  context: C;
}

/**
 * A resource's list: its columns and how its rows sort. A column's heading is `fields.<field>` of
 * the resource's namespace unless it says otherwise; a catalogued enum or country column reads
 * (and sorts by) its labels, a date column shows the stored day in the interface language.
 */
export interface ResourceListSpec<R extends Row, C> {
  /** The order of the organisation's records. */
  sortKey?(record: R): string;
  /** Rows read elsewhere than from the current organisation's records (the organisations themselves). */
  useRows?(): readonly R[] | undefined;
  /** A first column with the checks' findings badge of each row. */
  findings?: boolean;
  /** What the columns read besides the row (the clock, other records); the same value until it changes. */
  useContext?(rows: readonly R[] | undefined): C;
  columns(reading: ListReading<C>): GridColDef<R>[];
  /** Replaces the namespace's `list.subtitle` when the subtitle carries live facts. */
  subtitle?(reading: ListReading<C>): string;
  /** Further ways to add records or of exporting them, before the "New …" button. */
  extraActions?: ReactNode;
  /** What the empty list offers besides "New …", when it is not `extraActions`. */
  emptyActions?: ReactNode;
}

const READ_AS_LABEL: readonly FieldDisplay[] = ['enum', 'enums', 'country', 'countries'];
const noContext = () => undefined;
const noColumn = (): undefined => undefined;
const asStored = () => '';

type Catalogue = ResourceCatalogue & { table: EntityTable };
type Repo<R> = () => { list(organisationId?: string): Promise<R[]>; get(id: string): Promise<R | undefined> };

/** The list page of a resource, from its catalogue, its repository and its list's spec. */
export function resourceList<R extends Row, C>(
  catalogue: Catalogue,
  repo: Repo<R>,
  spec: ResourceListSpec<R, C> & { useContext(rows: readonly R[] | undefined): C },
): ComponentType;
export function resourceList<R extends Row>(
  catalogue: Catalogue,
  repo: Repo<R>,
  spec: Omit<ResourceListSpec<R, undefined>, 'useContext'>,
): ComponentType;
export function resourceList<R extends Row, C>(
  catalogue: Catalogue,
  repo: Repo<R>,
  spec: ResourceListSpec<R, C | undefined>,
) {
  const { namespace, basePath, table } = catalogue;
  const useFindings = spec.findings ? useFindingsColumn<R> : noColumn;
  const useContext = spec.useContext ?? noContext;
  const useOwnRows = () => useLiveList(repo(), useCurrentOrganisation().current?.id, spec.sortKey ?? asStored);
  const useRows = spec.useRows ?? useOwnRows;
  const List = () => {
    const { t } = useTranslation(namespace);
    const lang = useUiLanguage();
    const fmt = useUiDates();
    const valueOf = useCatalogueValue();
    const rows = useRows();
    const findingsColumn = useFindings(table);
    const context = useContext(rows);
    const reading = { t, lang, fmt, context };
    const columns = useMemo<GridColDef<R>[]>(() => {
      const own = spec.columns({ t, lang, fmt, context });
      const derived = own.map((column): GridColDef<R> => {
        const field = catalogue.fields.find((f) => f.path === column.field);
        const byLabel = field && READ_AS_LABEL.includes(field.display) && !column.valueGetter;
        return {
          headerName: t(`fields.${column.field}`),
          ...(byLabel ? { valueGetter: (_v: unknown, row: R) => valueOf(field, row[column.field]) } : {}),
          ...(field?.display === 'date' ? { valueFormatter: (v: string) => fmt.date(v) } : {}),
          ...column,
        };
      });
      return findingsColumn ? [findingsColumn, ...derived] : derived;
    }, [t, lang, fmt, valueOf, context, findingsColumn]);
    return (
      <ResourceListPage
        namespace={namespace}
        basePath={basePath}
        rows={rows}
        columns={columns}
        subtitle={spec.subtitle?.(reading)}
        extraActions={spec.extraActions}
        emptyActions={spec.emptyActions}
      />
    );
  };
  return List;
}
