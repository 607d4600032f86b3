import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormLinkPicker } from '../../components';
import { useRecordLinkOptions } from '../shared/record-links';
import {
  enumOptions,
  FormArraySection,
  FormCheckbox,
  FormCountriesPicker,
  FormDateField,
  FormDateTimeField,
  FormFreeChips,
  FormMultiSelectChips,
  FormNumberField,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
} from '../../components/form';
import {
  localToday,
  art34ExemptionSchema,
  breachCauseSchema,
  breachConsequenceSchema,
  breachDataFlagSchema,
  breachDetectionSourceSchema,
  breachEffectSchema,
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
  riskLevelSchema,
  subjectsDecisionSchema,
  type BreachContent,
  type BreachInput,
} from '../../domain';
import type { ResourceFieldsProps } from '../shared/resource-pages';

type C = Control<BreachInput, unknown, BreachContent>;

export const BreachFields = ({ form, control }: ResourceFieldsProps<BreachInput, BreachContent>) => {
  const { t } = useTranslation('breaches');
  const { watch } = form;
  const links = useRecordLinkOptions();
  const zone = watch('timeZone') ?? '';
  const role = watch('role') ?? 'controller';
  const status = watch('status') ?? 'received';
  const notifyDecision = watch('notifyDecision') ?? 'undecided';
  const exemption = watch('art34Exemption') ?? null;
  const crossBorder = watch('crossBorder') ?? false;
  const opts = <V extends string>(group: string, values: readonly V[]) =>
    enumOptions(values, (v) => t(`${group}.${v}`));
  const none = t('common:detail.notSet');
  const c: C = control;

  return (
    <>
      <FormSection title={t('form.breach')}>
        <FormTextField control={c} name="title" label={t('fields.title')} required autoFocus />
        <FormTextField control={c} name="reference" label={t('fields.reference')} helperText={t('hints.reference')} />
        <FormSelect
          control={c}
          name="status"
          label={t('fields.status')}
          options={opts('status', breachStatusSchema.options)}
        />
        {status === 'dismissed' && (
          <FormTextField control={c} name="dismissalReason" label={t('fields.dismissalReason')} required multiline />
        )}
        <FormSelect
          control={c}
          name="role"
          label={t('fields.role')}
          helperText={t('hints.role')}
          options={opts('role', breachRoleSchema.options)}
        />
        {role === 'processor' && (
          <>
            <FormTextField control={c} name="clientName" label={t('fields.clientName')} required />
            <FormDateTimeField
              control={c}
              name="clientInformedAt"
              label={t('fields.clientInformedAt')}
              helperText={t('hints.clientInformedAt')}
              timeZone={zone}
            />
          </>
        )}
        <FormTextField control={c} name="loggedBy" label={t('fields.loggedBy')} />
      </FormSection>

      <FormSection title={t('form.when')} description={t('hints.when')}>
        <FormDateTimeField
          control={c}
          name="awareAt"
          label={t('fields.awareAt')}
          helperText={t('hints.awareAt')}
          timeZone={zone}
          required
        />
        <FormTextField control={c} name="timeZone" label={t('fields.timeZone')} helperText={t('hints.timeZone')} />
        <FormDateTimeField control={c} name="startedAt" label={t('fields.startedAt')} timeZone={zone} />
        <FormDateTimeField control={c} name="endedAt" label={t('fields.endedAt')} timeZone={zone} />
      </FormSection>

      <FormSection title={t('form.detection')}>
        <FormSelect
          nullable
          control={c}
          name="detectionSource"
          label={t('fields.detectionSource')}
          emptyLabel={none}
          options={opts('detectionSource', breachDetectionSourceSchema.options)}
        />
        <FormTextField control={c} name="detectionDetails" label={t('fields.detectionDetails')} multiline />
        <FormSelect
          nullable
          control={c}
          name="processorId"
          label={t('fields.processorId')}
          helperText={t('hints.processorId')}
          emptyLabel={none}
          options={links.processorChoices}
        />
        <FormDateTimeField
          control={c}
          name="processorInformedAt"
          label={t('fields.processorInformedAt')}
          timeZone={zone}
        />
      </FormSection>

      <FormSection title={t('form.nature')}>
        <FormMultiSelectChips
          control={c}
          name="types"
          label={t('fields.types')}
          helperText={t('hints.types')}
          options={opts('type', breachTypeSchema.options)}
        />
        <FormMultiSelectChips
          control={c}
          name="effects"
          label={t('fields.effects')}
          options={opts('effect', breachEffectSchema.options)}
        />
        <FormSelect
          nullable
          control={c}
          name="origin"
          label={t('fields.origin')}
          emptyLabel={none}
          options={opts('origin', breachOriginSchema.options)}
        />
        <FormSelect
          nullable
          control={c}
          name="cause"
          label={t('fields.cause')}
          emptyLabel={none}
          options={opts('cause', breachCauseSchema.options)}
        />
        <Full>
          <FormTextField
            control={c}
            name="facts"
            label={t('fields.facts')}
            helperText={t('hints.facts')}
            multiline
            minRows={3}
          />
        </Full>
        <Full>
          <FormLinkPicker control={c} name="activityIds" label={t('fields.activityIds')} options={links.activities} />
        </Full>
        <FormTextField control={c} name="systems" label={t('fields.systems')} multiline />
        <FormTextField control={c} name="incidentReference" label={t('fields.incidentReference')} />
      </FormSection>

      <FormSection title={t('form.people')} description={t('hints.people')}>
        <FormFreeChips control={c} name="dataSubjectCategories" label={t('fields.dataSubjectCategories')} />
        <FormFreeChips control={c} name="dataCategories" label={t('fields.dataCategories')} />
        <FormNumberField control={c} name="subjectsCount.value" label={t('fields.subjectsCount')} />
        <FormSelect
          control={c}
          name="subjectsCount.precision"
          label={t('fields.subjectsCountPrecision')}
          options={opts('precision', ['estimate', 'exact'] as const)}
        />
        <FormNumberField control={c} name="recordsCount.value" label={t('fields.recordsCount')} />
        <FormSelect
          control={c}
          name="recordsCount.precision"
          label={t('fields.recordsCountPrecision')}
          options={opts('precision', ['estimate', 'exact'] as const)}
        />
        <Full>
          <FormMultiSelectChips
            control={c}
            name="dataFlags"
            label={t('fields.dataFlags')}
            options={opts('dataFlag', breachDataFlagSchema.options)}
          />
        </Full>
        <FormCheckbox control={c} name="crossBorder" label={t('fields.crossBorder')} />
        {crossBorder && (
          <>
            <FormCountriesPicker control={c} name="memberStates" label={t('fields.memberStates')} />
            <FormTextField control={c} name="leadAuthority" label={t('fields.leadAuthority')} />
          </>
        )}
      </FormSection>

      <FormSection title={t('form.risk')} description={t('hints.risk')} columns={1}>
        <FormMultiSelectChips
          control={c}
          name="consequences"
          label={t('fields.consequences')}
          options={opts('consequence', breachConsequenceSchema.options)}
        />
        <FormTextField control={c} name="consequencesDetails" label={t('fields.consequencesDetails')} multiline />
        <FormTextField
          control={c}
          name="mitigatingFactors"
          label={t('fields.mitigatingFactors')}
          helperText={t('hints.mitigatingFactors')}
          multiline
        />
        <FormArraySection
          control={c}
          name="riskAssessments"
          title={t('fields.riskAssessments')}
          itemLabel={t('items.riskAssessment')}
          emptyText={t('hints.noRiskAssessment')}
          newItem={() => {
            const current = form.getValues('riskAssessments') ?? [];
            const last = current.at(-1);
            return {
              id: newId(),
              likelihood: 'medium' as const,
              severity: 'medium' as const,
              result: proposedRiskResult('medium', 'medium'),
              reasons: '',
              assessor: '',
              assessedOn: localToday(),
              supersedesId: last?.id ?? null,
            };
          }}
          renderItem={(i) => (
            <>
              <FormSelect
                control={c}
                name={`riskAssessments.${i}.likelihood`}
                label={t('fields.likelihood')}
                options={opts('level', riskLevelSchema.options)}
              />
              <FormSelect
                control={c}
                name={`riskAssessments.${i}.severity`}
                label={t('fields.severity')}
                options={opts('level', riskLevelSchema.options)}
              />
              <FormSelect
                control={c}
                name={`riskAssessments.${i}.result`}
                label={t('fields.riskResult')}
                helperText={t('hints.riskResult', {
                  proposed: t(
                    `riskResult.${proposedRiskResult(
                      watch(`riskAssessments.${i}.likelihood`) ?? 'medium',
                      watch(`riskAssessments.${i}.severity`) ?? 'medium',
                    )}`,
                  ),
                })}
                options={opts('riskResult', breachRiskResultSchema.options)}
              />
              <FormTextField
                control={c}
                name={`riskAssessments.${i}.reasons`}
                label={t('fields.riskReasons')}
                required
                multiline
              />
              <FormTextField control={c} name={`riskAssessments.${i}.assessor`} label={t('fields.assessor')} />
              <FormDateField
                control={c}
                name={`riskAssessments.${i}.assessedOn`}
                label={t('fields.assessedOn')}
                required
              />
            </>
          )}
        />
      </FormSection>

      <FormSection title={t('form.authority')} description={t('hints.authority')}>
        <FormSelect
          control={c}
          name="notifyDecision"
          label={t('fields.notifyDecision')}
          options={opts('notifyDecision', notifyDecisionSchema.options)}
        />
        <FormSelect
          nullable
          control={c}
          name="contactPointId"
          label={t('fields.contactPointId')}
          helperText={t('hints.contactPointId')}
          emptyLabel={none}
          options={links.contactChoices}
        />
        {notifyDecision === 'do_not_notify' && (
          <Full>
            <FormTextField
              control={c}
              name="notifyJustification"
              label={t('fields.notifyJustification')}
              helperText={t('hints.notifyJustification')}
              required
              multiline
              minRows={2}
            />
          </Full>
        )}
        <Full>
          <FormArraySection
            control={c}
            name="notifications"
            title={t('fields.notifications')}
            itemLabel={t('items.notification')}
            emptyText={t('hints.noNotification')}
            newItem={() => ({
              id: newId(),
              phase:
                (form.getValues('notifications') ?? []).length === 0
                  ? ('initial' as const)
                  : ('complementary' as const),
              authority: '',
              filedAt: '',
              channel: 'online_service' as const,
              reference: '',
              filedBy: '',
            })}
            renderItem={(i) => (
              <>
                <FormSelect
                  control={c}
                  name={`notifications.${i}.phase`}
                  label={t('fields.phase')}
                  options={opts('phase', notificationPhaseSchema.options)}
                />
                <FormTextField
                  control={c}
                  name={`notifications.${i}.authority`}
                  label={t('fields.authority')}
                  required
                />
                <FormDateTimeField
                  control={c}
                  name={`notifications.${i}.filedAt`}
                  label={t('fields.filedAt')}
                  timeZone={zone}
                  required
                />
                <FormSelect
                  control={c}
                  name={`notifications.${i}.channel`}
                  label={t('fields.channel')}
                  options={opts('channel', notificationChannelSchema.options)}
                />
                <FormTextField
                  control={c}
                  name={`notifications.${i}.reference`}
                  label={t('fields.notificationReference')}
                />
                <FormTextField control={c} name={`notifications.${i}.filedBy`} label={t('fields.filedBy')} />
              </>
            )}
          />
        </Full>
        <Full>
          <FormTextField
            control={c}
            name="delayReason"
            label={t('fields.delayReason')}
            helperText={t('hints.delayReason')}
            multiline
            minRows={2}
          />
        </Full>
        <Full>
          <FormArraySection
            control={c}
            name="authorityExchanges"
            title={t('fields.authorityExchanges')}
            itemLabel={t('items.exchange')}
            newItem={() => ({
              id: newId(),
              direction: 'incoming' as const,
              type: 'information_request' as const,
              on: localToday(),
              reference: '',
              summary: '',
            })}
            renderItem={(i) => (
              <>
                <FormSelect
                  control={c}
                  name={`authorityExchanges.${i}.direction`}
                  label={t('fields.direction')}
                  options={opts('direction', ['incoming', 'outgoing'] as const)}
                />
                <FormSelect
                  control={c}
                  name={`authorityExchanges.${i}.type`}
                  label={t('fields.exchangeType')}
                  options={opts('exchangeType', [
                    'filing',
                    'information_request',
                    'reply',
                    'closure_notice',
                    'sanction',
                    'other',
                  ] as const)}
                />
                <FormDateField control={c} name={`authorityExchanges.${i}.on`} label={t('fields.on')} required />
                <FormTextField
                  control={c}
                  name={`authorityExchanges.${i}.reference`}
                  label={t('fields.notificationReference')}
                />
                <FormTextField
                  control={c}
                  name={`authorityExchanges.${i}.summary`}
                  label={t('fields.summary')}
                  multiline
                />
              </>
            )}
          />
        </Full>
      </FormSection>

      <FormSection title={t('form.subjects')} description={t('hints.subjects')}>
        <FormSelect
          control={c}
          name="subjectsDecision"
          label={t('fields.subjectsDecision')}
          options={opts('subjectsDecision', subjectsDecisionSchema.options)}
        />
        <FormSelect
          nullable
          control={c}
          name="art34Exemption"
          label={t('fields.art34Exemption')}
          emptyLabel={t('art34Exemption.none')}
          options={opts('art34Exemption', art34ExemptionSchema.options)}
        />
        <Full>
          <FormTextField
            control={c}
            name="subjectsDecisionReason"
            label={t('fields.subjectsDecisionReason')}
            multiline
          />
        </Full>
        {exemption !== null && (
          <Full>
            <FormTextField
              control={c}
              name="art34ExemptionEvidence"
              label={t('fields.art34ExemptionEvidence')}
              required
              multiline
              minRows={2}
            />
          </Full>
        )}
        <Full>
          <FormArraySection
            control={c}
            name="subjectCommunications"
            title={t('fields.subjectCommunications')}
            itemLabel={t('items.communication')}
            newItem={() => ({
              id: newId(),
              sentOn: localToday(),
              method: 'email' as const,
              scope: '',
              content: '',
              sentBy: '',
            })}
            renderItem={(i) => (
              <>
                <FormDateField
                  control={c}
                  name={`subjectCommunications.${i}.sentOn`}
                  label={t('fields.sentOn')}
                  required
                />
                <FormSelect
                  control={c}
                  name={`subjectCommunications.${i}.method`}
                  label={t('fields.method')}
                  options={opts('method', ['email', 'post', 'public_notice', 'in_app', 'other'] as const)}
                />
                <FormTextField control={c} name={`subjectCommunications.${i}.scope`} label={t('fields.scope')} />
                <FormTextField
                  control={c}
                  name={`subjectCommunications.${i}.content`}
                  label={t('fields.content')}
                  multiline
                />
                <FormTextField control={c} name={`subjectCommunications.${i}.sentBy`} label={t('fields.sentBy')} />
              </>
            )}
          />
        </Full>
      </FormSection>

      <FormSection title={t('form.measures')} columns={1}>
        <FormArraySection
          control={c}
          name="measures"
          title={t('fields.measures')}
          itemLabel={t('items.measure')}
          emptyText={t('hints.noMeasure')}
          newItem={() => ({
            id: newId(),
            type: 'containment' as const,
            description: '',
            owner: '',
            dueOn: '',
            status: 'planned' as const,
          })}
          renderItem={(i) => (
            <>
              <FormSelect
                control={c}
                name={`measures.${i}.type`}
                label={t('fields.measureType')}
                options={opts('measureType', ['containment', 'mitigation', 'prevention'] as const)}
              />
              <FormTextField
                control={c}
                name={`measures.${i}.description`}
                label={t('fields.measureDescription')}
                required
                multiline
              />
              <FormTextField control={c} name={`measures.${i}.owner`} label={t('fields.owner')} />
              <FormDateField control={c} name={`measures.${i}.dueOn`} label={t('fields.dueOn')} />
              <FormSelect
                control={c}
                name={`measures.${i}.status`}
                label={t('fields.measureStatus')}
                options={opts('measureStatus', ['planned', 'in_progress', 'done'] as const)}
              />
            </>
          )}
        />
        <FormTextField control={c} name="followUp" label={t('fields.followUp')} multiline />
        <FormTextField
          control={c}
          name="evidence"
          label={t('fields.evidence')}
          helperText={t('hints.evidence')}
          multiline
        />
      </FormSection>

      <FormSection title={t('form.closure')}>
        <FormDateField control={c} name="closedOn" label={t('fields.closedOn')} />
        <FormTextField control={c} name="closureReason" label={t('fields.closureReason')} />
        <Full>
          <FormTextField control={c} name="lessonsLearned" label={t('fields.lessonsLearned')} multiline />
        </Full>
      </FormSection>
    </>
  );
};
