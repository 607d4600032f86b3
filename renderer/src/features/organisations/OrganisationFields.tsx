import Autocomplete from '@mui/material/Autocomplete';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormCheckbox, FormSections, type FormSectionSpec } from '../../components/form';
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

  const sections: FormSectionSpec<OrganisationInput>[] = [
    {
      key: 'identity',
      fields: [
        { kind: 'text', name: 'name', required: true, autoFocus: true },
        { kind: 'text', name: 'shortName', hint: true },
        { kind: 'text', name: 'registrationNumber' },
        { kind: 'select', name: 'role', hint: true, group: 'role', values: organisationRoleSchema.options },
        { kind: 'multiline', name: 'description', minRows: 2, full: true },
        {
          kind: 'custom',
          key: 'descriptionPublic',
          full: true,
          render: () => (
            <FormCheckbox
              control={control}
              name="descriptionPublic"
              label={ts('organisation.descriptionPublic')}
              helperText={ts('organisation.descriptionPublicHint')}
            />
          ),
        },
      ],
    },
    {
      key: 'contact',
      fields: [
        { kind: 'text', name: 'address.street', full: true },
        { kind: 'text', name: 'address.postalCode' },
        { kind: 'text', name: 'address.city' },
        { kind: 'country', name: 'address.country' },
        { kind: 'text', name: 'email', type: 'email' },
        { kind: 'text', name: 'phone', type: 'tel' },
        { kind: 'text', name: 'website', placeholder: 'https://' },
      ],
    },
    {
      key: 'gdpr',
      fields: [
        { kind: 'select', name: 'headcountBand', hint: true, group: 'headcount', values: headcountBandSchema.options },
        { kind: 'select', name: 'defaultLanguage', hint: true, group: 'language', values: LANGUAGES },
        { kind: 'checkbox', name: 'establishedInEu', hint: true },
        {
          kind: 'custom',
          key: 'crossBorderProcessing',
          // Yes, no or not answered (null): a lead authority is named only on a "yes" (Art. 56).
          render: () => (
            <Controller
              control={control}
              name="crossBorderProcessing"
              render={({ field }) => (
                <TextField
                  select
                  name={field.name}
                  value={field.value === true ? 'yes' : field.value === false ? 'no' : ''}
                  onChange={(e) =>
                    field.onChange(e.target.value === 'yes' ? true : e.target.value === 'no' ? false : null)
                  }
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
          ),
        },
        { kind: 'checkbox', name: 'isPublicAuthority', hint: true },
      ],
    },
    {
      key: 'authority',
      hint: true,
      fields: [
        {
          kind: 'custom',
          key: 'authorityPicker',
          full: true,
          render: () => (
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
          ),
        },
        { kind: 'text', name: 'supervisoryAuthority.name', label: 'authorityName' },
        { kind: 'country', name: 'supervisoryAuthority.country', label: 'authorityCountry' },
        { kind: 'text', name: 'supervisoryAuthority.website', label: 'authorityWebsite' },
        { kind: 'text', name: 'supervisoryAuthority.address', label: 'authorityAddress' },
      ],
    },
  ];
  return <FormSections sections={sections} control={control} t={t} />;
};
