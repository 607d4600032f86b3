import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { arrayField, choiceOptions, FormSections, FormSelect, type FormSectionSpec } from '../../components/form';
import {
  localToday,
  art34ExemptionSchema,
  authorityExchangeSchema,
  blankOf,
  breachCauseSchema,
  breachConsequenceSchema,
  breachDataFlagSchema,
  breachDetectionSourceSchema,
  breachEffectSchema,
  breachMeasureSchema,
  breachNotificationSchema,
  breachOriginSchema,
  breachRiskResultSchema,
  breachRoleSchema,
  breachStatusSchema,
  breachTypeSchema,
  newId,
  notificationChannelSchema,
  notificationPhaseSchema,
  notifyDecisionSchema,
  proposedRiskResult,
  riskAssessmentSchema,
  riskLevelSchema,
  subjectCommunicationSchema,
  subjectsDecisionSchema,
  type BreachContent,
  type BreachInput,
} from '../../domain';
import { useRecordLinkOptions, type RecordLinkOptions } from '../shared/record-links';
import type { ResourceFieldsProps } from '../shared/resource-pages';

type Values = BreachInput;

export interface BreachSectionsContext {
  form: Pick<UseFormReturn<Values, unknown, BreachContent>, 'getValues' | 'watch'>;
  links: RecordLinkOptions;
  /** The breach's time zone, in which its times are typed and shown. */
  zone: string;
}

const processorRole = (v: Values) => (v.role ?? 'controller') === 'processor';
const crossBorder = (v: Values) => v.crossBorder ?? false;

/** The breach editor's sections, in order. */
export const breachSections = ({ form, links, zone }: BreachSectionsContext): FormSectionSpec<Values>[] => [
  {
    key: 'breach',
    fields: [
      { kind: 'text', name: 'title', required: true, autoFocus: true },
      { kind: 'text', name: 'reference', hint: true },
      { kind: 'select', name: 'status', group: 'status', values: breachStatusSchema.options },
      {
        kind: 'multiline',
        name: 'dismissalReason',
        required: true,
        when: (v) => (v.status ?? 'received') === 'dismissed',
      },
      { kind: 'select', name: 'role', hint: true, group: 'role', values: breachRoleSchema.options },
      { kind: 'text', name: 'clientName', required: true, when: processorRole },
      { kind: 'datetime', name: 'clientInformedAt', hint: true, timeZone: zone, when: processorRole },
      { kind: 'text', name: 'loggedBy' },
    ],
  },
  {
    key: 'when',
    hint: true,
    fields: [
      { kind: 'datetime', name: 'awareAt', hint: true, timeZone: zone, required: true },
      { kind: 'text', name: 'timeZone', hint: true },
      { kind: 'datetime', name: 'startedAt', timeZone: zone },
      { kind: 'datetime', name: 'endedAt', timeZone: zone },
    ],
  },
  {
    key: 'detection',
    fields: [
      {
        kind: 'select',
        name: 'detectionSource',
        nullable: true,
        group: 'detectionSource',
        values: breachDetectionSourceSchema.options,
      },
      { kind: 'multiline', name: 'detectionDetails' },
      { kind: 'select', name: 'processorId', hint: true, nullable: true, options: links.processorChoices },
      { kind: 'datetime', name: 'processorInformedAt', timeZone: zone },
    ],
  },
  {
    key: 'nature',
    fields: [
      { kind: 'multiselect', name: 'types', hint: true, group: 'type', values: breachTypeSchema.options },
      { kind: 'multiselect', name: 'effects', group: 'effect', values: breachEffectSchema.options },
      { kind: 'select', name: 'origin', nullable: true, group: 'origin', values: breachOriginSchema.options },
      { kind: 'select', name: 'cause', nullable: true, group: 'cause', values: breachCauseSchema.options },
      { kind: 'multiline', name: 'facts', hint: true, minRows: 3, full: true },
      { kind: 'links', name: 'activityIds', full: true, options: links.activities },
      { kind: 'multiline', name: 'systems' },
      { kind: 'text', name: 'incidentReference' },
    ],
  },
  {
    key: 'people',
    hint: true,
    fields: [
      { kind: 'chips', name: 'dataSubjectCategories' },
      { kind: 'chips', name: 'dataCategories' },
      { kind: 'number', name: 'subjectsCount.value', label: 'subjectsCount' },
      {
        kind: 'select',
        name: 'subjectsCount.precision',
        label: 'subjectsCountPrecision',
        group: 'precision',
        values: ['estimate', 'exact'],
      },
      { kind: 'number', name: 'recordsCount.value', label: 'recordsCount' },
      {
        kind: 'select',
        name: 'recordsCount.precision',
        label: 'recordsCountPrecision',
        group: 'precision',
        values: ['estimate', 'exact'],
      },
      { kind: 'multiselect', name: 'dataFlags', full: true, group: 'dataFlag', values: breachDataFlagSchema.options },
      { kind: 'checkbox', name: 'crossBorder' },
      { kind: 'countries', name: 'memberStates', when: crossBorder },
      { kind: 'text', name: 'leadAuthority', when: crossBorder },
    ],
  },
  {
    key: 'risk',
    hint: true,
    columns: 1,
    fields: [
      { kind: 'multiselect', name: 'consequences', group: 'consequence', values: breachConsequenceSchema.options },
      { kind: 'multiline', name: 'consequencesDetails' },
      { kind: 'multiline', name: 'mitigatingFactors', hint: true },
      arrayField({
        name: 'riskAssessments',
        item: 'riskAssessment',
        empty: 'noRiskAssessment',
        // A new assessment supersedes the last one.
        newItem: () =>
          blankOf(riskAssessmentSchema, {
            id: newId(),
            likelihood: 'medium',
            severity: 'medium',
            result: proposedRiskResult('medium', 'medium'),
            reasons: '',
            assessedOn: localToday(),
            supersedesId: (form.getValues('riskAssessments') ?? []).at(-1)?.id ?? null,
          }),
        fields: (i) => [
          { kind: 'select', name: `riskAssessments.${i}.likelihood`, group: 'level', values: riskLevelSchema.options },
          { kind: 'select', name: `riskAssessments.${i}.severity`, group: 'level', values: riskLevelSchema.options },
          {
            kind: 'custom',
            key: 'result',
            // The hint names the result the likelihood and severity propose; the DPO may decide otherwise.
            render: (control, t) => (
              <FormSelect
                control={control}
                name={`riskAssessments.${i}.result`}
                label={t('fields.riskResult')}
                helperText={t('hints.riskResult', {
                  proposed: t(
                    `riskResult.${proposedRiskResult(
                      form.watch(`riskAssessments.${i}.likelihood`) ?? 'medium',
                      form.watch(`riskAssessments.${i}.severity`) ?? 'medium',
                    )}`,
                  ),
                })}
                options={choiceOptions({ group: 'riskResult', values: breachRiskResultSchema.options }, t)}
              />
            ),
          },
          { kind: 'multiline', name: `riskAssessments.${i}.reasons`, label: 'riskReasons', required: true },
          { kind: 'text', name: `riskAssessments.${i}.assessor` },
          { kind: 'date', name: `riskAssessments.${i}.assessedOn`, required: true },
        ],
      }),
    ],
  },
  {
    key: 'authority',
    hint: true,
    fields: [
      { kind: 'select', name: 'notifyDecision', group: 'notifyDecision', values: notifyDecisionSchema.options },
      { kind: 'select', name: 'contactPointId', hint: true, nullable: true, options: links.contactChoices },
      {
        kind: 'multiline',
        name: 'notifyJustification',
        hint: true,
        required: true,
        minRows: 2,
        full: true,
        when: (v) => (v.notifyDecision ?? 'undecided') === 'do_not_notify',
      },
      arrayField({
        name: 'notifications',
        item: 'notification',
        empty: 'noNotification',
        full: true,
        newItem: () =>
          blankOf(breachNotificationSchema, {
            id: newId(),
            phase: (form.getValues('notifications') ?? []).length === 0 ? 'initial' : 'complementary',
            authority: '',
            filedAt: '',
          }),
        fields: (i) => [
          { kind: 'select', name: `notifications.${i}.phase`, group: 'phase', values: notificationPhaseSchema.options },
          { kind: 'text', name: `notifications.${i}.authority`, required: true },
          { kind: 'datetime', name: `notifications.${i}.filedAt`, timeZone: zone, required: true },
          {
            kind: 'select',
            name: `notifications.${i}.channel`,
            group: 'channel',
            values: notificationChannelSchema.options,
          },
          { kind: 'text', name: `notifications.${i}.reference`, label: 'notificationReference' },
          { kind: 'text', name: `notifications.${i}.filedBy` },
        ],
      }),
      { kind: 'multiline', name: 'delayReason', hint: true, minRows: 2, full: true },
      arrayField({
        name: 'authorityExchanges',
        item: 'exchange',
        full: true,
        newItem: () => blankOf(authorityExchangeSchema, { id: newId(), on: localToday() }),
        fields: (i) => [
          {
            kind: 'select',
            name: `authorityExchanges.${i}.direction`,
            group: 'direction',
            values: ['incoming', 'outgoing'],
          },
          {
            kind: 'select',
            name: `authorityExchanges.${i}.type`,
            label: 'exchangeType',
            group: 'exchangeType',
            values: ['filing', 'information_request', 'reply', 'closure_notice', 'sanction', 'other'],
          },
          { kind: 'date', name: `authorityExchanges.${i}.on`, required: true },
          { kind: 'text', name: `authorityExchanges.${i}.reference`, label: 'notificationReference' },
          { kind: 'multiline', name: `authorityExchanges.${i}.summary` },
        ],
      }),
    ],
  },
  {
    key: 'subjects',
    hint: true,
    fields: [
      { kind: 'select', name: 'subjectsDecision', group: 'subjectsDecision', values: subjectsDecisionSchema.options },
      {
        kind: 'select',
        name: 'art34Exemption',
        nullable: 'art34Exemption.none',
        group: 'art34Exemption',
        values: art34ExemptionSchema.options,
      },
      { kind: 'multiline', name: 'subjectsDecisionReason', full: true },
      {
        kind: 'multiline',
        name: 'art34ExemptionEvidence',
        required: true,
        minRows: 2,
        full: true,
        when: (v) => (v.art34Exemption ?? null) !== null,
      },
      arrayField({
        name: 'subjectCommunications',
        item: 'communication',
        full: true,
        newItem: () => blankOf(subjectCommunicationSchema, { id: newId(), sentOn: localToday() }),
        fields: (i) => [
          { kind: 'date', name: `subjectCommunications.${i}.sentOn`, required: true },
          {
            kind: 'select',
            name: `subjectCommunications.${i}.method`,
            group: 'method',
            values: ['email', 'post', 'public_notice', 'in_app', 'other'],
          },
          { kind: 'text', name: `subjectCommunications.${i}.scope` },
          { kind: 'multiline', name: `subjectCommunications.${i}.content` },
          { kind: 'text', name: `subjectCommunications.${i}.sentBy` },
        ],
      }),
    ],
  },
  {
    key: 'measures',
    columns: 1,
    fields: [
      arrayField({
        name: 'measures',
        item: 'measure',
        empty: 'noMeasure',
        newItem: () => blankOf(breachMeasureSchema, { id: newId(), description: '' }),
        fields: (i) => [
          {
            kind: 'select',
            name: `measures.${i}.type`,
            label: 'measureType',
            group: 'measureType',
            values: ['containment', 'mitigation', 'prevention'],
          },
          { kind: 'multiline', name: `measures.${i}.description`, label: 'measureDescription', required: true },
          { kind: 'text', name: `measures.${i}.owner` },
          { kind: 'date', name: `measures.${i}.dueOn` },
          {
            kind: 'select',
            name: `measures.${i}.status`,
            label: 'measureStatus',
            group: 'measureStatus',
            values: ['planned', 'in_progress', 'done'],
          },
        ],
      }),
      { kind: 'multiline', name: 'followUp' },
      { kind: 'multiline', name: 'evidence', hint: true },
    ],
  },
  {
    key: 'closure',
    fields: [
      { kind: 'date', name: 'closedOn' },
      { kind: 'text', name: 'closureReason' },
      { kind: 'multiline', name: 'lessonsLearned', full: true },
    ],
  },
];

export const BreachFields = ({ form, control }: ResourceFieldsProps<BreachInput, BreachContent>) => {
  const { t } = useTranslation('breaches');
  const links = useRecordLinkOptions();
  const zone = form.watch('timeZone') ?? '';
  return <FormSections sections={breachSections({ form, links, zone })} control={control} t={t} />;
};
