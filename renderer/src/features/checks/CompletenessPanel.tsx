import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ScoreBar, SectionCard } from '../../components';
import { sortScores, type ActivityScore } from './checks-model';
import { findingHref } from './finding-links';
import type { ScoresProgress } from './queries';

const ScoreRow = ({ score }: { score: ActivityScore }) => {
  const { t } = useTranslation(['checksUi', 'checks']);
  const { activity, completeness } = score;
  const missing = completeness.items.filter((i) => i.applicable && !i.present);
  // The bar leads to the first missing item's field, like a finding does.
  const firstGap = missing[0]?.gaps[0]?.target;
  const href = firstGap ? findingHref(firstGap) : `/activities/${activity.id}`;
  return (
    <Box component="li" sx={{ py: 1 }} data-activity-score={activity.id}>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1 }}>
        <Link
          component={RouterLink}
          to={href}
          underline="hover"
          sx={{ flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          aria-label={t('checksUi:completeness.open', { activity: activity.name })}
        >
          {activity.name}
        </Link>
        {/* The share stays whole ("88 %" broke before its sign beside a long name in French). */}
        <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap', flexShrink: 0 }}>
          {t('checksUi:completeness.score', { score: completeness.score })}
        </Typography>
      </Stack>
      <ScoreBar score={completeness.score} label={t('checksUi:completeness.barLabel', { activity: activity.name })} />
      <Typography variant="caption" color="text.secondary" component="p">
        {t('checksUi:completeness.items', {
          count: completeness.present,
          present: completeness.present,
          applicable: completeness.applicable,
        })}
        {missing.length > 0 &&
          ` · ${t('checksUi:completeness.missing', {
            items: missing.map((i) => t(`checks:items.${i.key}`)).join(', '),
          })}`}
      </Typography>
    </Box>
  );
};

/** Art. 30 completeness of each activity as a bar, least complete first. */
export const CompletenessPanel = ({ progress }: { progress: ScoresProgress }) => {
  const { t, i18n } = useTranslation('checksUi');
  const sorted = useMemo(() => sortScores(progress.scores, i18n.language), [progress.scores, i18n.language]);
  return (
    <SectionCard id="checks-completeness" title={t('completeness.title')} intro={t('completeness.intro')}>
      {progress.total === 0 && <Typography>{t('completeness.none')}</Typography>}
      {!progress.done && (
        <Typography variant="body2" role="status">
          {t('completeness.progress', { done: progress.scores.length, total: progress.total })}
        </Typography>
      )}
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {sorted.map((s) => (
          <ScoreRow key={s.activity.id} score={s} />
        ))}
      </Box>
    </SectionCard>
  );
};
