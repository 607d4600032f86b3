import enHome from '../../../../assets/i18n/en/home.json';
import frHome from '../../../../assets/i18n/fr/home.json';
import deHome from '../../../../assets/i18n/de/home.json';
import type { Language } from '../../domain/common';
import {
  DATA_MAP_STATUSES,
  dataDestinations,
  destinationCounts,
  type DataDestination,
  type DataMapStatus,
} from '../../domain/data-map';
import { ADEQUACY_AS_OF, countryName } from '../../domain/reference';
import type { Workspace } from '../../domain/workspace';
import { formatDate, joinList } from '../common/format';
import { isOnWorldMap } from '../common/world-map';
import { createTranslator } from '../common/wording';

/** The map's wording lives with the app's (home.json `map`), so screen and document say the same. */
const homeT = createTranslator('home', { en: enHome, fr: frHome, de: deHome });

/** The register's figure of where the data goes: what the PDF and DOCX builders draw and print. */
export interface RegisterDataMapVm {
  heading: string;
  intro: string;
  figureTitle: string;
  legendTitle: string;
  legend: { status: DataMapStatus; label: string; count: number }[];
  listTitle: string;
  /** One line per country, least protected first: the figure's content as text. */
  lines: string[];
  /** Said instead of a figure when no country is recorded. */
  empty: string | null;
  destinations: Pick<DataDestination, 'country' | 'status'>[];
  /** The destinations the map cannot place, worded; null when every one is drawn. */
  notDrawn: string | null;
}

export const buildRegisterDataMap = (
  ws: Pick<Workspace, 'processors' | 'transfers'>,
  language: Language,
): RegisterDataMapVm => {
  const t = (key: string, vars?: Record<string, string | number>) => homeT(language, `map.${key}`, vars);
  const destinations = dataDestinations(ws);
  const counts = destinationCounts(destinations);
  const unplaced = destinations.map((d) => d.country).filter((c) => !isOnWorldMap(c));
  const vm: RegisterDataMapVm = {
    heading: t('document.heading'),
    intro: t('document.intro', { date: formatDate(ADEQUACY_AS_OF, language) }),
    figureTitle: t('document.figure'),
    legendTitle: t('document.legendTitle'),
    legend: DATA_MAP_STATUSES.map((status) => ({ status, label: t(`status.${status}`), count: counts[status] })),
    listTitle: t('document.listTitle'),
    lines: destinations.map((d) =>
      t('document.line', {
        country: countryName(d.country, language),
        code: d.country,
        status: t(`status.${d.status}`),
        sources: joinList(
          d.sources.map((s) => t('document.source', { name: s.name, kind: t(`source.${s.kind}`) })),
          language,
        ),
      }),
    ),
    empty: destinations.length === 0 ? t('empty') : null,
    destinations: destinations.map(({ country, status }) => ({ country, status })),
    notDrawn:
      unplaced.length === 0
        ? null
        : t('document.notDrawn', {
            countries: joinList(
              unplaced.map((c) => countryName(c, language)),
              language,
            ),
          }),
  };
  return vm;
};
