import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useWatch, type ArrayPath, type Control, type FieldArray, type FieldValues } from 'react-hook-form';
import { FormLinkPicker } from '../LinkPicker';
import { FormDateField } from './DateField';
import { FormArraySection } from './FormArraySection';
import { FormDateTimeField } from './FormDateTimeField';
import { FormSection, Full } from './FormSection';
import { baseProps, choiceOptions, specKey, type FieldSpec, type FormSectionSpec, type Translate } from './field-specs';
import {
  FormCheckbox,
  FormCheckboxGroup,
  FormCountriesPicker,
  FormCountryPicker,
  FormFreeChips,
  FormMultiSelectChips,
  FormNumberField,
  FormSelect,
  FormSwitch,
  FormTextField,
} from './fields';

interface SpecProps<T extends FieldValues> {
  control: Control<T>;
  t: Translate;
  /** Prefix of the hint keys: "hints" unless the editor's namespace says otherwise ("help"). */
  hints?: string;
}

/** One spec as the form kit's field. */
const SpecInput = <T extends FieldValues>({ spec, control, t, hints }: SpecProps<T> & { spec: FieldSpec<T> }) => {
  if (spec.kind === 'custom') return spec.render(control, t, hints);
  const props = { control, ...baseProps(spec, t, hints) };
  switch (spec.kind) {
    case 'text':
      return <FormTextField {...props} type={spec.type} placeholder={spec.placeholder} autoFocus={spec.autoFocus} />;
    case 'multiline':
      return <FormTextField {...props} multiline minRows={spec.minRows} />;
    case 'date':
      return <FormDateField {...props} />;
    case 'datetime':
      return <FormDateTimeField {...props} timeZone={spec.timeZone} />;
    case 'number':
      return <FormNumberField {...props} />;
    case 'checkbox':
      return <FormCheckbox {...props} />;
    case 'switch':
      return <FormSwitch {...props} />;
    case 'chips':
      return <FormFreeChips {...props} />;
    case 'country':
      return <FormCountryPicker {...props} />;
    case 'countries':
      return <FormCountriesPicker {...props} />;
    case 'links':
      return <FormLinkPicker {...props} options={spec.options} />;
    case 'multiselect':
      return <FormMultiSelectChips {...props} options={choiceOptions(spec, t)} />;
    case 'checkboxes':
      return <FormCheckboxGroup {...props} options={choiceOptions(spec, t)} />;
    case 'select': {
      const { nullable } = spec;
      const empty = nullable === undefined ? {} : { nullable: true, emptyLabel: t(emptyKey(nullable)) };
      return <FormSelect {...props} {...empty} options={choiceOptions(spec, t)} />;
    }
  }
};

const emptyKey = (nullable: true | string): string => (nullable === true ? 'common:detail.notSet' : nullable);

const always = (): boolean => true;

/** A spec, shown while its `when` holds (re-rendered only when that answer changes), in `Full` if asked. */
const SpecField = <T extends FieldValues>({ spec, ...props }: SpecProps<T> & { spec: FieldSpec<T> }) => {
  const shown = useWatch({ control: props.control, compute: spec.when ?? always });
  if (!shown) return null;
  const input = <SpecInput spec={spec} {...props} />;
  return spec.full ? <Full>{input}</Full> : input;
};

/** The fields of `specs`, in order, with the existing form components. */
export const FormFields = <T extends FieldValues>({
  specs,
  ...props
}: SpecProps<T> & { specs: readonly FieldSpec<T>[] }) =>
  specs.map((spec) => <SpecField key={specKey(spec)} spec={spec} {...props} />);

/** Sections of fields, each a `FormSection` titled `form.<key>`. */
export const FormSections = <T extends FieldValues>({
  sections,
  ...props
}: SpecProps<T> & { sections: readonly FormSectionSpec<T>[] }) =>
  sections.map((s) => (
    <FormSection
      key={s.key}
      title={s.title ?? props.t(`form.${s.key}`)}
      description={s.description ?? (s.hint ? props.t(`hints.${s.key}`) : undefined)}
      columns={s.columns}
    >
      <FormFields specs={s.fields} {...props} />
    </FormSection>
  ));

/**
 * A repeated group as a spec: titled `fields.<name>` (or `fields.<label>`), items named
 * `items.<item>`, the empty list explained by `hints.<empty>` (or by the `emptyText` given);
 * `fields(i)` are item i's fields, their hints under the prefix of the fields around the group.
 */
export const arrayField = <T extends FieldValues, N extends ArrayPath<T>>(spec: {
  name: N;
  label?: string;
  item: string;
  empty?: string;
  emptyText?: string;
  full?: boolean;
  newItem(): FieldArray<T, N>;
  fields(index: number): readonly FieldSpec<T>[];
}): FieldSpec<T> => ({
  kind: 'custom',
  key: spec.name,
  full: spec.full,
  render: (control, t, hints) => (
    <FormArraySection
      control={control}
      name={spec.name}
      title={t(`fields.${spec.label ?? spec.name}`)}
      itemLabel={t(`items.${spec.item}`)}
      emptyText={spec.emptyText ?? (spec.empty === undefined ? undefined : t(`hints.${spec.empty}`))}
      newItem={spec.newItem}
      renderItem={(i) => <FormFields specs={spec.fields(i)} control={control} t={t} hints={hints} />}
    />
  ),
});

/**
 * Fields side by side in one place of a section or of a repeated item: on a grid of the columns
 * given from md up (one column below; a `full` field spans them all), or in a row that wraps.
 */
export const fieldRow = <T extends FieldValues>(row: {
  key: string;
  columns?: string;
  full?: boolean;
  fields: readonly FieldSpec<T>[];
}): FieldSpec<T> => ({
  kind: 'custom',
  key: row.key,
  full: row.full,
  render: (control, t, hints) => {
    const fields = <FormFields specs={row.fields} control={control} t={t} hints={hints} />;
    if (row.columns === undefined)
      return (
        <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
          {fields}
        </Stack>
      );
    const columns = { xs: '1fr', md: row.columns };
    return (
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: columns, '& > .full': { gridColumn: '1 / -1' } }}>
        {fields}
      </Box>
    );
  },
});
