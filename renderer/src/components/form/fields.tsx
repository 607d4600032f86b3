import Autocomplete, {
  type AutocompleteRenderInputParams,
  type AutocompleteRenderValueGetItemProps,
} from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useController,
  useFormContext,
  type Control,
  type ControllerFieldState,
  type ControllerRenderProps,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import type { Language } from '../../domain';
import { COUNTRY_CODES, countryName } from '../../domain/reference';
import { fieldErrorProps, ValidationText } from './ValidationText';
import { languageOrEnglish } from '../../domain/languages';
import {
  fieldTranslationHints,
  listTranslationHints,
  TranslationHintsContext,
  type TranslationHintsValue,
} from './translation-hints';

/**
 * The one form kit. Every input is bound to a react-hook-form path (`Path<T>`, so a misspelt name
 * does not compile), either through `control` or through the surrounding `FormProvider`, and
 * carries the DOM id of its path (`fieldDomId`), so deep links (`?field=purposes.1.legitimateInterest`)
 * and the first error of a failed save can put the cursor on it.
 */

/** Scope of the DOM ids, so a small form in a dialog never reuses the editor's ids. */
export const FieldScope = createContext('field');

/** DOM id of the input of a dotted path within a scope ("activity-field-purposes-1-legalBasis"). */
export const fieldDomId = (path: string, scope: string): string => `${scope}-field-${path.replace(/\./g, '-')}`;

const useFieldId = (name: string): string => fieldDomId(name, useContext(FieldScope));

/** Props every form field shares: where it lives in the form and how it is labelled. */
export interface BaseFieldProps<T extends FieldValues> {
  /** Omitted inside a `FormProvider`. */
  control?: Control<T> | undefined;
  name: Path<T>;
  label: string;
  helperText?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/** The field's controller, with its DOM id. */
export const useFormField = <T extends FieldValues>({ control, name }: Pick<BaseFieldProps<T>, 'control' | 'name'>) => {
  const { field, fieldState } = useController<T>(control ? { control, name } : { name });
  return { field, fieldState, id: useFieldId(name) };
};

/** The hints of the editor's own form for a field bound to `control` (or to the surrounding form). */
const useTranslationHintsOf = (control: object | undefined): TranslationHintsValue | null => {
  const hints = useContext(TranslationHintsContext);
  // Null outside a FormProvider (a field bound by `control`), whatever the library's type says.
  const surrounding: UseFormReturn<FieldValues> | null = useFormContext<FieldValues>();
  if (!hints) return null;
  return (control ?? surrounding?.control) === hints.control ? hints : null;
};

const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');
const stringsOf = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

const uiLanguage = (lang: string): Language => languageOrEnglish(lang);

/** Text (single or multi-line, e-mail, date); the label is the accessible name, the error replaces the hint. */
export const FormTextField = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  type,
  multiline,
  minRows,
  ...rest
}: BaseFieldProps<T> & Pick<TextFieldProps, 'multiline' | 'minRows' | 'type' | 'placeholder' | 'autoFocus'>) => {
  const { field, fieldState, id } = useFormField({ control, name });
  const hints = useTranslationHintsOf(control);
  const input = (
    <TextField
      {...rest}
      id={id}
      type={type ?? 'text'}
      multiline={multiline}
      minRows={minRows ?? (multiline ? 2 : undefined)}
      name={field.name}
      value={textOf(field.value)}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      required={required}
      disabled={disabled}
      slotProps={type === 'date' ? { inputLabel: { shrink: true } } : undefined}
      {...fieldErrorProps(fieldState, helperText)}
    />
  );
  // In an editor that shows the other languages, every input has the same wrapper whether or not it
  // has hints right now, so clearing a field (its hints go) never remounts the input under the cursor.
  if (!hints) return input;
  return (
    <div>
      {input}
      {fieldTranslationHints(hints, name, field.value, label)}
    </div>
  );
};

// The date input is its own component: MUI's date picker in the interface language.
export { FormDateField } from './DateField';

/** A whole number or empty (stored as null); "-3" or "1.5" reach the schema, which names the problem. */
export const FormNumberField = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
}: BaseFieldProps<T>) => {
  const { field, fieldState, id } = useFormField({ control, name });
  const value: unknown = field.value;
  return (
    <TextField
      id={id}
      type="number"
      name={field.name}
      value={typeof value === 'number' && !Number.isNaN(value) ? String(value) : ''}
      onChange={(e) => field.onChange(e.target.value.trim() === '' ? null : Number(e.target.value))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      required={required}
      disabled={disabled}
      {...fieldErrorProps(fieldState, helperText)}
    />
  );
};

export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
  /** Second line in the menu, e.g. the GDPR article. */
  hint?: string;
}

/**
 * One choice from a list. `nullable` adds an empty choice stored as null ("not said yet", never a
 * default answer), named by `emptyLabel`; `allowEmpty` adds one stored as ''.
 */
export const FormSelect = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  options,
  allowEmpty,
  nullable,
  emptyLabel,
}: BaseFieldProps<T> & {
  options: readonly SelectOption[];
  allowEmpty?: string;
  nullable?: boolean;
  emptyLabel?: string;
}) => {
  const { field, fieldState, id } = useFormField({ control, name });
  const empty = nullable ? (emptyLabel ?? '—') : allowEmpty;
  return (
    <TextField
      select
      id={id}
      name={field.name}
      value={textOf(field.value)}
      onChange={(e) => field.onChange(nullable && e.target.value === '' ? null : e.target.value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      label={label}
      required={required}
      disabled={disabled}
      {...fieldErrorProps(fieldState, helperText)}
    >
      {empty !== undefined && (
        <MenuItem value="">
          <em>{empty}</em>
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
  );
};

/** The text field inside an Autocomplete: the form field's name, ref, label and error. */
const autocompleteInput =
  <T extends FieldValues>(
    field: ControllerRenderProps<T, Path<T>>,
    fieldState: ControllerFieldState,
    {
      label,
      required,
      helperText,
      placeholder,
    }: { label: string; required?: boolean | undefined; helperText?: ReactNode; placeholder?: string | undefined },
  ) =>
  (params: AutocompleteRenderInputParams) => (
    <TextField
      {...params}
      name={field.name}
      inputRef={field.ref}
      label={label}
      required={required}
      placeholder={placeholder}
      {...fieldErrorProps(fieldState, helperText)}
    />
  );

const chips = (labelOf: (v: string) => string) =>
  function renderChips(values: readonly string[], getItemProps: AutocompleteRenderValueGetItemProps<true>) {
    return values.map((v, index) => {
      const { key, ...itemProps } = getItemProps({ index });
      return <Chip key={key} size="small" label={labelOf(v)} {...itemProps} />;
    });
  };

/**
 * Several values out of a known list (ids or enum values), as chips; typing filters the list. A
 * value not in the list (a link to a record that no longer exists) stays visible until removed.
 */
export const FormMultiSelectChips = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  options,
  placeholder,
}: BaseFieldProps<T> & { options: readonly SelectOption[]; placeholder?: string }) => {
  const { field, fieldState, id } = useFormField({ control, name });
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const values = useMemo(() => options.map((o) => o.value), [options]);
  const selected = stringsOf(field.value);
  const labelOf = (v: string) => byValue.get(v)?.label ?? v;
  return (
    <Autocomplete
      multiple
      id={id}
      disabled={disabled}
      options={values}
      value={selected}
      onChange={(_e, v) => field.onChange(v)}
      onBlur={field.onBlur}
      getOptionLabel={labelOf}
      filterSelectedOptions
      renderValue={chips(labelOf)}
      renderInput={autocompleteInput(field, fieldState, {
        label,
        required,
        helperText,
        placeholder: selected.length === 0 ? placeholder : undefined,
      })}
    />
  );
};

/** Free list of short texts (certifications, CNIL list entries…): type and press Enter to add. */
export const FormFreeChips = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  helperText,
  disabled,
  suggestions,
}: BaseFieldProps<T> & { suggestions?: readonly string[] }) => {
  const { field, fieldState, id } = useFormField({ control, name });
  const hints = useTranslationHintsOf(control);
  const input = (
    <Autocomplete
      multiple
      freeSolo
      id={id}
      disabled={disabled}
      options={suggestions ? [...suggestions] : []}
      value={stringsOf(field.value)}
      onChange={(_e, v) => field.onChange([...new Set(v.map((s) => s.trim()).filter((s) => s !== ''))])}
      onBlur={field.onBlur}
      renderValue={chips((v) => v)}
      renderInput={autocompleteInput(field, fieldState, { label, helperText })}
    />
  );
  if (!hints) return input;
  return (
    <div>
      {input}
      {listTranslationHints(hints, name, field.value, label)}
    </div>
  );
};

/** A yes/no answer as a checkbox (`variant="switch"` for a setting that turns something on). */
export const FormCheckbox = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  helperText,
  disabled,
  variant,
}: BaseFieldProps<T> & { variant?: 'checkbox' | 'switch' }) => {
  const { field, fieldState, id } = useFormField({ control, name });
  const inputProps = {
    id,
    name: field.name,
    checked: Boolean(field.value),
    onChange: (e: { target: { checked: boolean } }) => field.onChange(e.target.checked),
    onBlur: field.onBlur,
    slotProps: { input: { ref: field.ref } },
  };
  return (
    <Box>
      <FormControlLabel
        label={label}
        disabled={disabled}
        control={variant === 'switch' ? <Switch {...inputProps} /> : <Checkbox {...inputProps} />}
      />
      {(fieldState.error ?? helperText) && (
        <FormHelperText error={fieldState.error !== undefined} sx={{ mt: -0.5, ml: variant === 'switch' ? 6 : 4 }}>
          {fieldState.error ? <ValidationText message={fieldState.error.message} /> : helperText}
        </FormHelperText>
      )}
    </Box>
  );
};

/** A setting that turns something on: a checkbox drawn as a switch. */
export const FormSwitch = <T extends FieldValues = FieldValues>(props: BaseFieldProps<T>) => (
  <FormCheckbox {...props} variant="switch" />
);

/** Several enum values as ticked boxes: short closed lists where every choice should be seen (WP248). */
export const FormCheckboxGroup = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  options,
}: BaseFieldProps<T> & { options: readonly SelectOption[] }) => {
  const { field, id } = useFormField({ control, name });
  const selected = new Set(stringsOf(field.value));
  return (
    <FormControl component="fieldset" variant="standard">
      <FormLabel component="legend">{label}</FormLabel>
      <FormGroup>
        {options.map((o, i) => (
          <FormControlLabel
            key={o.value}
            label={o.label}
            control={
              <Checkbox
                id={i === 0 ? id : `${id}-${o.value}`}
                slotProps={{ input: { ref: i === 0 ? field.ref : undefined } }}
                checked={selected.has(o.value)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(o.value);
                  else next.delete(o.value);
                  // Keep the order of the list, so the stored array does not depend on click order.
                  field.onChange(options.map((x) => x.value).filter((v) => next.has(v)));
                }}
              />
            }
          />
        ))}
      </FormGroup>
    </FormControl>
  );
};

/** Country codes sorted by their name in the interface language. */
export const useCountryOptions = (): { codes: string[]; label(code: string): string; options: SelectOption[] } => {
  const { i18n } = useTranslation();
  const lang = uiLanguage(i18n.language);
  return useMemo(() => {
    const label = (code: string) => countryName(code, lang);
    const codes = [...COUNTRY_CODES].sort((a, b) => label(a).localeCompare(label(b), lang));
    return { codes, label, options: codes.map((c) => ({ value: c, label: label(c) })) };
  }, [lang]);
};

/** One country (ISO 3166-1 alpha-2, '' when none), chosen by name. */
export const FormCountryPicker = <T extends FieldValues = FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
}: BaseFieldProps<T>) => {
  const { field, fieldState, id } = useFormField({ control, name });
  const { codes, label: nameOf } = useCountryOptions();
  return (
    <Autocomplete
      id={id}
      disabled={disabled}
      options={codes}
      value={textOf(field.value) || null}
      onChange={(_e, v) => field.onChange(v ?? '')}
      onBlur={field.onBlur}
      getOptionLabel={nameOf}
      autoHighlight
      renderInput={autocompleteInput(field, fieldState, { label, required, helperText })}
    />
  );
};

/** Several countries, as chips. */
export const FormCountriesPicker = <T extends FieldValues = FieldValues>(props: BaseFieldProps<T>) => {
  const { options } = useCountryOptions();
  return <FormMultiSelectChips {...props} options={options} />;
};

/** Options of a string enum, labelled by `label(value)` (an i18n lookup). */
export const enumOptions = <V extends string>(values: readonly V[], label: (v: V) => string): SelectOption<V>[] =>
  values.map((value) => ({ value, label: label(value) }));
