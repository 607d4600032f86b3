import TextField from '@mui/material/TextField';
import type { FieldValues } from 'react-hook-form';
import { instantToLocal, localToInstant } from '../../domain';
import { useFormField, type BaseFieldProps } from './fields';
import { fieldErrorProps } from './ValidationText';

/** "+01:00" for an offset of 60 minutes east of UTC. */
const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * A wall-clock time in `timeZone` (what the DPO reads on the office clock) as an ISO instant with
 * that zone's offset at that moment: 2026-03-02T09:30 in Europe/Paris → 2026-03-02T09:30:00+01:00.
 * The offset keeps the instant exact whatever zone the file is later read in.
 */
export const zonedIso = (local: string, timeZone: string): string => {
  const instant = localToInstant(local, timeZone);
  const wall = instantToLocal(instant, timeZone);
  const offset = Math.round((Date.parse(`${wall}Z`) - Date.parse(instant)) / 60_000);
  return `${wall}${formatOffset(offset)}`;
};

/** The stored instant as the datetime-local input shows it, in `timeZone` ('' when unset or unreadable). */
export const localInputValue = (iso: string, timeZone: string): string => {
  if (iso === '') return '';
  try {
    return instantToLocal(iso, timeZone).slice(0, 16);
  } catch {
    return '';
  }
};

const validZone = (timeZone: string): string => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
};

/**
 * A date and time stored as an ISO instant with offset ('' when unknown), typed in the organisation's
 * time zone with the browser's date-time input. A half-typed value is kept out of the form until it is
 * a whole date and time.
 */
export const FormDateTimeField = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  timeZone,
}: BaseFieldProps<T> & { timeZone: string }) => {
  const zone = validZone(timeZone === '' ? 'UTC' : timeZone);
  const { field, fieldState, id } = useFormField({ control, name });
  return (
    <TextField
      id={id}
      type="datetime-local"
      name={field.name}
      value={localInputValue(typeof field.value === 'string' ? field.value : '', zone)}
      onChange={(e) => field.onChange(e.target.value === '' ? '' : zonedIso(e.target.value, zone))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      required={required}
      disabled={disabled}
      slotProps={{ inputLabel: { shrink: true } }}
      {...fieldErrorProps(fieldState, helperText)}
    />
  );
};
