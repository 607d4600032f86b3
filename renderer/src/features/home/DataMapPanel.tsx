import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { SectionCard } from '../../components';
import { DATA_MAP_STATUSES, destinationCounts, type DataDestination, type DataMapStatus } from '../../domain/data-map';
import { ADEQUACY_AS_OF, countryName } from '../../domain/reference';
import {
  buildWorldMap,
  DATA_MAP_COLOURS,
  loadWorldTopology,
  WORLD_MAP_LAND,
  WORLD_MAP_MARKER_RADIUS,
  type WorldTopology,
} from '../../export/common/world-map';
import { languageOrEnglish } from '../../domain/languages';
import { formatUiDate } from '../../i18n/dates';

const Swatch = ({ colour }: { colour: string }) => (
  <Box
    component="span"
    aria-hidden
    sx={{ display: 'inline-block', width: 14, height: 14, borderRadius: 0.5, bgcolor: colour, flexShrink: 0 }}
  />
);

/**
 * The map of where the data goes, drawn from the same geometry as the register's figure. Each
 * destination is a focusable shape that names itself (hover or focus shows its name and status);
 * the list beside it says the same for screen readers and for countries too small to draw.
 */
export const DataMapPanel = ({ destinations, linkable }: { destinations: DataDestination[]; linkable: boolean }) => {
  const { t, i18n } = useTranslation('home');
  const theme = useTheme();
  const lang = languageOrEnglish(i18n.language);
  const [topology, setTopology] = useState<WorldTopology | null>(null);
  const [pointed, setPointed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadWorldTopology().then((tp) => live && setTopology(tp));
    return () => {
      live = false;
    };
  }, []);
  const map = useMemo(() => (topology ? buildWorldMap(topology, destinations) : null), [topology, destinations]);
  const dotted = useMemo(() => new Set(map?.markers.map((m) => m.code)), [map]);
  const counts = destinationCounts(destinations);
  const statusLabel = (s: DataMapStatus) => t(`map.status.${s}`);
  const land = theme.palette.mode === 'dark' ? theme.palette.grey[700] : WORLD_MAP_LAND;
  const border = theme.palette.background.paper;
  const describe = (code: string, s: DataMapStatus) =>
    t('map.country', { country: countryName(code, lang), status: statusLabel(s) });
  /** A destination's shape: one focus stop that names itself, and says so above the map when pointed at. */
  const pointable = (label: string, country: string, status: DataMapStatus) => ({
    tabIndex: 0,
    role: 'img',
    'aria-label': label,
    'data-country': country,
    'data-status': status,
    onMouseEnter: () => setPointed(label),
    onMouseLeave: () => setPointed(null),
    onFocus: () => setPointed(label),
    onBlur: () => setPointed(null),
  });
  const byStatus = DATA_MAP_STATUSES.map((s) => ({
    status: s,
    list: destinations.filter((d) => d.status === s),
  })).filter((g) => g.list.length > 0);
  return (
    <SectionCard
      id="home-map"
      title={t('map.title')}
      intro={t('map.intro', { date: formatUiDate(ADEQUACY_AS_OF, lang) })}
    >
      {destinations.length === 0 ? (
        <Typography data-map-empty>{t('map.empty')}</Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '3fr 1fr' }, alignItems: 'start' }}>
          <Box>
            <Typography variant="body2" aria-live="polite" sx={{ minHeight: 24, fontWeight: 500 }} data-map-pointed>
              {pointed ?? '\u00a0'}
            </Typography>
            {map === null ? (
              <CircularProgress aria-label={t('map.loading')} />
            ) : (
              <Box
                component="svg"
                viewBox={`0 0 ${map.width} ${map.height}`}
                role="group"
                aria-label={t('map.figureLabel')}
                sx={{ width: '100%', height: 'auto', display: 'block' }}
                data-world-map
              >
                {map.shapes.map((s, i) => {
                  const name = s.code ? countryName(s.code, lang) : s.name;
                  const key = `${s.code ?? s.name}-${i}`;
                  const shape = { d: s.d, stroke: border, strokeWidth: 0.5 };
                  if (s.status === null)
                    return (
                      <path
                        key={key}
                        {...shape}
                        fill={land}
                        onMouseEnter={() => setPointed(`${name}: ${t('map.noData')}`)}
                        onMouseLeave={() => setPointed(null)}
                      >
                        <title>{name}</title>
                      </path>
                    );
                  const label = describe(s.code ?? '', s.status);
                  // A country too small to see also has a dot: the dot is its one focus stop.
                  if (s.code !== null && dotted.has(s.code))
                    return <path key={key} {...shape} fill={DATA_MAP_COLOURS[s.status]} aria-hidden />;
                  return (
                    <Box
                      component="path"
                      key={key}
                      {...shape}
                      fill={DATA_MAP_COLOURS[s.status]}
                      {...pointable(label, s.code ?? '', s.status)}
                      sx={{
                        outline: 'none',
                        '&:focus-visible': { stroke: theme.palette.text.primary, strokeWidth: 2 },
                      }}
                    >
                      <title>{label}</title>
                    </Box>
                  );
                })}
                {map.markers.map((m) => {
                  const label = describe(m.code, m.status);
                  return (
                    <Box
                      component="circle"
                      key={m.code}
                      cx={m.x}
                      cy={m.y}
                      r={WORLD_MAP_MARKER_RADIUS}
                      fill={DATA_MAP_COLOURS[m.status]}
                      stroke={theme.palette.text.primary}
                      strokeWidth={1}
                      {...pointable(label, m.code, m.status)}
                      sx={{ outline: 'none', '&:focus-visible': { strokeWidth: 3 } }}
                    >
                      <title>{label}</title>
                    </Box>
                  );
                })}
              </Box>
            )}
            <Stack
              component="ul"
              direction="row"
              aria-label={t('map.legend')}
              sx={{ listStyle: 'none', p: 0, m: 0, mt: 1, gap: 2, flexWrap: 'wrap' }}
            >
              {[
                ...DATA_MAP_STATUSES.map((s) => ({
                  key: s,
                  colour: DATA_MAP_COLOURS[s],
                  label: `${statusLabel(s)} (${counts[s]})`,
                })),
                { key: 'none', colour: land, label: t('map.noData') },
              ].map((entry) => (
                <Stack component="li" key={entry.key} direction="row" sx={{ gap: 0.75, alignItems: 'center' }}>
                  <Swatch colour={entry.colour} />
                  <Typography variant="body2">{entry.label}</Typography>
                </Stack>
              ))}
            </Stack>
            {map !== null && map.unplaced.length > 0 && (
              <Typography variant="caption" color="text.secondary">
                {t('map.notDrawn', { countries: map.unplaced.map((c) => countryName(c, lang)).join(', ') })}
              </Typography>
            )}
          </Box>
          <Box component="section" aria-labelledby="home-map-list">
            <Typography id="home-map-list" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {t('map.listTitle')}
            </Typography>
            {byStatus.map((g) => (
              <Box key={g.status} sx={{ mt: 1 }}>
                <Stack direction="row" sx={{ gap: 0.75, alignItems: 'center' }}>
                  <Swatch colour={DATA_MAP_COLOURS[g.status]} />
                  <Typography variant="body2" component="h4" sx={{ fontWeight: 600 }}>
                    {statusLabel(g.status)}
                  </Typography>
                </Stack>
                <Box component="ul" sx={{ m: 0, pl: 3 }}>
                  {g.list.map((d) => (
                    <Typography component="li" variant="body2" key={d.country} data-map-country={d.country}>
                      <strong>{countryName(d.country, lang)}</strong>
                      {' — '}
                      {d.sources.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 && ', '}
                          {linkable ? (
                            <Link
                              component={RouterLink}
                              to={`/${s.table}/${encodeURIComponent(s.id)}`}
                              // Inside a sentence: underlined, not told apart by colour alone (WCAG 1.4.1).
                              underline="always"
                            >
                              {s.name}
                            </Link>
                          ) : (
                            s.name
                          )}{' '}
                          ({t(`map.source.${s.kind}`)})
                        </span>
                      ))}
                    </Typography>
                  ))}
                </Box>
              </Box>
            ))}
          </Box>
        </Box>
      )}
    </SectionCard>
  );
};
