import { useTranslation } from 'react-i18next';
import { FormCheckbox, FormCountryPicker, FormSection, FormSelect, FormTextField, Full } from '../../components/form';
import { contactRoleSchema, type ContactContent, type ContactInput } from '../../domain';
import type { ResourceFieldsProps } from '../shared/resource-pages';

export const ContactFields = ({ form, control }: ResourceFieldsProps<ContactInput, ContactContent>) => {
  const { t } = useTranslation('contacts');
  const { watch } = form;
  const external = watch('external');
  const role = watch('role');
  return (
    <>
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
    </>
  );
};
