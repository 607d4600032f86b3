import { useTranslation } from 'react-i18next';
import { FormSection, FormSelect, FormTextField, Full } from '../../components/form';
import { securityMeasureCategorySchema, type SecurityMeasureContent, type SecurityMeasureInput } from '../../domain';
import type { ResourceFieldsProps } from '../shared/resource-pages';

export const SecurityMeasureFields = ({
  control,
}: ResourceFieldsProps<SecurityMeasureInput, SecurityMeasureContent>) => {
  const { t } = useTranslation('securityMeasures');
  return (
    <>
      <FormSection title={t('form.section')} description={t('hints.section')}>
        <FormSelect
          control={control}
          name="category"
          label={t('fields.category')}
          required
          options={securityMeasureCategorySchema.options.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        />
        <FormTextField control={control} name="title" label={t('fields.title')} required autoFocus />
        <Full>
          <FormTextField
            control={control}
            name="description"
            label={t('fields.description')}
            helperText={t('hints.description')}
            multiline
            minRows={4}
          />
        </Full>
      </FormSection>
    </>
  );
};
