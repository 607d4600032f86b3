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
import { FormProvider, useForm, useWatch, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useController, useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import { LinkPicker } from '../../components';
import { repositories, ValidationError } from '../../data/repositories';
import {
  blankOf,
  processorContentSchema,
  recipientContentSchema,
  securityMeasureContentSchema,
  transferContentSchema,
  type TransferContent,
  type TransferInput,
} from '../../domain';
import { adequacyOf } from '../../domain/reference';
import {
  FieldScope,
  fieldDomId,
  FormCountryPicker,
  FormFields,
  type FieldSpec,
  type Translate,
} from '../../components/form';
import { TransferRecipientPicker } from '../transfers/TransferRecipientPicker';
import { useActivityOptions, useLinkOptions } from './labels';
import type { Linkables } from './queries';
import { placeProblems } from '../../components/form/field-path';
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
  linkables,
  organisationId,
  helperText,
}: {
  name: string;
  label: string;
  entity: LinkedEntity;
  linkables: Linkables | undefined;
  organisationId: string;
  helperText?: ReactNode;
}) => {
  const { t } = useTranslation('activities');
  const { control } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const options = useLinkOptions(linkables, entity);
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

interface QuickCreateProps {
  entity: LinkedEntity;
  organisationId: string;
  linkables: Linkables | undefined;
  onClose(): void;
  onCreated(id: string): void;
}

/** The small form of each kind of record, its fields labelled `quickCreate.fields.<label>`. */
const QuickCreateDialog = ({ entity, organisationId, linkables, ...shell }: QuickCreateProps) => {
  const o = useActivityOptions();
  const props = { entity, ...shell };
  switch (entity) {
    case 'recipient':
      return (
        <QuickForm
          {...props}
          schema={recipientContentSchema}
          defaults={blankOf(recipientContentSchema, { name: '', category: 'third_party' })}
          create={(v) => repositories().recipients.create(v, organisationId)}
          fields={[
            { kind: 'text', name: 'name', label: 'recipientName', required: true },
            { kind: 'select', name: 'category', label: 'recipientCategory', options: o.recipientCategory },
            { kind: 'country', name: 'country' },
          ]}
        />
      );
    case 'processor':
      return (
        <QuickForm
          {...props}
          schema={processorContentSchema}
          defaults={blankOf(processorContentSchema, { name: '' })}
          create={(v) => repositories().processors.create(v, organisationId)}
          fields={[
            { kind: 'text', name: 'name', label: 'processorName', required: true },
            { kind: 'text', name: 'service' },
            { kind: 'multiselect', name: 'countries', options: o.countries },
            {
              kind: 'select',
              name: 'parentProcessorId',
              label: 'parentProcessor',
              hint: 'parentProcessorHelp',
              options: (linkables?.processors ?? []).map((p) => ({ value: p.id, label: p.name })),
              nullable: 'fields.noParent',
            },
          ]}
        />
      );
    case 'transfer':
      return (
        <QuickForm
          {...props}
          schema={transferContentSchema}
          defaults={blankOf(transferContentSchema, { destinationType: 'country', recipientName: '', mechanism: 'scc' })}
          create={(v) => repositories().transfers.create(v, organisationId)}
          fields={[
            { kind: 'custom', key: 'recipient', render: () => <TransferRecipient /> },
            { kind: 'custom', key: 'country', render: () => <TransferDestination /> },
            { kind: 'select', name: 'mechanism', options: o.mechanism },
            { kind: 'switch', name: 'dpfCertified' },
            { kind: 'text', name: 'safeguardsCopy' },
          ]}
        />
      );
    case 'securityMeasure':
      return (
        <QuickForm
          {...props}
          schema={securityMeasureContentSchema}
          defaults={blankOf(securityMeasureContentSchema, { category: 'access_control', title: '' })}
          create={(v) => repositories().securityMeasures.create(v, organisationId)}
          fields={[
            { kind: 'select', name: 'category', label: 'measureCategory', options: o.securityCategory },
            { kind: 'text', name: 'title', label: 'measureTitle', required: true },
            { kind: 'multiline', name: 'description' },
          ]}
        />
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
  fields,
}: {
  entity: LinkedEntity;
  schema: z.ZodType<TContent, TInput>;
  defaults: DefaultValues<TInput>;
  create(values: TContent): Promise<{ id: string }>;
  onClose(): void;
  onCreated(id: string): void;
  fields: readonly FieldSpec<TInput>[];
}) => {
  const { t } = useTranslation('activities');
  const quickT: Translate = (key, options) => t(`quickCreate.${key}`, options);
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
          const unplaced = placeProblems(form, err.problems);
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
                <QuickFields fields={fields} t={quickT} />
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

/** The dialog's fields, bound to its form through the provider around them. */
const QuickFields = <T extends FieldValues>({ fields, t }: { fields: readonly FieldSpec<T>[]; t: Translate }) => (
  <FormFields specs={fields} control={useFormContext<T>().control} t={t} hints="fields" />
);

/** The transfer's recipient among the processors and recipients, as in the transfer editor (it points at that record). */
const TransferRecipient = () => {
  const form = useFormContext<TransferInput, unknown, TransferContent>();
  return <TransferRecipientPicker form={form} control={form.control} />;
};

/** The destination, and whether the Commission found it adequate. */
const TransferDestination = () => {
  const { t } = useTranslation('activities');
  const country = useWatch<TransferInput, 'country'>({ name: 'country' }) ?? '';
  const dpfCertified = useWatch<TransferInput, 'dpfCertified'>({ name: 'dpfCertified' }) ?? false;
  const adequacy = country
    ? adequacyOf({ destinationType: 'country', country, internationalOrganisation: '', dpfCertified })
    : undefined;
  return (
    <FormCountryPicker
      name="country"
      label={t('quickCreate.fields.destination')}
      helperText={adequacy ? t(`adequacy.${adequacy}`) : undefined}
    />
  );
};
