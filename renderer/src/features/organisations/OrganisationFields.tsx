import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  FormCheckbox,
  FormCountryPicker,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
} from '../../components/form';
import {
  headcountBandSchema,
  organisationRoleSchema,
  type OrganisationContent,
  type OrganisationInput,
} from '../../domain';
import { SUPERVISORY_AUTHORITIES, countryName } from '../../domain/reference';
import { useUiLanguage } from '../../session/use-ui-language';
import { LANGUAGES } from '../../domain/languages';
import type { ResourceFieldsProps } from '../shared/resource-pages';

/** Every field of an organisation: identity, contact, GDPR status, supervisory authority, documents. */
export const OrganisationFields = ({ form, control }: ResourceFieldsProps<OrganisationInput, OrganisationContent>) => {
  const { t } = useTranslation('organisations');
  const { t: ts } = useTranslation('statements');
  const lang = useUiLanguage();
  const { setValue, watch } = form;
  const authority = watch('supervisoryAuthority');

  return (
    <>
      <FormSection title={t('form.identity')}>
        <FormTextField control={control} name="name" label={t('fields.name')} required autoFocus />
        <FormTextField
          control={control}
          name="shortName"
          label={t('fields.shortName')}
          helperText={t('hints.shortName')}
        />
        <FormTextField control={control} name="registrationNumber" label={t('fields.registrationNumber')} />
        <FormSelect
          control={control}
          name="role"
          label={t('fields.role')}
          options={organisationRoleSchema.options.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          helperText={t('hints.role')}
        />
        <Full>
          <FormTextField control={control} name="description" label={t('fields.description')} multiline minRows={2} />
        </Full>
        <Full>
          <FormCheckbox
            control={control}
            name="descriptionPublic"
            label={ts('organisation.descriptionPublic')}
            helperText={ts('organisation.descriptionPublicHint')}
          />
        </Full>
      </FormSection>

      <FormSection title={t('form.contact')}>
        <Full>
          <FormTextField control={control} name="address.street" label={t('fields.street')} />
        </Full>
        <FormTextField control={control} name="address.postalCode" label={t('fields.postalCode')} />
        <FormTextField control={control} name="address.city" label={t('fields.city')} />
        <FormCountryPicker control={control} name="address.country" label={t('fields.country')} />
        <FormTextField control={control} name="email" label={t('fields.email')} type="email" />
        <FormTextField control={control} name="phone" label={t('fields.phone')} type="tel" />
        <FormTextField control={control} name="website" label={t('fields.website')} placeholder="https://" />
      </FormSection>

      <FormSection title={t('form.gdpr')}>
        <FormSelect
          control={control}
          name="headcountBand"
          label={t('fields.headcountBand')}
          options={headcountBandSchema.options.map((b) => ({ value: b, label: t(`headcount.${b}`) }))}
          helperText={t('hints.headcountBand')}
        />
        <FormSelect
          control={control}
          name="defaultLanguage"
          label={t('fields.defaultLanguage')}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          helperText={t('hints.defaultLanguage')}
        />
        <FormCheckbox
          control={control}
          name="establishedInEu"
          label={t('fields.establishedInEu')}
          helperText={t('hints.establishedInEu')}
        />
        {/* Yes, no or not answered (null): a lead authority is named only on a "yes" (Art. 56). */}
        <Controller
          control={control}
          name="crossBorderProcessing"
          render={({ field }) => (
            <TextField
              select
              name={field.name}
              value={field.value === true ? 'yes' : field.value === false ? 'no' : ''}
              onChange={(e) => field.onChange(e.target.value === 'yes' ? true : e.target.value === 'no' ? false : null)}
              onBlur={field.onBlur}
              inputRef={field.ref}
              label={ts('organisation.crossBorder')}
              helperText={ts('organisation.crossBorderHint')}
            >
              <MenuItem value="">
                <em>{ts('organisation.crossBorderUnanswered')}</em>
              </MenuItem>
              <MenuItem value="yes">{ts('organisation.crossBorderYes')}</MenuItem>
              <MenuItem value="no">{ts('organisation.crossBorderNo')}</MenuItem>
            </TextField>
          )}
        />
        <FormCheckbox
          control={control}
          name="isPublicAuthority"
          label={t('fields.isPublicAuthority')}
          helperText={t('hints.isPublicAuthority')}
        />
      </FormSection>

      <FormSection title={t('form.authority')} description={t('hints.authority')}>
        <Full>
          <Autocomplete
            options={[...SUPERVISORY_AUTHORITIES]}
            getOptionLabel={(a) => `${countryName(a.country, lang)} — ${a.name}`}
            value={SUPERVISORY_AUTHORITIES.find((a) => a.name === authority?.name) ?? null}
            onChange={(_e, a) => {
              if (!a) return;
              const opts = { shouldDirty: true, shouldValidate: true };
              setValue('supervisoryAuthority.name', a.name, opts);
              setValue('supervisoryAuthority.country', a.country, opts);
              setValue('supervisoryAuthority.website', a.website, opts);
              setValue('supervisoryAuthority.address', a.address, opts);
            }}
            renderInput={(params) => (
              <TextField {...params} label={t('fields.authorityPicker')} helperText={t('hints.authorityPicker')} />
            )}
          />
        </Full>
        <FormTextField control={control} name="supervisoryAuthority.name" label={t('fields.authorityName')} />
        <FormCountryPicker control={control} name="supervisoryAuthority.country" label={t('fields.authorityCountry')} />
        <FormTextField control={control} name="supervisoryAuthority.website" label={t('fields.authorityWebsite')} />
        <FormTextField control={control} name="supervisoryAuthority.address" label={t('fields.authorityAddress')} />
      </FormSection>

    </>
  );
};
