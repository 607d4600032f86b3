import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  FormActions,
  FormCheckbox,
  FormCountriesPicker,
  FormCountryPicker,
  FormDateField,
  FormFreeChips,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
  useSaveRecord,
} from '../../components/form';
import { processorContentSchema, type Processor, type ProcessorContent, type ProcessorInput } from '../../domain';
import { possibleParents } from './queries';

export interface ProcessorFormProps {
  /** Id of the processor being edited; undefined when creating. */
  selfId?: string;
  defaultValues: ProcessorInput;
  /** The organisation's live processors, for the parent choice. */
  processors: readonly Processor[];
  save(values: ProcessorContent): Promise<Processor>;
  onSaved(saved: Processor): void;
  onCancel(): void;
}

/** The parent is stored as null; the select needs a string. */
const NO_PARENT = '';

export const ProcessorForm = ({ selfId, defaultValues, processors, save, onSaved, onCancel }: ProcessorFormProps) => {
  const { t } = useTranslation('processors');
  const form = useForm<ProcessorInput, unknown, ProcessorContent>({
    // The select holds '' for "no parent"; the schema wants null (a top-level processor).
    resolver: (values, context, options) =>
      zodResolver(processorContentSchema)(
        { ...values, parentProcessorId: values.parentProcessorId || null },
        context,
        options,
      ),
    defaultValues: { ...defaultValues, parentProcessorId: defaultValues.parentProcessorId ?? NO_PARENT },
    mode: 'onTouched',
  });
  const saver = useSaveRecord(form, { save, onSaved });
  const { control, watch } = form;
  const signed = watch('dpa.signed');
  const parents = useMemo(
    () => possibleParents(selfId, processors).map((p) => ({ value: p.id, label: p.name })),
    [selfId, processors],
  );
  return (
    <form onSubmit={saver.submit} noValidate aria-label={t('form.label')}>
      <FormSection title={t('form.identity')}>
        <FormTextField control={control} name="name" label={t('fields.name')} required autoFocus />
        <FormSelect
          control={control}
          name="parentProcessorId"
          label={t('fields.parent')}
          helperText={t('hints.parent')}
          allowEmpty={t('noParent')}
          options={parents}
        />
        <Full>
          <FormTextField
            control={control}
            name="service"
            label={t('fields.service')}
            helperText={t('hints.service')}
            multiline
            minRows={2}
          />
        </Full>
        <Full>
          <FormCountriesPicker
            control={control}
            name="countries"
            label={t('fields.countries')}
            helperText={t('hints.countries')}
          />
        </Full>
      </FormSection>
      <FormSection title={t('form.dpa')} description={t('hints.dpa')}>
        <FormCheckbox control={control} name="dpa.signed" label={t('fields.dpaSigned')} />
        <FormTextField control={control} name="dpa.reference" label={t('fields.dpaReference')} />
        {signed && <FormDateField control={control} name="dpa.signedOn" label={t('fields.dpaSignedOn')} />}
        {signed && <FormDateField control={control} name="dpa.expiresOn" label={t('fields.dpaExpiresOn')} />}
        <Full>
          <FormFreeChips
            control={control}
            name="certifications"
            label={t('fields.certifications')}
            helperText={t('hints.certifications')}
          />
        </Full>
        <FormCheckbox
          control={control}
          name="dpfCertified"
          label={t('fields.dpfCertified')}
          helperText={t('hints.dpfCertified')}
        />
      </FormSection>
      <FormSection title={t('form.contact')}>
        <FormTextField control={control} name="contactName" label={t('fields.contactName')} />
        <FormTextField control={control} name="email" label={t('fields.email')} type="email" />
        <FormTextField control={control} name="phone" label={t('fields.phone')} type="tel" />
        <FormTextField control={control} name="website" label={t('fields.website')} placeholder="https://" />
        <Full>
          <FormTextField control={control} name="address.street" label={t('fields.street')} />
        </Full>
        <FormTextField control={control} name="address.postalCode" label={t('fields.postalCode')} />
        <FormTextField control={control} name="address.city" label={t('fields.city')} />
        <FormCountryPicker control={control} name="address.country" label={t('fields.country')} />
        <Full>
          <FormTextField control={control} name="notes" label={t('fields.notes')} multiline minRows={2} />
        </Full>
      </FormSection>
      <FormActions saver={saver} dirty={form.formState.isDirty} onCancel={onCancel} />
    </form>
  );
};
