import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type FieldValues } from 'react-hook-form';
import type { BaseFieldProps, SelectOption } from './fields';
import { fieldErrorProps } from './ValidationText';

/** A whole number or empty (stored as null); "-3" or "1.5" reach the schema, which names the problem. */
export const FormNumberField = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
}: BaseFieldProps<T>) => (
  <Controller
    control={control}
    name={name}
    render={({ field, fieldState }) => {
      const value = field.value as number | null | undefined;
      return (
        <TextField
          type="number"
          name={field.name}
          value={value === null || value === undefined || Number.isNaN(value) ? '' : String(value)}
          onChange={(e) => field.onChange(e.target.value.trim() === '' ? null : Number(e.target.value))}
          onBlur={field.onBlur}
          inputRef={field.ref}
          label={label}
          required={required}
          disabled={disabled}
          {...fieldErrorProps(fieldState, helperText)}
        />
      );
    }}
  />
);

/**
 * One choice from a list, or none (stored as null: "not said yet", never a default answer).
 * `emptyLabel` names the empty choice.
 */
export const FormNullableSelect = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  options,
  emptyLabel,
}: BaseFieldProps<T> & { options: readonly SelectOption[]; emptyLabel: string }) => (
  <Controller
    control={control}
    name={name}
    render={({ field, fieldState }) => (
      <TextField
        select
        name={field.name}
        value={(field.value as string | null | undefined) ?? ''}
        onChange={(e) => field.onChange(e.target.value === '' ? null : e.target.value)}
        onBlur={field.onBlur}
        inputRef={field.ref}
        label={label}
        required={required}
        disabled={disabled}
        {...fieldErrorProps(fieldState, helperText)}
      >
        <MenuItem value="">
          <em>{emptyLabel}</em>
        </MenuItem>
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    )}
  />
);

/** Options of a string enum, labelled by `label(value)` (an i18n lookup). */
export const enumOptions = <V extends string>(values: readonly V[], label: (v: V) => string): SelectOption[] =>
  values.map((value) => ({ value, label: label(value) }));
