import { zodResolver } from '@hookform/resolvers/zod';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState, type ReactNode } from 'react';
import {
  FormProvider,
  useForm,
  useWatch,
  type DefaultValues,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useController, useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { LinkPicker, type LinkOption } from '../../components';
import { repositories, ValidationError } from '../../data/repositories';
import {
  processorContentSchema,
  recipientContentSchema,
  securityMeasureContentSchema,
  transferContentSchema,
  type ProcessorInput,
  type RecipientInput,
  type SecurityMeasureInput,
  type TransferContent,
  type TransferInput,
} from '../../domain';
import { adequacyOf } from '../../domain/reference';
import {
  FieldScope,
  fieldDomId,
  FormCountryPicker,
  FormMultiSelectChips,
  FormSelect,
  FormSwitch,
  FormTextField,
} from '../../components/form';
import { TransferRecipientPicker } from '../transfers/TransferRecipientPicker';
import { useActivityOptions } from './labels';
import type { Linkables } from './queries';
import { isFieldPath } from '../../components/form/field-path';
import { fieldErrorProps } from '../../components/form/ValidationText';
import { errorMessage } from '../../domain/values';

export type LinkedEntity = 'recipient' | 'processor' | 'transfer' | 'securityMeasure';

/**
 * A link field (ids of the organisation's records) with a "New…" button: a small dialog creates
 * the record through its repository and links it, so a whole activity can be entered without
 * leaving the editor.
 */
export const LinkField = ({
  name,
  label,
  entity,
  options,
  linkables,
  organisationId,
  helperText,
}: {
  name: string;
  label: string;
  entity: LinkedEntity;
  options: readonly LinkOption[] | undefined;
  linkables: Linkables | undefined;
  organisationId: string;
  helperText?: ReactNode;
}) => {
  const { t } = useTranslation('activities');
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const [creating, setCreating] = useState(false);
  // The field holds ids; anything else (a half-reset form) reads as no link rather than a crash.
  const ids: string[] = Array.isArray(field.value)
    ? field.value.filter((v: unknown): v is string => typeof v === 'string')
    : [];
  return (
    // The button sits beside the picker while there is room, and goes below it when there is not
    // (a long French label beside a picker of long names in a narrow column).
    <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <Box
        sx={{ flex: '1 1 16rem', minWidth: 0 }}
        id={fieldDomId(name, 'activity')}
        // Deep links and error focus land in the picker's text input.
        ref={(el: HTMLDivElement | null) => field.ref(el ? { focus: () => el.querySelector('input')?.focus() } : null)}
      >
        <LinkPicker
          name={field.name}
          label={label}
          options={options}
          value={ids}
          onChange={field.onChange}
          {...fieldErrorProps(fieldState, helperText)}
        />
      </Box>
      <Button startIcon={<AddIcon />} onClick={() => setCreating(true)} sx={{ mt: 0.5, whiteSpace: 'nowrap' }}>
        {t(`quickCreate.button.${entity}`)}
      </Button>
      {creating && (
        <QuickCreateDialog
          entity={entity}
          organisationId={organisationId}
          linkables={linkables}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            field.onChange([...ids, id]);
            setCreating(false);
          }}
        />
      )}
    </Stack>
  );
};

const RECIPIENT_DEFAULTS: RecipientInput = { name: '', category: 'third_party', country: '', description: '' };
const PROCESSOR_DEFAULTS: ProcessorInput = { name: '', service: '', countries: [], parentProcessorId: null };
const TRANSFER_DEFAULTS: TransferInput = {
  destinationType: 'country',
  country: '',
  recipientId: null,
  processorId: null,
  recipientName: '',
  mechanism: 'scc',
  dpfCertified: false,
  safeguardsCopy: '',
  conditions: '',
};
const MEASURE_DEFAULTS: SecurityMeasureInput = { category: 'access_control', title: '', description: '' };

interface QuickCreateProps {
  entity: LinkedEntity;
  organisationId: string;
  linkables: Linkables | undefined;
  onClose(): void;
  onCreated(id: string): void;
}

const QuickCreateDialog = ({ entity, organisationId, linkables, onClose, onCreated }: QuickCreateProps) => {
  switch (entity) {
    case 'recipient':
      return (
        <QuickForm
          entity={entity}
          schema={recipientContentSchema}
          defaults={RECIPIENT_DEFAULTS}
          create={(v: RecipientInput) => repositories().recipients.create(v, organisationId)}
          onClose={onClose}
          onCreated={onCreated}
        >
          <RecipientFields />
        </QuickForm>
      );
    case 'processor':
      return (
        <QuickForm
          entity={entity}
          schema={processorContentSchema}
          defaults={PROCESSOR_DEFAULTS}
          create={(v: ProcessorInput) => repositories().processors.create(v, organisationId)}
          onClose={onClose}
          onCreated={onCreated}
        >
          <ProcessorFields linkables={linkables} />
        </QuickForm>
      );
    case 'transfer':
      return (
        <QuickForm
          entity={entity}
          schema={transferContentSchema}
          defaults={TRANSFER_DEFAULTS}
          create={(v: TransferInput) => repositories().transfers.create(v, organisationId)}
          onClose={onClose}
          onCreated={onCreated}
        >
          <TransferFields />
        </QuickForm>
      );
    case 'securityMeasure':
      return (
        <QuickForm
          entity={entity}
          schema={securityMeasureContentSchema}
          defaults={MEASURE_DEFAULTS}
          create={(v: SecurityMeasureInput) => repositories().securityMeasures.create(v, organisationId)}
          onClose={onClose}
          onCreated={onCreated}
        >
          <SecurityMeasureFields />
        </QuickForm>
      );
  }
};

/** The dialog shell: its own form (nested in a portal, so it never submits the activity). */
const QuickForm = <TInput extends FieldValues, TContent>({
  entity,
  schema,
  defaults,
  create,
  onClose,
  onCreated,
  children,
}: {
  entity: LinkedEntity;
  schema: z.ZodType<TContent, TInput>;
  defaults: DefaultValues<TInput>;
  create(values: TContent): Promise<{ id: string }>;
  onClose(): void;
  onCreated(id: string): void;
  children: ReactNode;
}) => {
  const { t } = useTranslation('activities');
  const titleId = useId();
  const form = useForm<TInput, unknown, TContent>({ defaultValues: defaults, resolver: zodResolver(schema) });
  const [failure, setFailure] = useState<string | undefined>();
  const submit = (e: React.FormEvent) => {
    // The dialog is rendered in a portal but React bubbles events through the tree: stop here.
    e.stopPropagation();
    void form.handleSubmit(async (values) => {
      setFailure(undefined);
      try {
        // The repository parses the values again with the same schema (its trust boundary).
        const created = await create(values);
        onCreated(created.id);
      } catch (err) {
        if (err instanceof ValidationError) {
          const unplaced = placeProblems(form, err);
          if (unplaced.length > 0) setFailure(unplaced.join('\n'));
        } else setFailure(errorMessage(err));
      }
    })(e);
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <FieldScope.Provider value={`quick-${entity}`}>
        <FormProvider {...form}>
          <form onSubmit={submit} onKeyDown={(e) => e.stopPropagation()} noValidate>
            <DialogTitle id={titleId}>{t(`quickCreate.title.${entity}`)}</DialogTitle>
            <DialogContent>
              <Stack sx={{ gap: 2, pt: 1 }}>
                {children}
                {failure && <Alert severity="error">{failure}</Alert>}
              </Stack>
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{t('actions.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
                {t('quickCreate.submit')}
              </Button>
            </DialogActions>
          </form>
        </FormProvider>
      </FieldScope.Provider>
    </Dialog>
  );
};

/**
 * A repository's problems on the fields they name (its paths are the schema's, like the form's);
 * the messages of those that name no field of the dialog, to show above its buttons.
 */
const placeProblems = <T extends FieldValues, C>(
  form: UseFormReturn<T, unknown, C>,
  err: ValidationError,
): string[] => {
  const shown = form.getValues();
  const unplaced: string[] = [];
  for (const p of err.problems)
    if (isFieldPath(shown, p.path)) form.setError(p.path, { type: 'repository', message: p.message });
    else unplaced.push(p.message);
  return unplaced;
};

const RecipientFields = () => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  return (
    <>
      <FormTextField name="name" label={t('quickCreate.fields.recipientName')} required />
      <FormSelect name="category" label={t('quickCreate.fields.recipientCategory')} options={o.recipientCategory} />
      <FormCountryPicker name="country" label={t('quickCreate.fields.country')} />
    </>
  );
};

const ProcessorFields = ({ linkables }: { linkables: Linkables | undefined }) => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  const parents = (linkables?.processors ?? []).map((p) => ({ value: p.id, label: p.name }));
  return (
    <>
      <FormTextField name="name" label={t('quickCreate.fields.processorName')} required />
      <FormTextField name="service" label={t('quickCreate.fields.service')} />
      <FormMultiSelectChips name="countries" label={t('quickCreate.fields.countries')} options={o.countries} />
      <FormSelect
        name="parentProcessorId"
        label={t('quickCreate.fields.parentProcessor')}
        helperText={t('quickCreate.fields.parentProcessorHelp')}
        options={parents}
        nullable
        emptyLabel={t('quickCreate.fields.noParent')}
      />
    </>
  );
};

const TransferFields = () => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  // The recipient is chosen among the processors and recipients, as in the transfer editor (it points at that record).
  const form = useFormContext<TransferInput, unknown, TransferContent>();
  const country = useWatch<TransferInput, 'country'>({ name: 'country' }) ?? '';
  const dpfCertified = useWatch<TransferInput, 'dpfCertified'>({ name: 'dpfCertified' }) ?? false;
  const adequacy = country
    ? adequacyOf({ destinationType: 'country', country, internationalOrganisation: '', dpfCertified })
    : undefined;
  return (
    <>
      <TransferRecipientPicker form={form} control={form.control} />
      <FormCountryPicker
        name="country"
        label={t('quickCreate.fields.destination')}
        helperText={adequacy ? t(`adequacy.${adequacy}`) : undefined}
      />
      <FormSelect name="mechanism" label={t('quickCreate.fields.mechanism')} options={o.mechanism} />
      <FormSwitch name="dpfCertified" label={t('quickCreate.fields.dpfCertified')} />
      <FormTextField name="safeguardsCopy" label={t('quickCreate.fields.safeguardsCopy')} />
    </>
  );
};

const SecurityMeasureFields = () => {
  const { t } = useTranslation('activities');
  const o = useActivityOptions();
  return (
    <>
      <FormSelect name="category" label={t('quickCreate.fields.measureCategory')} options={o.securityCategory} />
      <FormTextField name="title" label={t('quickCreate.fields.measureTitle')} required />
      <FormTextField name="description" label={t('quickCreate.fields.description')} multiline />
    </>
  );
};
