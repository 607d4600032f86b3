import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLiveList } from '../../components';
import {
  FormCheckbox,
  FormCountriesPicker,
  FormCountryPicker,
  FormDateField,
  FormFreeChips,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
} from '../../components/form';
import type { ProcessorContent, ProcessorInput } from '../../domain';
import { useCurrentOrganisation } from '../../session/current-organisation';
import type { ResourceFieldsProps } from '../shared/resource-pages';
import { possibleParents, processorSortKey, processorsRepo } from './queries';

/**
 * A processor's fields. The parent choice lists the organisation's other processors, never the
 * processor itself or one of its own sub-processors (no loop); "none" is stored as null.
 */
export const ProcessorFields = ({ form, control }: ResourceFieldsProps<ProcessorInput, ProcessorContent>) => {
  const { t } = useTranslation('processors');
  const { id: selfId } = useParams();
  const { current } = useCurrentOrganisation();
  const processors = useLiveList(processorsRepo(), current?.id, processorSortKey);
  const signed = form.watch('dpa.signed');
  const parents = useMemo(
    () => possibleParents(selfId, processors ?? []).map((p) => ({ value: p.id, label: p.name })),
    [selfId, processors],
  );
  return (
    <>
      <FormSection title={t('form.identity')}>
        <FormTextField control={control} name="name" label={t('fields.name')} required autoFocus />
        <FormSelect
          control={control}
          name="parentProcessorId"
          label={t('fields.parent')}
          helperText={t('hints.parent')}
          nullable
          emptyLabel={t('noParent')}
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
    </>
  );
};
