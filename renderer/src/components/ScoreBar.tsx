import LinearProgress from '@mui/material/LinearProgress';

/** Below this share of items present, the bar turns red; at 100 it is green, amber between. */
const LOW_SCORE = 50;

/** A completeness score (0 to 100) as a thin bar in the colour of how complete it is. */
export const ScoreBar = ({ score, label }: { score: number; label: string }) => (
  <LinearProgress
    variant="determinate"
    value={score}
    color={score >= 100 ? 'success' : score < LOW_SCORE ? 'error' : 'warning'}
    aria-label={label}
    sx={{ height: 6, borderRadius: 3, my: 0.5 }}
  />
);
