import { useTranslation } from 'react-i18next';
import { arrayField, FormSections, type FormSectionSpec } from '../../components/form';
import {
  blankOf,
  localToday,
  deadlineRegimeSchema,
  identityMethodSchema,
  newId,
  recipientNoticeSchema,
  recipientNoticeStatusSchema,
  requestCommunicationKindSchema,
  requestCommunicationSchema,
  REFUSAL_OUTCOMES,
  refusalGroundSchema,
  requestChannelSchema,
  requesterCapacitySchema,
  requestPauseSchema,
  requestOutcomeSchema,
  requestStatusSchema,
  requestTypeSchema,
  type RequestContent,
  type RequestInput,
} from '../../domain';
import { useRecordLinkOptions, type RecordLinkOptions } from '../shared/record-links';
import type { ResourceFieldsProps } from '../shared/resource-pages';

type Values = RequestInput;

const idNeeded = (v: Values) => v.identityCheck?.needed ?? false;
const extended = (v: Values) => v.extension?.extended ?? false;
const refused = (v: Values) => REFUSAL_OUTCOMES.includes(v.outcome ?? 'pending');
const feeCharged = (v: Values) => v.fee?.charged ?? false;

/** The request editor's sections, in order. */
export const requestSections = (links: RecordLinkOptions): FormSectionSpec<Values>[] => [
  {
    key: 'request',
    fields: [
      { kind: 'text', name: 'requesterName', required: true, autoFocus: true },
      { kind: 'date', name: 'receivedOn', hint: true, required: true },
      {
        kind: 'multiselect',
        name: 'types',
        full: true,
        required: true,
        group: 'type',
        values: requestTypeSchema.options,
      },
      { kind: 'select', name: 'channel', group: 'channel', values: requestChannelSchema.options },
      { kind: 'text', name: 'reference', hint: true },
      { kind: 'select', name: 'deadlineRegime', hint: true, group: 'regime', values: deadlineRegimeSchema.options },
      { kind: 'select', name: 'status', group: 'status', values: requestStatusSchema.options },
      { kind: 'multiline', name: 'description', full: true },
      { kind: 'text', name: 'receivedBy' },
      { kind: 'date', name: 'forwardedToDpoOn' },
      { kind: 'text', name: 'assignee' },
    ],
  },
  {
    key: 'requester',
    fields: [
      { kind: 'text', name: 'requesterEmail' },
      { kind: 'select', name: 'requesterCapacity', group: 'capacity', values: requesterCapacitySchema.options },
      { kind: 'multiline', name: 'requesterAddress' },
      { kind: 'multiline', name: 'requesterDetails' },
      { kind: 'text', name: 'dataSubjectName', hint: true },
      { kind: 'text', name: 'dataSubjectCategory' },
    ],
  },
  {
    key: 'identity',
    hint: true,
    fields: [
      { kind: 'checkbox', name: 'identityCheck.needed', label: 'identityNeeded', full: true },
      {
        kind: 'select',
        name: 'identityCheck.method',
        label: 'identityMethod',
        nullable: true,
        when: idNeeded,
        group: 'identityMethod',
        values: identityMethodSchema.options,
      },
      {
        kind: 'select',
        name: 'identityCheck.verified',
        label: 'identityVerified',
        when: idNeeded,
        group: 'verified',
        values: ['not_checked', 'verified', 'not_verifiable'],
      },
      { kind: 'date', name: 'identityCheck.askedOn', label: 'identityAskedOn', hint: true, when: idNeeded },
      { kind: 'date', name: 'identityCheck.receivedOn', label: 'identityReceivedOn', when: idNeeded },
      { kind: 'checkbox', name: 'identityCheck.idCopyHeld', when: idNeeded },
      { kind: 'date', name: 'identityCheck.idCopyDeletedOn', hint: true, when: idNeeded },
      { kind: 'multiline', name: 'identityCheck.notes', label: 'identityNotes', full: true, when: idNeeded },
    ],
  },
  {
    key: 'time',
    hint: true,
    fields: [
      { kind: 'date', name: 'clarificationAskedOn' },
      { kind: 'date', name: 'clarificationAnsweredOn' },
      { kind: 'checkbox', name: 'extension.extended', hint: true, full: true },
      {
        kind: 'number',
        name: 'extension.months',
        label: 'extensionMonths',
        hint: true,
        required: true,
        when: extended,
      },
      { kind: 'date', name: 'extension.personToldOn', label: 'extensionToldOn', when: extended },
      {
        kind: 'multiline',
        name: 'extension.reasons',
        label: 'extensionReasons',
        required: true,
        full: true,
        when: extended,
      },
      arrayField({
        name: 'pauses',
        item: 'pause',
        full: true,
        newItem: () => blankOf(requestPauseSchema, { id: newId(), from: localToday() }),
        fields: (i) => [
          { kind: 'date', name: `pauses.${i}.from`, label: 'pauseFrom', required: true },
          { kind: 'date', name: `pauses.${i}.to`, label: 'pauseTo' },
          {
            kind: 'select',
            name: `pauses.${i}.reason`,
            label: 'pauseReason',
            group: 'pauseReason',
            values: ['identity', 'clarification', 'other'],
          },
          { kind: 'text', name: `pauses.${i}.legalBasis`, label: 'pauseLegalBasis' },
        ],
      }),
    ],
  },
  {
    key: 'scope',
    hint: true,
    fields: [
      { kind: 'links', name: 'activityIds', full: true, options: links.activities },
      { kind: 'links', name: 'processorIds', options: links.processors },
      { kind: 'links', name: 'recipientIds', options: links.recipients },
      { kind: 'multiline', name: 'systemsSearched', full: true },
      arrayField({
        name: 'recipientNotices',
        item: 'notice',
        empty: 'recipientNotices',
        full: true,
        newItem: () => blankOf(recipientNoticeSchema, { id: newId() }),
        fields: (i) => [
          {
            kind: 'select',
            name: `recipientNotices.${i}.recipientId`,
            label: 'noticeRecipient',
            nullable: true,
            options: links.recipientChoices,
          },
          {
            kind: 'select',
            name: `recipientNotices.${i}.processorId`,
            label: 'noticeProcessor',
            nullable: true,
            options: links.processorChoices,
          },
          {
            kind: 'select',
            name: `recipientNotices.${i}.status`,
            label: 'noticeStatus',
            group: 'noticeStatus',
            values: recipientNoticeStatusSchema.options,
          },
          { kind: 'date', name: `recipientNotices.${i}.sentOn`, label: 'noticeSentOn' },
        ],
      }),
    ],
  },
  {
    key: 'outcome',
    fields: [
      { kind: 'select', name: 'outcome', group: 'outcome', values: requestOutcomeSchema.options },
      { kind: 'date', name: 'respondedOn' },
      {
        kind: 'multiselect',
        name: 'refusalGrounds',
        full: true,
        when: refused,
        group: 'refusalGround',
        values: refusalGroundSchema.options,
      },
      { kind: 'multiline', name: 'refusalReasons', required: true, minRows: 2, full: true, when: refused },
      { kind: 'date', name: 'remedyInformedOn', hint: true, when: refused },
      { kind: 'date', name: 'withdrawnOn', when: (v) => v.outcome === 'withdrawn' },
      {
        kind: 'select',
        name: 'responseFormat',
        nullable: true,
        group: 'responseFormat',
        values: ['electronic', 'paper', 'in_person', 'other'],
      },
      { kind: 'multiline', name: 'responseSummary', full: true },
      { kind: 'multiline', name: 'outcomeNotes', full: true },
      { kind: 'checkbox', name: 'fee.charged', label: 'feeCharged', hint: 'fee', full: true },
      { kind: 'number', name: 'fee.amount', label: 'feeAmount', required: true, when: feeCharged },
      { kind: 'text', name: 'fee.currency', label: 'feeCurrency', when: feeCharged },
      { kind: 'date', name: 'fee.toldInAdvanceOn', label: 'feeToldOn', when: feeCharged },
      { kind: 'multiline', name: 'fee.justification', label: 'feeJustification', when: feeCharged },
    ],
  },
  {
    key: 'communications',
    columns: 1,
    fields: [
      arrayField({
        name: 'communications',
        item: 'communication',
        newItem: () => blankOf(requestCommunicationSchema, { id: newId(), on: localToday() }),
        fields: (i) => [
          {
            kind: 'select',
            name: `communications.${i}.kind`,
            label: 'communicationKind',
            group: 'communicationKind',
            values: requestCommunicationKindSchema.options,
          },
          { kind: 'date', name: `communications.${i}.on`, label: 'communicationOn', required: true },
          {
            kind: 'select',
            name: `communications.${i}.channel`,
            group: 'channel',
            values: requestChannelSchema.options,
          },
          { kind: 'multiline', name: `communications.${i}.summary` },
          { kind: 'text', name: `communications.${i}.sentBy` },
        ],
      }),
    ],
  },
  {
    key: 'closure',
    fields: [
      { kind: 'date', name: 'closedOn' },
      { kind: 'text', name: 'closureReason' },
      { kind: 'multiline', name: 'evidence', hint: true, full: true },
    ],
  },
];

export const RequestFields = ({ control }: ResourceFieldsProps<RequestInput, RequestContent>) => {
  const { t } = useTranslation('requests');
  const links = useRecordLinkOptions();
  return <FormSections sections={requestSections(links)} control={control} t={t} />;
};
