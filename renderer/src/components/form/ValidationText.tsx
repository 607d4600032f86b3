import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControllerFieldState } from 'react-hook-form';
import { localiseValidationMessage } from './validation-messages';

/** A field's validation message in the interface language (usable inside render props). */
export const ValidationText = ({ message }: { message: string | undefined }) => {
  const { t } = useTranslation();
  return <>{localiseValidationMessage(message, t)}</>;
};

/** MUI `error` and `helperText` of a field: its translated error when it has one, else its hint. */
export const fieldErrorProps = (
  fieldState: Pick<ControllerFieldState, 'error'>,
  hint?: ReactNode,
): { error: boolean; helperText: ReactNode } => ({
  error: fieldState.error !== undefined,
  helperText: fieldState.error ? <ValidationText message={fieldState.error.message} /> : hint,
});
