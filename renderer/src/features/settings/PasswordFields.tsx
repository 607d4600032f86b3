import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { passwordStrength, type PasswordStrength } from './password-strength';

const STRENGTH_VALUE: Record<PasswordStrength, number> = { empty: 0, weak: 25, fair: 60, strong: 100 };
const STRENGTH_COLOR = { empty: 'inherit', weak: 'error', fair: 'warning', strong: 'success' } as const;

export interface PasswordChoice {
  password: string;
  confirmation: string;
}

/** The error to show under the confirmation, or null when the two fields agree. */
export const confirmationProblem = ({ password, confirmation }: PasswordChoice): 'mismatch' | 'empty' | null =>
  password === '' ? 'empty' : password !== confirmation ? 'mismatch' : null;

/** Password + confirmation with a strength hint: a forgotten backup password cannot be recovered. */
export const PasswordFields = ({
  value,
  onChange,
  showErrors,
}: {
  value: PasswordChoice;
  onChange(v: PasswordChoice): void;
  showErrors: boolean;
}) => {
  const { t } = useTranslation('settings');
  const strength = passwordStrength(value.password);
  const problem = confirmationProblem(value);
  return (
    <Stack spacing={1.5}>
      <TextField
        type="password"
        label={t('backup.password')}
        value={value.password}
        autoComplete="new-password"
        onChange={(e) => onChange({ ...value, password: e.target.value })}
        error={showErrors && problem === 'empty'}
        helperText={showErrors && problem === 'empty' ? t('backup.passwordEmpty') : undefined}
      />
      {strength !== 'empty' && (
        <Stack spacing={0.5} aria-live="polite">
          <LinearProgress
            variant="determinate"
            value={STRENGTH_VALUE[strength]}
            color={STRENGTH_COLOR[strength]}
            aria-label={t('backup.strengthLabel')}
            sx={{ height: 6, borderRadius: 3 }}
          />
          <Typography variant="caption" color="text.secondary">
            {t(`backup.strength.${strength}`)}
          </Typography>
        </Stack>
      )}
      <TextField
        type="password"
        label={t('backup.confirmPassword')}
        value={value.confirmation}
        autoComplete="new-password"
        onChange={(e) => onChange({ ...value, confirmation: e.target.value })}
        error={showErrors && problem === 'mismatch'}
        helperText={showErrors && problem === 'mismatch' ? t('backup.passwordMismatch') : undefined}
      />
      <Typography variant="body2" color="text.secondary">
        {t('backup.passwordWarning')}
      </Typography>
    </Stack>
  );
};
