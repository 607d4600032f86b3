import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { PageHeader, SectionCard, StatusChip } from '../../components';
import { findingKey, SEVERITIES, type Severity } from '../../domain/checks';
import { Art30_5Panel } from './Art30_5Panel';
import {
  ALL_FINDINGS,
  applyFilter,
  groupFindings,
  overallCompleteness,
  RULE_SCOPES,
  splitReport,
  type FindingFilter,
  type GroupBy,
} from './checks-model';
import { CompletenessPanel } from './CompletenessPanel';
import { FindingGroups, FindingRow, moveBetweenFixLinks } from './FindingList';
import { SeverityIcon } from './FindingsBadge';
import { useActivityScores, useLiveChecks, type LiveChecks } from './queries';
import { useUiDates } from '../../i18n/dates';

const ChecksScreen = ({ checks }: { checks: LiveChecks }) => {
  const { t } = useTranslation(['checksUi', 'checks']);
  const fmt = useUiDates();
  const { ws, report } = checks;
  const view = useMemo(() => splitReport(report), [report]);
  const scores = useActivityScores(ws);
  const overall = scores.done ? overallCompleteness(scores.scores) : undefined;
  const [filter, setFilter] = useState<FindingFilter>(ALL_FINDINGS);
  const [groupBy, setGroupBy] = useState<GroupBy>('severity');
  const shown = useMemo(() => applyFilter(view.gaps, filter), [view.gaps, filter]);
  const groups = useMemo(() => groupFindings(shown, groupBy), [shown, groupBy]);
  const checkedOn = fmt.date(report.today);

  const setSeverities = (values: Severity[]) =>
    // At least one severity stays selected: an empty selection would look like "no gaps".
    values.length > 0 && setFilter((f) => ({ ...f, severities: new Set(values) }));

  return (
    <Box>
      <PageHeader
        title={t('checksUi:title')}
        subtitle={t('checksUi:subtitle', { organisation: ws.organisation.name })}
        badges={<StatusChip label={t('checksUi:checkedOn', { date: checkedOn })} tone="neutral" />}
      />

      <Stack
        component="section"
        aria-label={t('checksUi:summary.label')}
        direction="row"
        sx={{ gap: 1.5, flexWrap: 'wrap', mb: 3 }}
      >
        {SEVERITIES.map((s) => (
          <Paper key={s} variant="outlined" sx={{ p: 1.5, flex: '1 1 150px', minWidth: 150 }}>
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
              <SeverityIcon severity={s} />
              <Typography variant="body2" color="text.secondary">
                {t(`checks:severity.${s}`)}
              </Typography>
            </Stack>
            <Typography variant="h5" component="p" sx={{ fontWeight: 600 }} data-count={s}>
              {view.counts[s]}
            </Typography>
          </Paper>
        ))}
        <Paper variant="outlined" sx={{ p: 1.5, flex: '2 1 240px' }} title={t('checksUi:summary.completenessHelp')}>
          <Typography variant="body2" color="text.secondary">
            {t('checksUi:summary.completeness')}
          </Typography>
          <Typography variant="h5" component="p" sx={{ fontWeight: 600 }}>
            {overall === undefined
              ? t('checksUi:summary.computing')
              : overall === null
                ? t('checksUi:summary.completenessNone')
                : t('checksUi:completeness.score', { score: overall })}
          </Typography>
          {overall !== undefined && overall !== null && (
            <LinearProgress
              variant="determinate"
              value={overall}
              aria-label={t('checksUi:summary.completeness')}
              sx={{ height: 6, borderRadius: 3, mt: 0.5 }}
            />
          )}
        </Paper>
      </Stack>

      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 7fr) minmax(0, 4fr)' } }}>
        <Box component="section" aria-labelledby="checks-gaps">
          <Typography id="checks-gaps" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('checksUi:findings.title')}
          </Typography>
          {view.gaps.length === 0 ? (
            <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }} role="status">
              <CheckCircleIcon color="success" sx={{ fontSize: 48 }} />
              <Typography variant="h6" component="p">
                {t('checksUi:findings.empty')}
              </Typography>
              <Typography color="text.secondary">
                {t('checksUi:findings.emptyBody', { date: checkedOn, organisation: ws.organisation.name })}
              </Typography>
            </Paper>
          ) : (
            <>
              <Stack
                direction="row"
                role="toolbar"
                aria-label={t('checksUi:filters.label')}
                sx={{ gap: 1.5, mb: 1.5, flexWrap: 'wrap', alignItems: 'center' }}
              >
                <ToggleButtonGroup
                  size="small"
                  value={[...filter.severities]}
                  onChange={(_e, v: Severity[]) => setSeverities(v)}
                  aria-label={t('checksUi:filters.severity')}
                >
                  {SEVERITIES.map((s) => (
                    <ToggleButton key={s} value={s} sx={{ textTransform: 'none', gap: 0.5 }}>
                      <SeverityIcon severity={s} fontSize="inherit" />
                      {t(`checks:severity.${s}`)} ({view.counts[s]})
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
                <TextField
                  select
                  size="small"
                  label={t('checksUi:filters.scope')}
                  value={filter.scope ?? ''}
                  onChange={(e) =>
                    setFilter((f) => ({ ...f, scope: RULE_SCOPES.find((s) => s === e.target.value) ?? null }))
                  }
                  sx={{ width: 200 }}
                  fullWidth={false}
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                >
                  <MenuItem value="">{t('checksUi:filters.allScopes')}</MenuItem>
                  {RULE_SCOPES.map((s) => (
                    <MenuItem key={s} value={s}>
                      {t(`checksUi:scope.${s}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <ToggleButtonGroup
                  size="small"
                  exclusive
                  value={groupBy}
                  onChange={(_e, v: GroupBy | null) => v && setGroupBy(v)}
                  aria-label={t('checksUi:filters.groupBy')}
                >
                  <ToggleButton value="severity" sx={{ textTransform: 'none' }}>
                    {t('checksUi:filters.bySeverity')}
                  </ToggleButton>
                  <ToggleButton value="record" sx={{ textTransform: 'none' }}>
                    {t('checksUi:filters.byRecord')}
                  </ToggleButton>
                </ToggleButtonGroup>
                <Typography variant="body2" color="text.secondary" role="status" sx={{ ml: 'auto' }}>
                  {t('checksUi:filters.count', { count: shown.length })}
                </Typography>
              </Stack>
              {groups.length === 0 ? (
                <Alert severity="info">{t('checksUi:findings.noMatch')}</Alert>
              ) : (
                <FindingGroups groups={groups} />
              )}
            </>
          )}
        </Box>

        <Stack sx={{ gap: 3 }}>
          <SectionCard
            id="checks-reminders"
            title={t('checksUi:reminders.title')}
            intro={t('checksUi:reminders.intro')}
          >
            {view.reminders.length === 0 ? (
              <Typography variant="body2">{t('checksUi:reminders.none', { date: checkedOn })}</Typography>
            ) : (
              <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }} onKeyDown={moveBetweenFixLinks}>
                {view.reminders.map((f) => (
                  <FindingRow key={findingKey(f)} finding={f} showRecord />
                ))}
              </Box>
            )}
          </SectionCard>
          <CompletenessPanel progress={scores} />
        </Stack>
      </Box>

      <Box sx={{ mt: 3 }}>
        <Art30_5Panel ws={ws} />
      </Box>
    </Box>
  );
};

/** `/checks` (and any path under it): what is missing, inconsistent or risky in the current organisation's record. */
export const ChecksSection = () => {
  const { t } = useTranslation('checksUi');
  const { current, organisations } = useCurrentOrganisation();
  const checks = useLiveChecks(current?.id);
  if (organisations !== undefined && !current) return <Alert severity="info">{t('noOrganisation')}</Alert>;
  if (!checks) return <CircularProgress aria-label={t('loading')} />;
  return <ChecksScreen checks={checks} />;
};
