import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions, FormSection, FormSelect, FormTextField, Full, useSaveRecord } from '../../components/form';
import {
  securityMeasureCategorySchema,
  securityMeasureContentSchema,
  type SecurityMeasure,
  type SecurityMeasureContent,
  type SecurityMeasureInput,
} from '../../domain';

export interface SecurityMeasureFormProps {
  defaultValues: SecurityMeasureInput;
  save(values: SecurityMeasureContent): Promise<SecurityMeasure>;
  onSaved(saved: SecurityMeasure): void;
  onCancel(): void;
}

export const SecurityMeasureForm = ({ defaultValues, save, onSaved, onCancel }: SecurityMeasureFormProps) => {
  const { t } = useTranslation('securityMeasures');
  const form = useForm<SecurityMeasureInput, unknown, SecurityMeasureContent>({
    resolver: zodResolver(securityMeasureContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const saver = useSaveRecord(form, { save, onSaved });
  const { control } = form;
  return (
    <form onSubmit={saver.submit} noValidate aria-label={t('form.label')}>
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
      <FormActions saver={saver} dirty={form.formState.isDirty} onCancel={onCancel} />
    </form>
  );
};
