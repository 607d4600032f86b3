import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useContext, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLiveList } from '../../components';
import { FieldScope, FormTextField, Full, fieldDomId } from '../../components/form';
import { fieldErrorProps } from '../../components/form/ValidationText';
import type { TransferContent, TransferInput } from '../../domain';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { processorSortKey, processorsRepo } from '../processors/queries';
import { recipientSortKey, recipientsRepo } from '../recipients/queries';
import type { ResourceFieldsProps } from '../shared/resource-pages';

interface RecipientChoice {
  table: 'processors' | 'recipients';
  id: string;
  name: string;
}

/**
 * Art. 30(1)(e): the transfer's recipient is chosen among the organisation's processors and
 * recipients, so it points at that record (domain/transfer.ts). A transfer stored before links that
 * matched no record keeps its typed name in a field of its own until a record is chosen.
 */
export const TransferRecipientPicker = ({ form, control }: ResourceFieldsProps<TransferInput, TransferContent>) => {
  const { t } = useTranslation('transfer-links');
  const { current } = useCurrentOrganisation();
  const scope = useContext(FieldScope);
  const processors = useLiveList(processorsRepo(), current?.id, processorSortKey);
  const recipients = useLiveList(recipientsRepo(), current?.id, recipientSortKey);
  const processorId = useWatch({ control, name: 'processorId' }) ?? null;
  const recipientId = useWatch({ control, name: 'recipientId' }) ?? null;
  const typedName = useWatch({ control, name: 'recipientName' }) ?? '';
  // Decided once when the form opens, so the typed-name field does not vanish while it is edited.
  const [unlinkedName] = useState(() => processorId === null && recipientId === null && typedName.trim() !== '');
  const choices = useMemo<RecipientChoice[]>(
    () => [
      ...(processors ?? []).map((p) => ({ table: 'processors' as const, id: p.id, name: p.name })),
      ...(recipients ?? []).map((r) => ({ table: 'recipients' as const, id: r.id, name: r.name })),
    ],
    [processors, recipients],
  );
  const chosen =
    choices.find(
      (c) => (c.table === 'processors' && c.id === processorId) || (c.table === 'recipients' && c.id === recipientId),
    ) ?? null;
  const { error, helperText } = fieldErrorProps(
    form.getFieldState('recipientName', form.formState),
    choices.length === 0 && processors !== undefined && recipients !== undefined
      ? t('hints.noRecords')
      : t('hints.recipient'),
  );
  const choose = (next: RecipientChoice | null) => {
    const options = { shouldDirty: true, shouldTouch: true } as const;
    form.setValue('processorId', next?.table === 'processors' ? next.id : null, options);
    form.setValue('recipientId', next?.table === 'recipients' ? next.id : null, options);
    // The name as last saved, for the lists and the history; documents print the record's current name.
    if (next || !unlinkedName)
      form.setValue('recipientName', next?.name ?? '', { ...options, shouldValidate: form.formState.isSubmitted });
  };
  return (
    <>
      <Autocomplete
        options={choices}
        value={chosen}
        loading={processors === undefined || recipients === undefined}
        groupBy={(c) => t(`group.${c.table}`)}
        getOptionLabel={(c) => c.name}
        getOptionKey={(c) => `${c.table}:${c.id}`}
        isOptionEqualToValue={(a, b) => a.table === b.table && a.id === b.id}
        onChange={(_e, next) => choose(next)}
        renderInput={(params) => (
          <TextField
            {...params}
            id={fieldDomId(unlinkedName ? 'recipientId' : 'recipientName', scope)}
            name={unlinkedName ? 'recipientId' : 'recipientName'}
            label={t('fields.recipient')}
            required={!unlinkedName}
            error={!unlinkedName && error}
            helperText={helperText}
            size="small"
          />
        )}
      />
      {unlinkedName && chosen === null && (
        <Full>
          <FormTextField
            control={control}
            name="recipientName"
            label={t('fields.typedName')}
            helperText={t('hints.typedName')}
            required
          />
        </Full>
      )}
    </>
  );
};
