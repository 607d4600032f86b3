import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BackupError } from '../../data/backup';
import { limitReason } from './limit-reason';

/** How many problems of an invalid backup are listed; the rest are counted. */
const LISTED_PROBLEMS = 50;

/**
 * One clear message per kind of refusal, in the interface language: a wrong password, an
 * altered file, a damaged file, a newer version and a file that is not ours read differently,
 * because what the DPO should do next differs. Each says that nothing was changed.
 */
export const BackupErrorAlert = ({ error, fileName }: { error: BackupError; fileName?: string }) => {
  const { t, i18n } = useTranslation('settings');
  const problems = error.problems ?? [];
  const { limit, max } = error;
  const tooLarge = error.kind === 'too-large' && limit !== undefined && max !== undefined;
  return (
    <Alert severity={error.kind === 'newer-version' ? 'warning' : 'error'} data-error-kind={error.kind}>
      <AlertTitle>{tooLarge ? t('bounds:backupTooLarge.title') : t(`restore.errors.${error.kind}.title`)}</AlertTitle>
      <Typography variant="body2">
        {tooLarge
          ? t('bounds:backupTooLarge.body', { reason: limitReason(t, i18n.language, limit, max) })
          : t(`restore.errors.${error.kind}.body`, { name: fileName ?? '' })}
      </Typography>
      <Typography variant="body2" sx={{ mt: 1, fontWeight: 500 }}>
        {t('restore.nothingChanged')}
      </Typography>
      {problems.length > 0 && (
        <Box
          component="ul"
          aria-label={t('restore.problemsLabel')}
          sx={{ pl: 2.5, mb: 0, mt: 1, maxHeight: 260, overflow: 'auto' }}
        >
          {problems.slice(0, LISTED_PROBLEMS).map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <Typography variant="body2">
                <Box component="code" sx={{ fontFamily: 'monospace', fontSize: 13 }}>
                  {p.path}
                </Box>{' '}
                — {p.message}
              </Typography>
            </li>
          ))}
          {problems.length > LISTED_PROBLEMS && (
            <li>
              <Typography variant="body2">
                {t('restore.moreProblems', { count: problems.length - LISTED_PROBLEMS })}
              </Typography>
            </li>
          )}
        </Box>
      )}
    </Alert>
  );
};
