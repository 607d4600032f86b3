import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { fieldErrorProps } from './form/ValidationText';

/** A record that can be linked: its id, its name, and an optional second line. */
export interface LinkOption {
  id: string;
  label: string;
  secondary?: string;
}

export interface LinkPickerProps {
  label: string;
  /** The live list (from useLiveQuery); undefined while loading. */
  options: readonly LinkOption[] | undefined;
  value: readonly string[];
  onChange(ids: string[]): void;
  helperText?: ReactNode;
  error?: boolean;
  name?: string;
  disabled?: boolean;
}

/**
 * Chooses linked records by id (processors of an activity, transfers…). Links, not copies:
 * renaming the processor renames it everywhere. An id whose record was deleted stays visible
 * as "missing" so the link can be removed knowingly.
 */
export const LinkPicker = ({ label, options, value, onChange, helperText, error, name, disabled }: LinkPickerProps) => {
  const { t } = useTranslation();
  const byId = useMemo(() => new Map((options ?? []).map((o) => [o.id, o])), [options]);
  const loading = options === undefined;
  // While the records load, a link is not yet known to be missing: no "(deleted record)" flash.
  const labelOf = (id: string) => byId.get(id)?.label ?? (loading ? t('app.loading') : t('links.missing'));
  return (
    <Autocomplete
      multiple
      // As wide as its place, never as its longest name: a long chip is cut with an ellipsis.
      fullWidth
      disabled={disabled}
      loading={loading}
      aria-busy={loading}
      loadingText={t('app.loading')}
      noOptionsText={t('links.noOptions')}
      options={(options ?? []).map((o) => o.id)}
      value={[...value]}
      onChange={(_e, ids) => onChange(ids)}
      getOptionLabel={labelOf}
      filterSelectedOptions
      renderOption={(props, id) => {
        const { key, ...rest } = props;
        const o = byId.get(id);
        return (
          <li key={key} {...rest}>
            <Box>
              {o?.label ?? id}
              {o?.secondary && (
                <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: 13 }}>
                  {o.secondary}
                </Box>
              )}
            </Box>
          </li>
        );
      }}
      renderValue={(ids, getItemProps) =>
        ids.map((id, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              size="small"
              label={labelOf(id)}
              color={byId.has(id) || loading ? 'default' : 'warning'}
              {...itemProps}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField {...params} name={name} label={label} helperText={helperText} error={error} />
      )}
    />
  );
};

/** LinkPicker bound to a react-hook-form array of ids. */
export const FormLinkPicker = <T extends FieldValues>({
  control,
  name,
  label,
  options,
  helperText,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  options: readonly LinkOption[] | undefined;
  helperText?: ReactNode;
}) => (
  <Controller
    control={control}
    name={name}
    render={({ field, fieldState }) => (
      <LinkPicker
        name={field.name}
        label={label}
        options={options}
        value={Array.isArray(field.value) ? field.value : []}
        onChange={field.onChange}
        {...fieldErrorProps(fieldState, helperText)}
      />
    )}
  />
);
