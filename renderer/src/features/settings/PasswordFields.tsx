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
  const problem = showErrors ? confirmationProblem(value) : null;
  // A password field, with the one problem it shows once the DPO has tried to save.
  const field = (key: keyof PasswordChoice, label: string, shows: 'empty' | 'mismatch', message: string) => (
    <TextField
      type="password"
      label={label}
      value={value[key]}
      autoComplete="new-password"
      onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      error={problem === shows}
      helperText={problem === shows ? message : undefined}
    />
  );
  return (
    <Stack spacing={1.5}>
      {field('password', t('backup.password'), 'empty', t('backup.passwordEmpty'))}
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
      {field('confirmation', t('backup.confirmPassword'), 'mismatch', t('backup.passwordMismatch'))}
      <Typography variant="body2" color="text.secondary">
        {t('backup.passwordWarning')}
      </Typography>
    </Stack>
  );
};
