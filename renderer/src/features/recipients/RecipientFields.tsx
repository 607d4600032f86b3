import { useTranslation } from 'react-i18next';
import { FormCountryPicker, FormSection, FormSelect, FormTextField, Full } from '../../components/form';
import { recipientCategorySchema, type RecipientContent, type RecipientInput } from '../../domain';
import type { ResourceFieldsProps } from '../shared/resource-pages';

export const RecipientFields = ({ control }: ResourceFieldsProps<RecipientInput, RecipientContent>) => {
  const { t } = useTranslation('recipients');
  return (
    <>
      <FormSection title={t('form.section')} description={t('hints.section')}>
        <FormTextField control={control} name="name" label={t('fields.name')} required autoFocus />
        <FormSelect
          control={control}
          name="category"
          label={t('fields.category')}
          required
          options={recipientCategorySchema.options.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        />
        <FormCountryPicker
          control={control}
          name="country"
          label={t('fields.country')}
          helperText={t('hints.country')}
        />
        <Full>
          <FormTextField control={control} name="description" label={t('fields.description')} multiline minRows={3} />
        </Full>
      </FormSection>
    </>
  );
};
