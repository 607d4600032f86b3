import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { baseProps, choiceOptions, hintKey, labelKey, type FieldSpec, type Translate } from './field-specs';
import { fieldRow, FormFields, FormSections } from './FormFields';

/** A translation that shows the key it was asked for, so the markup names the keys. */
const keys: Translate = (key) => key;

interface Values {
  name: string;
  contact: { wanted: boolean; email: string };
  kind: 'a' | 'b';
}

const specs: FieldSpec<Values>[] = [
  { kind: 'text', name: 'name', required: true, autoFocus: true },
  { kind: 'checkbox', name: 'contact.wanted', label: 'contactWanted', hint: 'contact' },
  { kind: 'text', name: 'contact.email', hint: true, when: (v) => v.contact.wanted },
  { kind: 'select', name: 'kind', full: true, group: 'kind', values: ['b', 'a'] },
];

const render = (values: Values): string => {
  const Host = () => {
    const form = useForm<Values>({ defaultValues: values });
    return createElement(FormSections<Values>, {
      sections: [{ key: 'person', hint: true, fields: specs }],
      control: form.control,
      t: keys,
    });
  };
  return renderToStaticMarkup(createElement(Host));
};

describe('a field spec', () => {
  it('is labelled fields.<last segment of its name> unless it names its label', () => {
    expect(labelKey({ name: 'contact.email' })).toBe('fields.email');
    expect(labelKey({ name: 'contact.wanted', label: 'contactWanted' })).toBe('fields.contactWanted');
  });

  it('has a hint only when it asks for one: its label key, or the key given', () => {
    expect(hintKey({ name: 'name' })).toBeUndefined();
    expect(hintKey({ name: 'contact.email', hint: true })).toBe('hints.email');
    expect(hintKey({ name: 'contact.wanted', label: 'contactWanted', hint: true })).toBe('hints.contactWanted');
    expect(hintKey({ name: 'contact.wanted', label: 'contactWanted', hint: 'contact' })).toBe('hints.contact');
    expect(hintKey({ name: 'contact.email', hint: true }, 'help')).toBe('help.email');
  });

  it('gives its input the translated label, hint and required marker, and nothing it did not ask for', () => {
    expect(baseProps({ name: 'name', required: true }, keys)).toEqual({
      name: 'name',
      label: 'fields.name',
      required: true,
    });
    expect(baseProps({ name: 'contact.email', hint: true }, keys)).toEqual({
      name: 'contact.email',
      label: 'fields.email',
      helperText: 'hints.email',
    });
  });

  it('lists enum choices in the order given, labelled <group>.<value>', () => {
    expect(choiceOptions({ group: 'kind', values: ['b', 'a'] }, keys)).toEqual([
      { value: 'b', label: 'kind.b' },
      { value: 'a', label: 'kind.a' },
    ]);
    const given = [{ value: 'x', label: 'Record X' }];
    expect(choiceOptions({ options: given }, keys)).toBe(given);
  });
});

describe('a section of field specs', () => {
  const hidden = render({ name: '', contact: { wanted: false, email: 'kept@example.org' }, kind: 'a' });
  const shown = render({ name: '', contact: { wanted: true, email: 'kept@example.org' }, kind: 'a' });

  it('is titled form.<key> and described by hints.<key>', () => {
    expect(hidden).toContain('>form.person</h2>');
    expect(hidden).toContain('>hints.person</p>');
  });

  it('shows each field with its label and hint, in order, the first one focused and required', () => {
    const order = ['fields.name', 'fields.contactWanted', 'hints.contact', 'fields.kind'].map((k) => hidden.indexOf(k));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(hidden).toMatch(/<input[^>]*autofocus=""[^>]*required=""[^>]*name="name"/);
  });

  it('hides a conditional field while its condition is false, and shows it once it holds', () => {
    expect(hidden).not.toContain('fields.email');
    expect(hidden).not.toContain('hints.email');
    expect(shown).toContain('fields.email');
    expect(shown).toContain('hints.email');
    expect(shown).toContain('value="kept@example.org"');
  });

  it('spans a full field across both columns, and only that one', () => {
    expect(hidden.match(/class="full /g)).toHaveLength(1);
    expect(hidden).toMatch(/class="full [^"]*">(?:(?!class="full).)*name="kind"/);
  });
});

describe('a row of field specs', () => {
  const Host = () => {
    const form = useForm<Values>({ defaultValues: { name: '', contact: { wanted: true, email: '' }, kind: 'a' } });
    const row = fieldRow<Values>({
      key: 'contact',
      columns: '1fr 2fr',
      fields: [
        { kind: 'checkbox', name: 'contact.wanted', label: 'contactWanted' },
        { kind: 'text', name: 'contact.email', hint: true, full: true },
      ],
    });
    return createElement(FormFields<Values>, { specs: [row], control: form.control, t: keys, hints: 'help' });
  };
  const html = renderToStaticMarkup(createElement(Host));

  it('lays its fields out on the columns given, in order, a full one across them all', () => {
    expect(html).toMatch(/grid-template-columns:1fr 2fr/);
    expect(html.indexOf('fields.contactWanted')).toBeLessThan(html.indexOf('fields.email'));
    expect(html).toMatch(/class="full [^"]*">(?:(?!class="full).)*name="contact.email"/);
  });

  it('gives its fields the hints of the fields around it', () => {
    expect(html).toContain('help.email');
    expect(html).not.toContain('hints.email');
  });
});
