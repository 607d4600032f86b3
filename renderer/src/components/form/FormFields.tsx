import { useWatch, type ArrayPath, type Control, type FieldArray, type FieldValues } from 'react-hook-form';
import { FormLinkPicker } from '../LinkPicker';
import { FormDateField } from './DateField';
import { FormArraySection } from './FormArraySection';
import { FormDateTimeField } from './FormDateTimeField';
import { FormSection, Full } from './FormSection';
import { baseProps, choiceOptions, specKey, type FieldSpec, type FormSectionSpec, type Translate } from './field-specs';
import {
  FormCheckbox,
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
  if (spec.kind === 'custom') return spec.render(control, t);
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
  control,
  t,
}: SpecProps<T> & { sections: readonly FormSectionSpec<T>[] }) =>
  sections.map((s) => (
    <FormSection
      key={s.key}
      title={s.title ?? t(`form.${s.key}`)}
      description={s.description ?? (s.hint ? t(`hints.${s.key}`) : undefined)}
      columns={s.columns}
    >
      <FormFields specs={s.fields} control={control} t={t} />
    </FormSection>
  ));

/**
 * A repeated group as a spec: titled `fields.<name>` (or `fields.<label>`), items named
 * `items.<item>`, the empty list explained by `hints.<empty>`; `fields(i)` are item i's fields.
 */
export const arrayField = <T extends FieldValues, N extends ArrayPath<T>>(spec: {
  name: N;
  label?: string;
  item: string;
  empty?: string;
  full?: boolean;
  newItem(): FieldArray<T, N>;
  fields(index: number): readonly FieldSpec<T>[];
}): FieldSpec<T> => ({
  kind: 'custom',
  key: spec.name,
  full: spec.full,
  render: (control, t) => (
    <FormArraySection
      control={control}
      name={spec.name}
      title={t(`fields.${spec.label ?? spec.name}`)}
      itemLabel={t(`items.${spec.item}`)}
      emptyText={spec.empty === undefined ? undefined : t(`hints.${spec.empty}`)}
      newItem={spec.newItem}
      renderItem={(i) => <FormFields specs={spec.fields(i)} control={control} t={t} />}
    />
  ),
});
