import type { ReactNode } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import type { LinkOption } from '../LinkPicker';
import type { SelectOption } from './fields';

/**
 * A form described as data: each field says what it edits and how, and its texts follow from its
 * name by the editors' convention (label `fields.<key>`, hint `hints.<key>`, enum value
 * `<group>.<value>`, section title `form.<key>`), so an editor is a list, not a page of JSX.
 */

/** A translation function of the editor's namespace. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

interface FieldBase<T extends FieldValues> {
  /** The value it edits; a name the form does not hold does not compile. */
  name: Path<T>;
  /** Key of its label under `fields.`; by default the name's last segment. */
  label?: string;
  /** `true`: the hint `hints.<label key>`; a string: the hint `hints.<string>`; none when absent (`hints.` is the
   * renderer's hint prefix, "hints" unless it names another). */
  hint?: true | string;
  required?: boolean;
  /** Spans both columns of its section. */
  full?: boolean;
  /** Shown only while the form's values pass this test (hidden fields keep their values). */
  when?: (values: T) => boolean;
}

/** The choices of a select: given (records), or the values of an enum labelled `<group>.<value>`. */
export type Choices =
  | { options: readonly SelectOption[]; group?: never; values?: never }
  | { group: string; values: readonly string[]; options?: never };

export type FieldSpec<T extends FieldValues> =
  | (FieldBase<T> & { kind: 'text'; type?: 'email' | 'tel'; placeholder?: string; autoFocus?: boolean })
  | (FieldBase<T> & { kind: 'multiline'; minRows?: number })
  | (FieldBase<T> & { kind: 'date' | 'number' | 'checkbox' | 'switch' | 'chips' | 'country' | 'countries' })
  | (FieldBase<T> & { kind: 'datetime'; timeZone: string })
  /** `nullable`: an empty choice stored as null, named "not set" or by the key given. */
  | (FieldBase<T> & Choices & { kind: 'select'; nullable?: true | string })
  | (FieldBase<T> & Choices & { kind: 'multiselect' })
  /** Every choice as a ticked box, for short closed lists where each should be seen. */
  | (FieldBase<T> & Choices & { kind: 'checkboxes' })
  | (FieldBase<T> & { kind: 'links'; options: readonly LinkOption[] | undefined })
  | CustomFieldSpec<T>;

/** Anything the kinds above do not cover (a repeated group, a hint computed from other fields). */
export interface CustomFieldSpec<T extends FieldValues> {
  kind: 'custom';
  key: string;
  full?: boolean;
  when?: (values: T) => boolean;
  /** `hints`: the hint prefix of the fields around it, for the fields it holds. */
  render(control: Control<T>, t: Translate, hints?: string): ReactNode;
}

/** A titled card of fields: title `form.<key>`, description `hints.<key>` when `hint` is set. */
export interface FormSectionSpec<T extends FieldValues> {
  key: string;
  hint?: true;
  /** Texts already translated, instead of `form.<key>` and `hints.<key>` (another key, or one computed from the values). */
  title?: string;
  description?: string;
  columns?: 1 | 2;
  fields: readonly FieldSpec<T>[];
}

/** The i18n key of a field's label. */
export const labelKey = (spec: { name: string; label?: string }): string =>
  `fields.${spec.label ?? spec.name.split('.').at(-1) ?? spec.name}`;

/** The i18n key of a field's hint, if it has one, under `prefix`. */
export const hintKey = (
  spec: { name: string; label?: string; hint?: true | string },
  prefix = 'hints',
): string | undefined => {
  if (spec.hint === undefined) return undefined;
  return `${prefix}.${spec.hint === true ? labelKey(spec).slice('fields.'.length) : spec.hint}`;
};

/** What every field component receives from its spec: label, hint and required marker. */
export const baseProps = <T extends FieldValues>(spec: FieldBase<T>, t: Translate, hints?: string) => {
  const hint = hintKey(spec, hints);
  return {
    name: spec.name,
    label: t(labelKey(spec)),
    ...(hint === undefined ? {} : { helperText: t(hint) }),
    ...(spec.required ? { required: true } : {}),
  };
};

/** The options of a select or multi-select spec, in the order given. */
export const choiceOptions = (choices: Choices, t: Translate): readonly SelectOption[] =>
  choices.options ?? choices.values.map((value) => ({ value, label: t(`${choices.group}.${value}`) }));

/** The fields shown for these values, in order. */
export const shownFields = <T extends FieldValues>(fields: readonly FieldSpec<T>[], values: T): FieldSpec<T>[] =>
  fields.filter((f) => f.when?.(values) ?? true);

/** Where the renderer keys a field. */
export const specKey = <T extends FieldValues>(spec: FieldSpec<T>): string =>
  spec.kind === 'custom' ? spec.key : spec.name;
