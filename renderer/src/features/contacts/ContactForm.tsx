import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  FormActions,
  FormCheckbox,
  FormCountryPicker,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
  useSaveRecord,
} from '../../components/form';
import {
  contactContentSchema,
  contactRoleSchema,
  type Contact,
  type ContactContent,
  type ContactInput,
} from '../../domain';

export interface ContactFormProps {
  defaultValues: ContactInput;
  save(values: ContactContent): Promise<Contact>;
  onSaved(saved: Contact): void;
  onCancel(): void;
}

export const ContactForm = ({ defaultValues, save, onSaved, onCancel }: ContactFormProps) => {
  const { t } = useTranslation('contacts');
  const form = useForm<ContactInput, unknown, ContactContent>({
    resolver: zodResolver(contactContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const saver = useSaveRecord(form, { save, onSaved });
  const { control, watch } = form;
  const external = watch('external');
  const role = watch('role');
  return (
    <form onSubmit={saver.submit} noValidate aria-label={t('form.label')}>
      <FormSection title={t('form.who')} description={t(`roleHint.${role}`)}>
        <FormSelect
          control={control}
          name="role"
          label={t('fields.role')}
          required
          options={contactRoleSchema.options.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <FormTextField control={control} name="name" label={t('fields.name')} required autoFocus />
        <FormTextField control={control} name="jobTitle" label={t('fields.jobTitle')} />
        <FormCheckbox control={control} name="external" label={t('fields.external')} helperText={t('hints.external')} />
        {external && <FormTextField control={control} name="firm" label={t('fields.firm')} />}
      </FormSection>
      <FormSection title={t('form.contact')}>
        <FormTextField control={control} name="email" label={t('fields.email')} type="email" />
        <FormTextField control={control} name="phone" label={t('fields.phone')} type="tel" />
        <Full>
          <FormTextField control={control} name="address.street" label={t('fields.street')} />
        </Full>
        <FormTextField control={control} name="address.postalCode" label={t('fields.postalCode')} />
        <FormTextField control={control} name="address.city" label={t('fields.city')} />
        <FormCountryPicker control={control} name="address.country" label={t('fields.country')} />
      </FormSection>
      <FormSection title={t('form.publication')} description={t('hints.publication')}>
        <FormCheckbox control={control} name="published" label={t('fields.published')} />
        <FormCheckbox control={control} name="communicatedToAuthority" label={t('fields.communicatedToAuthority')} />
        <Full>
          <FormTextField control={control} name="notes" label={t('fields.notes')} multiline minRows={2} />
        </Full>
      </FormSection>
      <FormActions saver={saver} dirty={form.formState.isDirty} onCancel={onCancel} />
    </form>
  );
};
