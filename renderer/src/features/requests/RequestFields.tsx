import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormLinkPicker } from '../../components';
import {
  enumOptions,
  FormArraySection,
  FormCheckbox,
  FormDateField,
  FormMultiSelectChips,
  FormNumberField,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
} from '../../components/form';
import {
  localToday,
  deadlineRegimeSchema,
  identityMethodSchema,
  newId,
  recipientNoticeStatusSchema,
  REFUSAL_OUTCOMES,
  refusalGroundSchema,
  requestChannelSchema,
  requesterCapacitySchema,
  requestOutcomeSchema,
  requestStatusSchema,
  requestTypeSchema,
  type RequestContent,
  type RequestInput,
} from '../../domain';
import { useRecordLinkOptions } from '../shared/record-links';
import type { ResourceFieldsProps } from '../shared/resource-pages';

type C = Control<RequestInput, unknown, RequestContent>;

export const RequestFields = ({ form, control }: ResourceFieldsProps<RequestInput, RequestContent>) => {
  const { t } = useTranslation('requests');
  const { watch } = form;
  const links = useRecordLinkOptions();
  const idNeeded = watch('identityCheck.needed') ?? false;
  const extended = watch('extension.extended') ?? false;
  const outcome = watch('outcome') ?? 'pending';
  const feeCharged = watch('fee.charged') ?? false;
  const opts = <V extends string>(group: string, values: readonly V[]) =>
    enumOptions(values, (v) => t(`${group}.${v}`));
  const none = t('common:detail.notSet');
  const c: C = control;

  return (
    <>
      <FormSection title={t('form.request')}>
        <FormTextField control={c} name="requesterName" label={t('fields.requesterName')} required autoFocus />
        <FormDateField
          control={c}
          name="receivedOn"
          label={t('fields.receivedOn')}
          helperText={t('hints.receivedOn')}
          required
        />
        <Full>
          <FormMultiSelectChips
            control={c}
            name="types"
            label={t('fields.types')}
            required
            options={opts('type', requestTypeSchema.options)}
          />
        </Full>
        <FormSelect
          control={c}
          name="channel"
          label={t('fields.channel')}
          options={opts('channel', requestChannelSchema.options)}
        />
        <FormTextField control={c} name="reference" label={t('fields.reference')} helperText={t('hints.reference')} />
        <FormSelect
          control={c}
          name="deadlineRegime"
          label={t('fields.deadlineRegime')}
          helperText={t('hints.deadlineRegime')}
          options={opts('regime', deadlineRegimeSchema.options)}
        />
        <FormSelect
          control={c}
          name="status"
          label={t('fields.status')}
          options={opts('status', requestStatusSchema.options)}
        />
        <Full>
          <FormTextField control={c} name="description" label={t('fields.description')} multiline minRows={2} />
        </Full>
        <FormTextField control={c} name="receivedBy" label={t('fields.receivedBy')} />
        <FormDateField control={c} name="forwardedToDpoOn" label={t('fields.forwardedToDpoOn')} />
        <FormTextField control={c} name="assignee" label={t('fields.assignee')} />
      </FormSection>

      <FormSection title={t('form.requester')}>
        <FormTextField control={c} name="requesterEmail" label={t('fields.requesterEmail')} />
        <FormSelect
          control={c}
          name="requesterCapacity"
          label={t('fields.requesterCapacity')}
          options={opts('capacity', requesterCapacitySchema.options)}
        />
        <FormTextField control={c} name="requesterAddress" label={t('fields.requesterAddress')} multiline />
        <FormTextField control={c} name="requesterDetails" label={t('fields.requesterDetails')} multiline />
        <FormTextField
          control={c}
          name="dataSubjectName"
          label={t('fields.dataSubjectName')}
          helperText={t('hints.dataSubjectName')}
        />
        <FormTextField control={c} name="dataSubjectCategory" label={t('fields.dataSubjectCategory')} />
      </FormSection>

      <FormSection title={t('form.identity')} description={t('hints.identity')}>
        <Full>
          <FormCheckbox control={c} name="identityCheck.needed" label={t('fields.identityNeeded')} />
        </Full>
        {idNeeded && (
          <>
            <FormSelect
              nullable
              control={c}
              name="identityCheck.method"
              label={t('fields.identityMethod')}
              emptyLabel={none}
              options={opts('identityMethod', identityMethodSchema.options)}
            />
            <FormSelect
              control={c}
              name="identityCheck.verified"
              label={t('fields.identityVerified')}
              options={opts('verified', ['not_checked', 'verified', 'not_verifiable'] as const)}
            />
            <FormDateField
              control={c}
              name="identityCheck.askedOn"
              label={t('fields.identityAskedOn')}
              helperText={t('hints.identityAskedOn')}
            />
            <FormDateField control={c} name="identityCheck.receivedOn" label={t('fields.identityReceivedOn')} />
            <FormCheckbox control={c} name="identityCheck.idCopyHeld" label={t('fields.idCopyHeld')} />
            <FormDateField
              control={c}
              name="identityCheck.idCopyDeletedOn"
              label={t('fields.idCopyDeletedOn')}
              helperText={t('hints.idCopyDeletedOn')}
            />
            <Full>
              <FormTextField control={c} name="identityCheck.notes" label={t('fields.identityNotes')} multiline />
            </Full>
          </>
        )}
      </FormSection>

      <FormSection title={t('form.time')} description={t('hints.time')}>
        <FormDateField control={c} name="clarificationAskedOn" label={t('fields.clarificationAskedOn')} />
        <FormDateField control={c} name="clarificationAnsweredOn" label={t('fields.clarificationAnsweredOn')} />
        <Full>
          <FormCheckbox
            control={c}
            name="extension.extended"
            label={t('fields.extended')}
            helperText={t('hints.extended')}
          />
        </Full>
        {extended && (
          <>
            <FormNumberField
              control={c}
              name="extension.months"
              label={t('fields.extensionMonths')}
              helperText={t('hints.extensionMonths')}
              required
            />
            <FormDateField control={c} name="extension.personToldOn" label={t('fields.extensionToldOn')} />
            <Full>
              <FormTextField
                control={c}
                name="extension.reasons"
                label={t('fields.extensionReasons')}
                required
                multiline
              />
            </Full>
          </>
        )}
        <Full>
          <FormArraySection
            control={c}
            name="pauses"
            title={t('fields.pauses')}
            itemLabel={t('items.pause')}
            newItem={() => ({
              id: newId(),
              from: localToday(),
              to: '',
              reason: 'clarification' as const,
              legalBasis: '',
            })}
            renderItem={(i) => (
              <>
                <FormDateField control={c} name={`pauses.${i}.from`} label={t('fields.pauseFrom')} required />
                <FormDateField control={c} name={`pauses.${i}.to`} label={t('fields.pauseTo')} />
                <FormSelect
                  control={c}
                  name={`pauses.${i}.reason`}
                  label={t('fields.pauseReason')}
                  options={opts('pauseReason', ['identity', 'clarification', 'other'] as const)}
                />
                <FormTextField control={c} name={`pauses.${i}.legalBasis`} label={t('fields.pauseLegalBasis')} />
              </>
            )}
          />
        </Full>
      </FormSection>

      <FormSection title={t('form.scope')} description={t('hints.scope')}>
        <Full>
          <FormLinkPicker control={c} name="activityIds" label={t('fields.activityIds')} options={links.activities} />
        </Full>
        <FormLinkPicker control={c} name="processorIds" label={t('fields.processorIds')} options={links.processors} />
        <FormLinkPicker control={c} name="recipientIds" label={t('fields.recipientIds')} options={links.recipients} />
        <Full>
          <FormTextField control={c} name="systemsSearched" label={t('fields.systemsSearched')} multiline />
        </Full>
        <Full>
          <FormArraySection
            control={c}
            name="recipientNotices"
            title={t('fields.recipientNotices')}
            itemLabel={t('items.notice')}
            emptyText={t('hints.recipientNotices')}
            newItem={() => ({
              id: newId(),
              recipientId: null,
              processorId: null,
              status: 'pending' as const,
              sentOn: '',
              notes: '',
            })}
            renderItem={(i) => (
              <>
                <FormSelect
                  nullable
                  control={c}
                  name={`recipientNotices.${i}.recipientId`}
                  label={t('fields.noticeRecipient')}
                  emptyLabel={none}
                  options={links.recipientChoices}
                />
                <FormSelect
                  nullable
                  control={c}
                  name={`recipientNotices.${i}.processorId`}
                  label={t('fields.noticeProcessor')}
                  emptyLabel={none}
                  options={links.processorChoices}
                />
                <FormSelect
                  control={c}
                  name={`recipientNotices.${i}.status`}
                  label={t('fields.noticeStatus')}
                  options={opts('noticeStatus', recipientNoticeStatusSchema.options)}
                />
                <FormDateField control={c} name={`recipientNotices.${i}.sentOn`} label={t('fields.noticeSentOn')} />
              </>
            )}
          />
        </Full>
      </FormSection>

      <FormSection title={t('form.outcome')}>
        <FormSelect
          control={c}
          name="outcome"
          label={t('fields.outcome')}
          options={opts('outcome', requestOutcomeSchema.options)}
        />
        <FormDateField control={c} name="respondedOn" label={t('fields.respondedOn')} />
        {REFUSAL_OUTCOMES.includes(outcome) && (
          <>
            <Full>
              <FormMultiSelectChips
                control={c}
                name="refusalGrounds"
                label={t('fields.refusalGrounds')}
                options={opts('refusalGround', refusalGroundSchema.options)}
              />
            </Full>
            <Full>
              <FormTextField
                control={c}
                name="refusalReasons"
                label={t('fields.refusalReasons')}
                required
                multiline
                minRows={2}
              />
            </Full>
            <FormDateField
              control={c}
              name="remedyInformedOn"
              label={t('fields.remedyInformedOn')}
              helperText={t('hints.remedyInformedOn')}
            />
          </>
        )}
        {outcome === 'withdrawn' && <FormDateField control={c} name="withdrawnOn" label={t('fields.withdrawnOn')} />}
        <FormSelect
          nullable
          control={c}
          name="responseFormat"
          label={t('fields.responseFormat')}
          emptyLabel={none}
          options={opts('responseFormat', ['electronic', 'paper', 'in_person', 'other'] as const)}
        />
        <Full>
          <FormTextField control={c} name="responseSummary" label={t('fields.responseSummary')} multiline />
        </Full>
        <Full>
          <FormTextField control={c} name="outcomeNotes" label={t('fields.outcomeNotes')} multiline />
        </Full>
        <Full>
          <FormCheckbox control={c} name="fee.charged" label={t('fields.feeCharged')} helperText={t('hints.fee')} />
        </Full>
        {feeCharged && (
          <>
            <FormNumberField control={c} name="fee.amount" label={t('fields.feeAmount')} required />
            <FormTextField control={c} name="fee.currency" label={t('fields.feeCurrency')} />
            <FormDateField control={c} name="fee.toldInAdvanceOn" label={t('fields.feeToldOn')} />
            <FormTextField control={c} name="fee.justification" label={t('fields.feeJustification')} multiline />
          </>
        )}
      </FormSection>

      <FormSection title={t('form.communications')} columns={1}>
        <FormArraySection
          control={c}
          name="communications"
          title={t('fields.communications')}
          itemLabel={t('items.communication')}
          newItem={() => ({
            id: newId(),
            kind: 'acknowledgement' as const,
            on: localToday(),
            channel: 'email' as const,
            summary: '',
            sentBy: '',
          })}
          renderItem={(i) => (
            <>
              <FormSelect
                control={c}
                name={`communications.${i}.kind`}
                label={t('fields.communicationKind')}
                options={opts('communicationKind', [
                  'acknowledgement',
                  'clarification_request',
                  'identity_request',
                  'extension_notice',
                  'response',
                  'refusal',
                  'withdrawal_confirmation',
                ] as const)}
              />
              <FormDateField control={c} name={`communications.${i}.on`} label={t('fields.communicationOn')} required />
              <FormSelect
                control={c}
                name={`communications.${i}.channel`}
                label={t('fields.channel')}
                options={opts('channel', requestChannelSchema.options)}
              />
              <FormTextField control={c} name={`communications.${i}.summary`} label={t('fields.summary')} multiline />
              <FormTextField control={c} name={`communications.${i}.sentBy`} label={t('fields.sentBy')} />
            </>
          )}
        />
      </FormSection>

      <FormSection title={t('form.closure')}>
        <FormDateField control={c} name="closedOn" label={t('fields.closedOn')} />
        <FormTextField control={c} name="closureReason" label={t('fields.closureReason')} />
        <Full>
          <FormTextField
            control={c}
            name="evidence"
            label={t('fields.evidence')}
            helperText={t('hints.evidence')}
            multiline
          />
        </Full>
      </FormSection>
    </>
  );
};
