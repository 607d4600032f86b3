import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  FormActions,
  FormCountryPicker,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
  useSaveRecord,
} from '../../components/form';
import {
  recipientCategorySchema,
  recipientContentSchema,
  type Recipient,
  type RecipientContent,
  type RecipientInput,
} from '../../domain';

export interface RecipientFormProps {
  defaultValues: RecipientInput;
  save(values: RecipientContent): Promise<Recipient>;
  onSaved(saved: Recipient): void;
  onCancel(): void;
}

export const RecipientForm = ({ defaultValues, save, onSaved, onCancel }: RecipientFormProps) => {
  const { t } = useTranslation('recipients');
  const form = useForm<RecipientInput, unknown, RecipientContent>({
    resolver: zodResolver(recipientContentSchema),
    defaultValues,
    mode: 'onTouched',
  });
  const saver = useSaveRecord(form, { save, onSaved });
  const { control } = form;
  return (
    <form onSubmit={saver.submit} noValidate aria-label={t('form.label')}>
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
      <FormActions saver={saver} dirty={form.formState.isDirty} onCancel={onCancel} />
    </form>
  );
};
