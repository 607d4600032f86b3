import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { useRef } from 'react';
import { Controller, type FieldValues } from 'react-hook-form';
import { instantToLocal, localToInstant } from '../../domain';
import type { BaseFieldProps } from './fields';
import { fieldErrorProps } from './ValidationText';

// The picker holds the organisation's wall-clock time as a UTC value: no browser time zone (nor its
// daylight-saving gaps) can move a typed hour. The conversion to the organisation's zone is ours.
dayjs.extend(utc);

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

/** The stored instant as wall-clock time in `timeZone`, YYYY-MM-DDTHH:mm ('' when unset or unreadable). */
export const localInputValue = (iso: string, timeZone: string): string => {
  if (iso === '') return '';
  try {
    return instantToLocal(iso, timeZone).slice(0, 16);
  } catch {
    return '';
  }
};

/** A time zone the browser knows, UTC otherwise. */
export const validZone = (timeZone: string): string => {
  if (timeZone === '') return 'UTC';
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
};

/**
 * What the form holds for a picker value: the instant with the zone's offset, '' when empty, or the
 * unreadable text as typed, so the schema names the field ("Enter a date and time") and nothing typed
 * half-way is silently replaced by another moment or by nothing.
 */
export const storedDateTime = (value: Dayjs | null, timeZone: string): string => {
  if (value === null) return '';
  return value.isValid() ? zonedIso(value.utc().format('YYYY-MM-DDTHH:mm'), timeZone) : 'Invalid date';
};

/** The picker's value for a stored instant: its wall-clock time in `timeZone` (null when unset or unreadable). */
export const pickerDateTime = (stored: string, timeZone: string): Dayjs | null => {
  const local = localInputValue(stored, timeZone);
  return local === '' ? null : dayjs.utc(local);
};

/**
 * A date and time stored as an ISO instant with offset ('' when unknown), typed and shown in the
 * organisation's time zone and in the interface language's order (15/03/2026 09:30 in French) through
 * MUI's date-time picker and the dayjs locale set by the app's LocalizationProvider.
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
  const zone = validZone(timeZone);
  // The last value the picker reported, handed back as is while the form holds it: a half-typed
  // date keeps its typed sections instead of being re-parsed.
  const last = useRef<{ stored: string; value: Dayjs | null } | undefined>(undefined);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const stored = typeof field.value === 'string' ? field.value : '';
        const value = last.current?.stored === stored ? last.current.value : pickerDateTime(stored, zone);
        const { error, helperText: shownHelp } = fieldErrorProps(fieldState, helperText);
        return (
          <DateTimePicker
            label={label}
            value={value}
            timezone="UTC"
            disabled={disabled}
            inputRef={field.ref}
            onChange={(next) => {
              const nextStored = storedDateTime(next, zone);
              last.current = { stored: nextStored, value: next };
              field.onChange(nextStored);
            }}
            slotProps={{
              textField: {
                name: field.name,
                required,
                error,
                helperText: shownHelp,
                onBlur: field.onBlur,
                // The height of the form's other fields (and of the calendar date picker).
                size: 'small',
                fullWidth: true,
              },
            }}
          />
        );
      }}
    />
  );
};
