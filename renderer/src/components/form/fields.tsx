import Autocomplete, {
  type AutocompleteRenderInputParams,
  type AutocompleteRenderValueGetItemProps,
} from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import Box from '@mui/material/Box';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Controller,
  type Control,
  type ControllerFieldState,
  type ControllerRenderProps,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import type { Language } from '../../domain';
import { COUNTRY_CODES, countryName } from '../../domain/reference';
import { fieldErrorProps, ValidationText } from './ValidationText';
import { languageOrEnglish } from '../../domain/languages';

/** Props every form field shares: where it lives in the form and how it is labelled. */
export interface BaseFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  helperText?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

const uiLanguage = (lang: string): Language => languageOrEnglish(lang);

/** Text (single or multi-line); the label is the accessible name, the error replaces the hint. */
export const FormTextField = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  ...rest
}: BaseFieldProps<T> & Pick<TextFieldProps, 'multiline' | 'minRows' | 'type' | 'placeholder' | 'autoFocus'>) => (
  <Controller
    control={control}
    name={name}
    render={({ field, fieldState }) => (
      <TextField
        {...rest}
        name={field.name}
        value={(field.value as string | undefined) ?? ''}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        label={label}
        required={required}
        disabled={disabled}
        {...fieldErrorProps(fieldState, helperText)}
      />
    )}
  />
);

export interface SelectOption {
  value: string;
  label: string;
  /** Second line in the menu, e.g. the GDPR article. */
  hint?: string;
}

export const FormSelect = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  options,
  allowEmpty,
}: BaseFieldProps<T> & { options: readonly SelectOption[]; allowEmpty?: string }) => (
  <Controller
    control={control}
    name={name}
    render={({ field, fieldState }) => (
      <TextField
        select
        name={field.name}
        value={(field.value as string | undefined) ?? ''}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
        label={label}
        required={required}
        disabled={disabled}
        {...fieldErrorProps(fieldState, helperText)}
      >
        {allowEmpty !== undefined && (
          <MenuItem value="">
            <em>{allowEmpty}</em>
          </MenuItem>
        )}
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            <Box>
              {o.label}
              {o.hint && (
                <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
                  {o.hint}
                </Box>
              )}
            </Box>
          </MenuItem>
        ))}
      </TextField>
    )}
  />
);

/** The text field inside an Autocomplete: the form field's name, ref, label and error. */
const autocompleteInput =
  <T extends FieldValues>(
    field: ControllerRenderProps<T, Path<T>>,
    fieldState: ControllerFieldState,
    { label, required, helperText }: { label: string; required?: boolean | undefined; helperText?: ReactNode },
  ) =>
  (params: AutocompleteRenderInputParams) => (
    <TextField
      {...params}
      name={field.name}
      inputRef={field.ref}
      label={label}
      required={required}
      {...fieldErrorProps(fieldState, helperText)}
    />
  );

/**
 * What both chip fields share: the value as a list of strings, a chip per value, and the text field
 * that carries the label and the field's error.
 */
const chipListProps = <T extends FieldValues>(
  field: ControllerRenderProps<T, Path<T>>,
  fieldState: ControllerFieldState,
  {
    label,
    required,
    helperText,
    labelOf,
  }: { label: string; required?: boolean; helperText?: ReactNode; labelOf(value: string): string },
) => ({
  value: (field.value as string[] | undefined) ?? [],
  onBlur: field.onBlur,
  renderValue: (values: readonly string[], getItemProps: AutocompleteRenderValueGetItemProps<true>) =>
    values.map((v, index) => {
      const { key, ...itemProps } = getItemProps({ index });
      return <Chip key={key} size="small" label={labelOf(v)} {...itemProps} />;
    }),
  renderInput: autocompleteInput(field, fieldState, { label, required, helperText }),
});

/** Several values from a fixed list, shown as chips; typing filters the list. */
export const FormMultiSelectChips = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  options,
}: BaseFieldProps<T> & { options: readonly SelectOption[] }) => {
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete
          multiple
          disabled={disabled}
          options={options.map((o) => o.value)}
          onChange={(_e, v) => field.onChange(v)}
          getOptionLabel={(v) => byValue.get(v)?.label ?? v}
          filterSelectedOptions
          {...chipListProps(field, fieldState, {
            label,
            required,
            helperText,
            labelOf: (v) => byValue.get(v)?.label ?? v,
          })}
        />
      )}
    />
  );
};

/** Free list of short texts (certifications, categories…): type and press Enter to add. */
export const FormFreeChips = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  disabled,
}: BaseFieldProps<T>) => (
  <Controller
    control={control}
    name={name}
    render={({ field, fieldState }) => (
      <Autocomplete
        multiple
        freeSolo
        disabled={disabled}
        options={[] as string[]}
        onChange={(_e, v) => field.onChange(v.map((s) => s.trim()).filter((s) => s !== ''))}
        {...chipListProps(field, fieldState, { label, helperText, labelOf: (v) => v })}
      />
    )}
  />
);

export const FormCheckbox = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  disabled,
}: BaseFieldProps<T>) => (
  <Controller
    control={control}
    name={name}
    render={({ field, fieldState }) => (
      <Box>
        <FormControlLabel
          label={label}
          disabled={disabled}
          control={
            <Checkbox
              name={field.name}
              checked={Boolean(field.value)}
              onChange={(e) => field.onChange(e.target.checked)}
              onBlur={field.onBlur}
              slotProps={{ input: { ref: field.ref } }}
            />
          }
        />
        {(fieldState.error ?? helperText) && (
          <FormHelperText error={fieldState.error !== undefined} sx={{ mt: -0.5, ml: 4 }}>
            {fieldState.error ? <ValidationText message={fieldState.error.message} /> : helperText}
          </FormHelperText>
        )}
      </Box>
    )}
  />
);

// The date input is its own component (the MUI date picker in the interface language).
export { FormDateField } from './DateField';

/** Country codes sorted by their name in the interface language. */
export const useCountryOptions = (): { codes: string[]; label(code: string): string } => {
  const { i18n } = useTranslation();
  const lang = uiLanguage(i18n.language);
  return useMemo(() => {
    const label = (code: string) => countryName(code, lang);
    const codes = [...COUNTRY_CODES].sort((a, b) => label(a).localeCompare(label(b), lang));
    return { codes, label };
  }, [lang]);
};

/** One country (ISO 3166-1 alpha-2, '' when none), chosen by name. */
export const FormCountryPicker = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
}: BaseFieldProps<T>) => {
  const { codes, label: nameOf } = useCountryOptions();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete
          disabled={disabled}
          options={codes}
          value={(field.value as string | undefined) || null}
          onChange={(_e, v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          getOptionLabel={nameOf}
          autoHighlight
          renderInput={autocompleteInput(field, fieldState, { label, required, helperText })}
        />
      )}
    />
  );
};

/** Several countries, as chips. */
export const FormCountriesPicker = <T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  disabled,
}: BaseFieldProps<T>) => {
  const { codes, label: nameOf } = useCountryOptions();
  const options = useMemo(() => codes.map((c) => ({ value: c, label: nameOf(c) })), [codes, nameOf]);
  return (
    <FormMultiSelectChips
      control={control}
      name={name}
      label={label}
      helperText={helperText}
      disabled={disabled}
      options={options}
    />
  );
};
