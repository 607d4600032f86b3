import { useTranslation } from 'react-i18next';
import { FormSections, type FormSectionSpec } from '../../components/form';
import { contactRoleSchema, type ContactContent, type ContactInput } from '../../domain';
import type { ResourceFieldsProps } from '../shared/resource-pages';

/** The contact editor's sections; the first is described by the hint of the role chosen. */
export const contactSections = (roleHint: string): FormSectionSpec<ContactInput>[] => [
  {
    key: 'who',
    description: roleHint,
    fields: [
      { kind: 'select', name: 'role', required: true, group: 'role', values: contactRoleSchema.options },
      { kind: 'text', name: 'name', required: true, autoFocus: true },
      { kind: 'text', name: 'jobTitle' },
      { kind: 'checkbox', name: 'external', hint: true },
      { kind: 'text', name: 'firm', when: (v) => v.external ?? false },
    ],
  },
  {
    key: 'contact',
    fields: [
      { kind: 'text', name: 'email', type: 'email' },
      { kind: 'text', name: 'phone', type: 'tel' },
      { kind: 'text', name: 'address.street', full: true },
      { kind: 'text', name: 'address.postalCode' },
      { kind: 'text', name: 'address.city' },
      { kind: 'country', name: 'address.country' },
    ],
  },
  {
    key: 'publication',
    hint: true,
    fields: [
      { kind: 'checkbox', name: 'published' },
      { kind: 'checkbox', name: 'communicatedToAuthority' },
      { kind: 'multiline', name: 'notes', minRows: 2, full: true },
    ],
  },
];

export const ContactFields = ({ form, control }: ResourceFieldsProps<ContactInput, ContactContent>) => {
  const { t } = useTranslation('contacts');
  return <FormSections sections={contactSections(t(`roleHint.${form.watch('role')}`))} control={control} t={t} />;
};
