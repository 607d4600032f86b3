import { adequacyDecisionFor, isEea } from './reference';
import { isLive, type Workspace } from './workspace';

/**
 * Where the data goes: the countries of the processors, sub-processors and transfers of a record,
 * each with the status of the dated adequacy list (assets/reference-data/adequacy.json, Art. 45).
 * The app's map panel and the register's figure both draw from this, so they never disagree.
 */

/**
 * The map's colours, from the country's side of Chapter V:
 * - `eea`: inside the EEA, no transfer at all (Art. 44 does not apply);
 * - `adequate`: a full adequacy decision (Art. 45(3));
 * - `partial`: a decision that covers only some recipients there (US: DPF-certified organisations,
 *   Decision (EU) 2023/1795; CA: PIPEDA; JP, KR: the sectors the decision names);
 * - `not_adequate`: no decision; a transfer needs an Art. 46 safeguard or an Art. 49 derogation.
 */
export const DATA_MAP_STATUSES = ['eea', 'adequate', 'partial', 'not_adequate'] as const;
export type DataMapStatus = (typeof DATA_MAP_STATUSES)[number];

export const countryMapStatus = (code: string): DataMapStatus => {
  if (isEea(code)) return 'eea';
  const decision = adequacyDecisionFor(code);
  if (decision === undefined) return 'not_adequate';
  return decision.scope === 'full' ? 'adequate' : 'partial';
};

export const DATA_SOURCE_KINDS = ['processor', 'sub_processor', 'transfer'] as const;
export type DataSourceKind = (typeof DATA_SOURCE_KINDS)[number];

/** One record that sends data to a country. */
export interface DataMapSource {
  kind: DataSourceKind;
  /** The record's table, for a link to it. */
  table: 'processors' | 'transfers';
  id: string;
  name: string;
}

export interface DataDestination {
  /** ISO 3166-1 alpha-2. */
  country: string;
  status: DataMapStatus;
  sources: DataMapSource[];
}

/** A record's countries may be many, but a map of more than every country is a bad input. */
const MAX_SOURCES_PER_COUNTRY = 500;

const statusRank = (s: DataMapStatus): number => DATA_MAP_STATUSES.indexOf(s);

/**
 * The destinations of one record: a processor's (or sub-processor's) countries where the data is
 * processed or stored (`countries`, not its seat: the seat is where it is, not where the data goes),
 * and every transfer to a country. International organisations have no place on a map and are left
 * to the register's transfer items. Sorted from the least protected status, then by country code.
 */
export const dataDestinations = (ws: Pick<Workspace, 'processors' | 'transfers'>): DataDestination[] => {
  const byCountry = new Map<string, DataMapSource[]>();
  const add = (country: string, source: DataMapSource): void => {
    if (country === '') return;
    const list = byCountry.get(country);
    if (list === undefined) byCountry.set(country, [source]);
    else if (list.length < MAX_SOURCES_PER_COUNTRY && !list.some((s) => s.id === source.id)) list.push(source);
  };
  for (const p of ws.processors) {
    if (!isLive(p)) continue;
    const kind: DataSourceKind = p.parentProcessorId === null ? 'processor' : 'sub_processor';
    for (const c of p.countries) add(c, { kind, table: 'processors', id: p.id, name: p.name });
  }
  for (const t of ws.transfers) {
    if (!isLive(t) || t.destinationType !== 'country') continue;
    add(t.country, { kind: 'transfer', table: 'transfers', id: t.id, name: t.recipientName });
  }
  return [...byCountry.entries()]
    .map(([country, sources]) => ({
      country,
      status: countryMapStatus(country),
      sources: sources.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => statusRank(b.status) - statusRank(a.status) || a.country.localeCompare(b.country));
};

/** How many destinations have each status (the legend's counts). */
export const destinationCounts = (destinations: readonly DataDestination[]): Record<DataMapStatus, number> => {
  const counts: Record<DataMapStatus, number> = { eea: 0, adequate: 0, partial: 0, not_adequate: 0 };
  for (const d of destinations) counts[d.status] += 1;
  return counts;
};
