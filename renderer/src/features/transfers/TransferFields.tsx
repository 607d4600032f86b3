import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSections, type FormSectionSpec, type SelectOption } from '../../components/form';
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

type Values = TransferInput;

const toCountry = (v: Values) => (v.destinationType ?? 'country') === 'country';
const hasDestination = (v: Values) =>
  toCountry(v) ? (v.country ?? '') !== '' : (v.internationalOrganisation ?? '').trim() !== '';
const safeguard = (v: Values) => v.mechanism !== undefined && isAppropriateSafeguard(v.mechanism);
const art49 = (v: Values) => v.mechanism === 'compelling_legitimate_interest';

export interface TransferSectionsContext {
  /** The mechanisms to choose from, each with its article. */
  mechanisms: readonly SelectOption[];
  recipient: ReactNode;
  /** The destination's adequacy, shown once a destination is given. */
  adequacy: ReactNode;
  art49Warning: ReactNode;
}

/** The transfer editor's sections, in order. */
export const transferSections = (ctx: TransferSectionsContext): FormSectionSpec<Values>[] => [
  {
    key: 'destination',
    fields: [
      {
        kind: 'select',
        name: 'destinationType',
        group: 'destinationType',
        values: ['country', 'international_organisation'],
      },
      { kind: 'country', name: 'country', required: true, when: toCountry },
      { kind: 'text', name: 'internationalOrganisation', required: true, when: (v) => !toCountry(v) },
      { kind: 'custom', key: 'recipient', render: () => ctx.recipient },
      { kind: 'checkbox', name: 'dpfCertified', hint: true },
      { kind: 'custom', key: 'adequacy', full: true, when: hasDestination, render: () => ctx.adequacy },
    ],
  },
  {
    key: 'mechanism',
    hint: true,
    fields: [
      { kind: 'select', name: 'mechanism', required: true, full: true, options: ctx.mechanisms },
      { kind: 'multiline', name: 'conditions', hint: true, minRows: 2, full: true },
      { kind: 'multiline', name: 'safeguardsCopy', hint: true, minRows: 2, full: true, when: safeguard },
      { kind: 'custom', key: 'art49', full: true, when: art49, render: () => ctx.art49Warning },
      { kind: 'multiline', name: 'compellingInterest', minRows: 2, full: true, when: art49 },
      { kind: 'multiline', name: 'art49Assessment', hint: true, minRows: 3, full: true, when: art49 },
    ],
  },
  {
    key: 'tia',
    hint: true,
    fields: [
      { kind: 'checkbox', name: 'tia.done', label: 'tiaDone' },
      { kind: 'date', name: 'tia.date', label: 'tiaDate' },
      { kind: 'text', name: 'tia.reference', label: 'tiaReference' },
      { kind: 'multiline', name: 'description', minRows: 2, full: true },
    ],
  },
];

export const TransferFields = ({ form, control }: ResourceFieldsProps<TransferInput, TransferContent>) => {
  const { t } = useTranslation('transfers');
  const fmt = useUiDates();
  const { watch } = form;
  const destination = {
    destinationType: watch('destinationType') ?? 'country',
    country: watch('country') ?? '',
    internationalOrganisation: watch('internationalOrganisation') ?? '',
    dpfCertified: watch('dpfCertified') ?? false,
  };
  const status = adequacyOf(destination);
  const adequacy = (
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
  );
  const mechanisms = transferMechanismSchema.options.map((m) => ({
    value: m,
    label: t(`mechanism.${m}`),
    hint: TRANSFER_MECHANISM_ARTICLE[m],
  }));
  const recipient = <TransferRecipientPicker form={form} control={control} />;
  const art49Warning = <Alert severity="warning">{t('hints.art49')}</Alert>;
  const sections = transferSections({ mechanisms, recipient, adequacy, art49Warning });
  return <FormSections sections={sections} control={control} t={t} />;
};
