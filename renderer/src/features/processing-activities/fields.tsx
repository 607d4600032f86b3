import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { createContext, useContext, type ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { fieldDomId } from './activity-model';
import { fieldErrorProps } from '../../components/form/ValidationText';

/**
 * Inputs bound to the activity form by dotted path. Every input carries the DOM id of its path
 * (fieldDomId), so deep links (`?field=purposes.1.legitimateInterest`) and errors can focus it.
 */

/** Scope of the DOM ids, so a small form in a dialog never reuses the editor's ids. */
export const FieldScope = createContext('activity');
const useFieldId = (name: string): string => fieldDomId(name, useContext(FieldScope));

interface BaseProps {
  name: string;
  label: string;
  helperText?: ReactNode;
  required?: boolean;
}

export const TextInput = ({
  name,
  label,
  helperText,
  required,
  multiline,
  type,
}: BaseProps & { multiline?: boolean; type?: 'text' | 'email' | 'date' }) => {
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const fieldId = useFieldId(name);
  return (
    <TextField
      id={fieldId}
      label={label}
      required={required}
      type={type ?? 'text'}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      name={field.name}
      {...fieldErrorProps(fieldState, helperText)}
      slotProps={type === 'date' ? { inputLabel: { shrink: true } } : undefined}
    />
  );
};

/** A whole number or empty (null): "-3" or "1.5" reach the schema, which names the problem. */
export const NumberInput = ({ name, label, helperText }: BaseProps) => {
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const fieldId = useFieldId(name);
  const value = field.value as number | null | undefined;
  return (
    <TextField
      id={fieldId}
      label={label}
      type="number"
      value={value === null || value === undefined || Number.isNaN(value) ? '' : String(value)}
      onChange={(e) => field.onChange(e.target.value.trim() === '' ? null : Number(e.target.value))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      name={field.name}
      {...fieldErrorProps(fieldState, helperText)}
    />
  );
};

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** A single choice; `nullable` adds an empty choice stored as null (e.g. "no Art. 9 category"). */
export const SelectInput = ({
  name,
  label,
  options,
  helperText,
  required,
  nullable,
  emptyLabel,
}: BaseProps & { options: readonly Option[]; nullable?: boolean; emptyLabel?: string }) => {
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const fieldId = useFieldId(name);
  const value = (field.value as string | null | undefined) ?? '';
  return (
    <TextField
      select
      id={fieldId}
      label={label}
      required={required}
      value={value}
      onChange={(e) => field.onChange(nullable && e.target.value === '' ? null : e.target.value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      name={field.name}
      {...fieldErrorProps(fieldState, helperText)}
    >
      {nullable && (
        <MenuItem value="">
          <em>{emptyLabel ?? '—'}</em>
        </MenuItem>
      )}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
};

export const SwitchInput = ({ name, label, helperText }: BaseProps) => {
  const { control } = useFormContext();
  const { field } = useController({ name, control });
  const fieldId = useFieldId(name);
  return (
    <div>
      <FormControlLabel
        control={
          <Switch
            id={fieldId}
            checked={Boolean(field.value)}
            onChange={(e) => field.onChange(e.target.checked)}
            onBlur={field.onBlur}
            name={field.name}
            slotProps={{ input: { ref: field.ref } }}
          />
        }
        label={label}
      />
      {helperText && <FormHelperText sx={{ mt: -0.5, ml: 6 }}>{helperText}</FormHelperText>}
    </div>
  );
};

/** Several values out of a known list (ids or enum values), with type-to-search. */
export const MultiSelectInput = ({
  name,
  label,
  options,
  helperText,
  placeholder,
}: BaseProps & { options: readonly Option[]; placeholder?: string }) => {
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const fieldId = useFieldId(name);
  const selected = (field.value as string[] | undefined) ?? [];
  const byValue = new Map(options.map((o) => [o.value, o]));
  // A link to a record that no longer exists stays visible (as its id) until the user removes it.
  const value = selected.map((v) => byValue.get(v) ?? { value: v, label: v });
  return (
    <Autocomplete
      multiple
      id={fieldId}
      options={options as Option[]}
      value={value}
      isOptionEqualToValue={(a, b) => a.value === b.value}
      getOptionLabel={(o) => o.label}
      onChange={(_e, next) => field.onChange(next.map((o) => o.value))}
      onBlur={field.onBlur}
      filterSelectedOptions
      renderValue={(items, getItemProps) =>
        items.map((o, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={o.label} {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={field.ref}
          label={label}
          placeholder={selected.length === 0 ? placeholder : undefined}
          {...fieldErrorProps(fieldState, helperText)}
        />
      )}
    />
  );
};

/** One country out of the ISO list, searched by its name in the interface language. */
export const CountryInput = ({ name, label, helperText, options }: BaseProps & { options: readonly Option[] }) => {
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const fieldId = useFieldId(name);
  const code = (field.value as string | undefined) ?? '';
  const value = options.find((o) => o.value === code) ?? null;
  return (
    <Autocomplete
      id={fieldId}
      options={options as Option[]}
      value={value}
      isOptionEqualToValue={(a, b) => a.value === b.value}
      getOptionLabel={(o) => o.label}
      onChange={(_e, next) => field.onChange(next?.value ?? '')}
      onBlur={field.onBlur}
      renderInput={(params) => (
        <TextField {...params} inputRef={field.ref} label={label} {...fieldErrorProps(fieldState, helperText)} />
      )}
    />
  );
};

/** Several enum values as ticked boxes: short closed lists where every choice should be seen (WP248). */
export const CheckboxGroupInput = ({ name, label, options }: BaseProps & { options: readonly Option[] }) => {
  const { control } = useFormContext();
  const { field } = useController({ name, control });
  const fieldId = useFieldId(name);
  const selected = new Set((field.value as string[] | undefined) ?? []);
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
                id={i === 0 ? fieldId : `${fieldId}-${o.value}`}
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

/** Free codes typed in and kept as chips (e.g. CNIL list entries); Enter adds one. */
export const ChipsInput = ({
  name,
  label,
  helperText,
  suggestions,
}: BaseProps & { suggestions?: readonly string[] }) => {
  const { control } = useFormContext();
  const { field } = useController({ name, control });
  const fieldId = useFieldId(name);
  return (
    <Autocomplete
      multiple
      freeSolo
      id={fieldId}
      options={suggestions ? [...suggestions] : []}
      value={(field.value as string[] | undefined) ?? []}
      onChange={(_e, next) => field.onChange([...new Set(next.map((v) => v.trim()).filter(Boolean))])}
      renderValue={(items, getItemProps) =>
        items.map((v, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={v} {...itemProps} />;
        })
      }
      renderInput={(params) => <TextField {...params} inputRef={field.ref} label={label} helperText={helperText} />}
    />
  );
};
