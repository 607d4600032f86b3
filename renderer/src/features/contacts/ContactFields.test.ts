import { describe, expect, it } from 'vitest';
import { labelKey, shownFields } from '../../components/form';
import { blankOf, contactContentSchema, type ContactInput } from '../../domain';
import { contactSections } from './ContactFields';

const who = (values: ContactInput): string[] =>
  shownFields(contactSections('')[0]?.fields ?? [], values).map((f) => (f.kind === 'custom' ? f.key : labelKey(f)));

describe('the contact editor', () => {
  const blank = blankOf(contactContentSchema, { role: 'dpo', name: '' });

  it('asks for the firm only of an external contact', () => {
    const person = ['fields.role', 'fields.name', 'fields.jobTitle', 'fields.external'];
    expect(who(blank)).toEqual(person);
    expect(who({ ...blank, external: true })).toEqual([...person, 'fields.firm']);
  });
});
