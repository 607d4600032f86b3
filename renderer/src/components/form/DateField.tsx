import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { Controller, type FieldValues } from 'react-hook-form';
import type { BaseFieldProps } from './fields';
import { fieldErrorProps } from './ValidationText';

/** What the form holds for a picker value: YYYY-MM-DD, '' when empty, or the unreadable text as typed. */
export const storedDate = (value: Dayjs | null): string => {
  if (value === null) return '';
  // An incomplete or impossible date stays in the form as text, so the schema names the field ("Enter a
  // date") and nothing typed is silently replaced by another day.
  return value.isValid() ? value.format('YYYY-MM-DD') : 'Invalid date';
};

/** The picker's value for a stored YYYY-MM-DD ('' → empty). */
export const pickerDate = (stored: string): Dayjs | null => (stored === '' ? null : dayjs(stored));

/**
 * A calendar date stored as YYYY-MM-DD ('' when unknown), typed and shown in the interface
 * language's order (15/03/2024 in French, 15.03.2024 in German) through MUI's date picker and the
 * dayjs locale set by the app's LocalizationProvider. The stored value stays ISO.
 */
export const FormDateField = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
}: BaseFieldProps<T>) => {
  // The last value the picker reported, handed back as is while the form holds its text: a
  // half-typed date keeps its typed sections instead of being re-parsed.
  const last = useRef<{ stored: string; value: Dayjs | null } | undefined>(undefined);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const stored = typeof field.value === 'string' ? field.value : '';
        const value = last.current?.stored === stored ? last.current.value : pickerDate(stored);
        const { error, helperText: shownHelp } = fieldErrorProps(fieldState, helperText);
        return (
          <DatePicker
            label={label}
            value={value}
            disabled={disabled}
            inputRef={field.ref}
            onChange={(next) => {
              const nextStored = storedDate(next);
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
