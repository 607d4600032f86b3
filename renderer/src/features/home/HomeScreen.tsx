import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { moveFocusAmong, PageHeader, ScoreBar, SectionCard } from '../../components';
import type { DataDestination } from '../../domain/data-map';
import { REVIEW_INTERVAL_MONTHS } from '../../domain/checks/reminders';
import { countDue, DUE_URGENCIES, mergeDue, type DueItem, type DueUrgency } from '../../domain/due-list';
import { dueHref, dueLineParams } from './due-lines';
import { useHomeData, type OrganisationHome } from './use-home-data';
import { useUiDates } from '../../i18n/dates';

/** The map and its geometry load after the list: the list is what the DPO came for. */
const DataMapPanel = lazy(() => import('./DataMapPanel').then((m) => ({ default: m.DataMapPanel })));

const URGENCY: Record<DueUrgency, { Icon: typeof ErrorOutlineIcon; colour: 'error' | 'warning' | 'info' }> = {
  overdue: { Icon: ErrorOutlineIcon, colour: 'error' },
  due_soon: { Icon: ScheduleIcon, colour: 'warning' },
  info: { Icon: TaskAltIcon, colour: 'info' },
};

/** Up and Down move between the lines, Home and End to the first and last (one tab stop for the list). */
const moveBetweenLines = moveFocusAmong('[data-due-line]');

const DueList = ({ items, showOrganisation }: { items: DueItem[]; showOrganisation: boolean }) => {
  const { t } = useTranslation('home');
  const { setCurrentId } = useCurrentOrganisation();
  const formatDay = useUiDates().date;
  return (
    <List aria-label={t('listLabel')} onKeyDown={moveBetweenLines} sx={{ py: 0 }}>
      {items.map((item, i) => {
        const { Icon, colour } = URGENCY[item.urgency];
        return (
          // Each link in its own <li>; its name is the line as shown (what is due, then how urgent).
          <ListItem
            key={`${item.organisationId}|${item.kind}|${'id' in item.target ? item.target.id : ''}`}
            disablePadding
            divider={i < items.length - 1}
          >
            <ListItemButton
              component={RouterLink}
              to={dueHref(item)}
              onClick={() => setCurrentId(item.organisationId)}
              data-due-line={item.kind}
              data-urgency={item.urgency}
              // One tab stop for the whole list; the arrow keys move inside it.
              tabIndex={i === 0 ? 0 : -1}
            >
              <ListItemIcon sx={{ minWidth: 40 }}>
                <Icon color={colour} aria-hidden />
              </ListItemIcon>
              <ListItemText
                primary={t(`lines.${item.kind}`, dueLineParams(item, formatDay))}
                secondary={
                  showOrganisation
                    ? `${t(`urgency.${item.urgency}`)} · ${item.organisationName}`
                    : t(`urgency.${item.urgency}`)
                }
              />
            </ListItemButton>
          </ListItem>
        );
      })}
    </List>
  );
};

const CompletenessCard = ({ organisations }: { organisations: OrganisationHome[] }) => {
  const { t } = useTranslation('home');
  const { setCurrentId } = useCurrentOrganisation();
  return (
    <SectionCard id="home-completeness" title={t('completeness.title')}>
      <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, gap: 1.5 }}>
        {organisations.map(({ due }) => {
          const c = due.completeness;
          return (
            <Box component="li" key={due.organisationId} data-completeness={due.organisationId}>
              <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1 }}>
                <Link
                  component={RouterLink}
                  to="/checks"
                  onClick={() => setCurrentId(due.organisationId)}
                  underline="hover"
                  sx={{ flexGrow: 1, minWidth: 0 }}
                  aria-label={`${t('completeness.open')}: ${due.organisationName}`}
                >
                  {due.organisationName}
                </Link>
                {c.score !== null && (
                  <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap', flexShrink: 0 }}>
                    {t('completeness.score', { score: c.score })}
                  </Typography>
                )}
              </Stack>
              {c.score === null ? (
                <Typography variant="body2" color="text.secondary">
                  {t('completeness.none')}
                </Typography>
              ) : (
                <>
                  <ScoreBar score={c.score} label={`${t('completeness.title')}: ${due.organisationName}`} />
                  <Typography variant="caption" color="text.secondary" component="p">
                    {t('completeness.detail', { ...c })}
                  </Typography>
                </>
              )}
            </Box>
          );
        })}
      </Stack>
    </SectionCard>
  );
};

/** Countries of several organisations in one list: the union of their sources. */
const mergeDestinations = (organisations: OrganisationHome[]): DataDestination[] => {
  const byCountry = new Map<string, DataDestination>();
  for (const o of organisations)
    for (const d of o.destinations) {
      const seen = byCountry.get(d.country);
      if (seen) seen.sources.push(...d.sources.filter((s) => !seen.sources.some((x) => x.id === s.id)));
      else byCountry.set(d.country, { ...d, sources: [...d.sources] });
    }
  return [...byCountry.values()];
};

type Scope = 'current' | 'all';

/**
 * `/home` (and any path under it), the first screen: what is due, most urgent first, for one
 * organisation or all of them, and the data map.
 */
export const HomeScreen = () => {
  const { t } = useTranslation('home');
  const { organisations, current } = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const scope: Scope = params.get('scope') === 'all' ? 'all' : 'current';
  const formatDay = useUiDates().date;
  const data = useHomeData((organisations ?? []).map((o) => `${o.id}@${o.updatedAt}`).join(','));
  const shown = useMemo(
    () =>
      scope === 'all' ? data.organisations : data.organisations.filter((o) => o.due.organisationId === current?.id),
    [scope, data.organisations, current?.id],
  );
  const items = useMemo(() => mergeDue(shown.map((o) => o.due)), [shown]);
  const counts = countDue(items);
  const destinations = useMemo(() => mergeDestinations(shown), [shown]);
  const total = organisations?.length ?? 0;
  const currentName = current?.name ?? '';
  const reading = t('reading', { done: data.organisations.length + data.failures.length, total });
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle', { date: formatDay(data.today) })} />
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={scope}
          aria-label={t('scope.label')}
          onChange={(_, v: Scope | null) => {
            if (v) setParams(v === 'all' ? { scope: 'all' } : {}, { replace: true });
          }}
        >
          <ToggleButton value="current">{t('scope.current', { organisation: currentName })}</ToggleButton>
          <ToggleButton value="all">{t('scope.all', { count: total })}</ToggleButton>
        </ToggleButtonGroup>
        <Stack direction="row" sx={{ gap: 1 }} aria-live="polite">
          {DUE_URGENCIES.map((u) => (
            <Chip
              key={u}
              size="small"
              color={counts[u] > 0 ? URGENCY[u].colour : 'default'}
              variant={counts[u] > 0 ? 'filled' : 'outlined'}
              label={t(`counts.${u}`, { count: counts[u] })}
              data-count={u}
            />
          ))}
        </Stack>
      </Stack>
      {!data.done && (
        <Stack direction="row" role="status" sx={{ gap: 1, alignItems: 'center', mb: 2 }}>
          <CircularProgress size={16} aria-label={reading} />
          <Typography variant="body2">{reading}</Typography>
        </Stack>
      )}
      {data.failures.map((f) => (
        <Alert key={f.organisationId} severity="error" sx={{ mb: 2 }}>
          {t('failed', { organisation: f.organisationName, message: f.message })}
        </Alert>
      ))}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, alignItems: 'start' }}>
        <Paper variant="outlined" component="section" aria-labelledby="home-due">
          <Typography id="home-due" variant="h6" component="h2" sx={{ px: 2, pt: 2 }}>
            {t('listLabel')}
          </Typography>
          {items.length > 0 ? (
            <DueList items={items} showOrganisation={scope === 'all'} />
          ) : (
            data.done && (
              <Typography sx={{ p: 2 }} color="text.secondary" data-due-empty>
                {t(`empty.${scope}`, { organisation: currentName, months: REVIEW_INTERVAL_MONTHS })}
              </Typography>
            )
          )}
        </Paper>
        {shown.length > 0 && <CompletenessCard organisations={shown} />}
      </Box>
      <Box sx={{ mt: 2 }}>
        <Suspense fallback={<CircularProgress aria-label={t('map.loading')} />}>
          {data.done && <DataMapPanel destinations={destinations} linkable={scope === 'current'} />}
        </Suspense>
      </Box>
    </>
  );
};
