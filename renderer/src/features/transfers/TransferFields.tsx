import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import {
  FormCheckbox,
  FormCountryPicker,
  FormDateField,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
} from '../../components/form';
import {
  TRANSFER_MECHANISM_ARTICLE,
  isAppropriateSafeguard,
  transferMechanismSchema,
  type TransferContent,
  type TransferInput,
} from '../../domain';
import { ADEQUACY_AS_OF, adequacyOf } from '../../domain/reference';
import { AdequacyChip } from './AdequacyChip';
import { TransferRecipientPicker } from './TransferRecipientPicker';
import { useUiDates } from '../../i18n/dates';
import type { ResourceFieldsProps } from '../shared/resource-pages';

export const TransferFields = ({ form, control }: ResourceFieldsProps<TransferInput, TransferContent>) => {
  const { t } = useTranslation('transfers');
  const fmt = useUiDates();
  const { watch } = form;
  const destinationType = watch('destinationType') ?? 'country';
  const country = watch('country') ?? '';
  const internationalOrganisation = watch('internationalOrganisation') ?? '';
  const dpfCertified = watch('dpfCertified') ?? false;
  const mechanism = watch('mechanism');
  const destination = { destinationType, country, internationalOrganisation, dpfCertified };
  const status = adequacyOf(destination);
  const hasDestination = destinationType === 'country' ? country !== '' : internationalOrganisation.trim() !== '';
  const wantsSafeguardCopy = mechanism !== undefined && isAppropriateSafeguard(mechanism);

  return (
    <>
      <FormSection title={t('form.destination')}>
        <FormSelect
          control={control}
          name="destinationType"
          label={t('fields.destinationType')}
          options={[
            { value: 'country', label: t('destinationType.country') },
            { value: 'international_organisation', label: t('destinationType.international_organisation') },
          ]}
        />
        {destinationType === 'country' ? (
          <FormCountryPicker control={control} name="country" label={t('fields.country')} required />
        ) : (
          <FormTextField
            control={control}
            name="internationalOrganisation"
            label={t('fields.internationalOrganisation')}
            required
          />
        )}
        <TransferRecipientPicker form={form} control={control} />
        <FormCheckbox
          control={control}
          name="dpfCertified"
          label={t('fields.dpfCertified')}
          helperText={t('hints.dpfCertified')}
        />
        {hasDestination && (
          <Full>
            <Alert
              severity={status === 'not_adequate' || status === 'partial_not_covered' ? 'warning' : 'info'}
              icon={false}
              aria-live="polite"
            >
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <AdequacyChip destination={destination} />
                <span>{t(`adequacyHint.${status}`)}</span>
              </Box>
              <Box sx={{ fontSize: 13, mt: 0.5, color: 'text.secondary' }}>
                {t('adequacy.asOf', { date: fmt.date(ADEQUACY_AS_OF) })}
              </Box>
            </Alert>
          </Full>
        )}
      </FormSection>
      <FormSection title={t('form.mechanism')} description={t('hints.mechanism')}>
        <Full>
          <FormSelect
            control={control}
            name="mechanism"
            label={t('fields.mechanism')}
            required
            options={transferMechanismSchema.options.map((m) => ({
              value: m,
              label: t(`mechanism.${m}`),
              hint: TRANSFER_MECHANISM_ARTICLE[m],
            }))}
          />
        </Full>
        <Full>
          <FormTextField
            control={control}
            name="conditions"
            label={t('fields.conditions')}
            helperText={t('hints.conditions')}
            multiline
            minRows={2}
          />
        </Full>
        {wantsSafeguardCopy && (
          <Full>
            <FormTextField
              control={control}
              name="safeguardsCopy"
              label={t('fields.safeguardsCopy')}
              helperText={t('hints.safeguardsCopy')}
              multiline
              minRows={2}
            />
          </Full>
        )}
        {mechanism === 'compelling_legitimate_interest' && (
          <>
            <Full>
              <Alert severity="warning">{t('hints.art49')}</Alert>
            </Full>
            <Full>
              <FormTextField
                control={control}
                name="compellingInterest"
                label={t('fields.compellingInterest')}
                multiline
                minRows={2}
              />
            </Full>
            <Full>
              <FormTextField
                control={control}
                name="art49Assessment"
                label={t('fields.art49Assessment')}
                helperText={t('hints.art49Assessment')}
                multiline
                minRows={3}
              />
            </Full>
          </>
        )}
      </FormSection>
      <FormSection title={t('form.tia')} description={t('hints.tia')}>
        <FormCheckbox control={control} name="tia.done" label={t('fields.tiaDone')} />
        <FormDateField control={control} name="tia.date" label={t('fields.tiaDate')} />
        <FormTextField control={control} name="tia.reference" label={t('fields.tiaReference')} />
        <Full>
          <FormTextField control={control} name="description" label={t('fields.description')} multiline minRows={2} />
        </Full>
      </FormSection>
    </>
  );
};
