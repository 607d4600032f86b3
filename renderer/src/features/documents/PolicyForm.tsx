import { useMemo } from 'react';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  FormArraySection,
  FormDateField,
  FormMultiSelectChips,
  FormSection,
  FormSelect,
  FormTextField,
  Full,
} from '../../components/form';
import { audienceSchema } from '../../domain/activity';
import type { z } from 'zod';
import type { policySettingContentSchema } from '../../domain/document-setting';
import { controllerActivities, isLive, type Workspace } from '../../domain/workspace';
import { LANGUAGES } from '../../domain/languages';

/** What the policy form edits: the policy's content as typed (zod input), before defaults apply. */
export type PolicyFormValues = z.input<typeof policySettingContentSchema>;

/**
 * The settings of a privacy policy: what it covers (audiences, activities added or left out) and
 * what the DPO writes around the generated sections (introduction, definitions, contact, history).
 */
export const PolicyFields = ({
  control,
  ws,
}: {
  control: Control<PolicyFormValues>;
  ws: Workspace | null | undefined;
}) => {
  const { t } = useTranslation('documents');
  const { t: ta } = useTranslation('activities');
  const audienceOptions = useMemo(
    () => audienceSchema.options.map((a) => ({ value: a, label: ta(`enums.audience.${a}`) })),
    [ta],
  );
  const activityOptions = useMemo(
    () =>
      (ws ? controllerActivities(ws).filter(isLive) : [])
        .map((a) => ({ value: a.id, label: a.reference ? `${a.reference} — ${a.name}` : a.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [ws],
  );
  return (
    <>
      <FormSection title={t('policy.identity')} description={t('policy.identityHint')}>
        <Full>
          <FormTextField control={control} name="title" label={t('fields.title')} required />
        </Full>
        <FormSelect
          control={control}
          name="language"
          label={t('fields.language')}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        />
        <FormTextField control={control} name="version" label={t('fields.version')} />
        <FormDateField control={control} name="effectiveDate" label={t('fields.effectiveDate')} />
        {/* Across the form: its label is longer than a half-width field beside the preview. */}
        <Full>
          <FormTextField
            control={control}
            name="contactChannel"
            label={t('fields.contactChannel')}
            helperText={t('hints.contactChannel')}
          />
        </Full>
      </FormSection>
      <FormSection title={t('policy.scope')} description={t('policy.scopeHint')} columns={1}>
        <FormMultiSelectChips
          control={control}
          name="audiences"
          label={t('fields.audiences')}
          helperText={t('hints.audiences')}
          options={audienceOptions}
        />
        <FormMultiSelectChips
          control={control}
          name="includeActivityIds"
          label={t('fields.includeActivityIds')}
          helperText={t('hints.includeActivityIds')}
          options={activityOptions}
        />
        <FormMultiSelectChips
          control={control}
          name="excludeActivityIds"
          label={t('fields.excludeActivityIds')}
          helperText={t('hints.excludeActivityIds')}
          options={activityOptions}
        />
      </FormSection>
      <FormSection title={t('policy.wording')} description={t('policy.wordingHint')} columns={1}>
        <FormTextField
          control={control}
          name="introduction"
          label={t('fields.introduction')}
          helperText={t('hints.introduction')}
          multiline
          minRows={3}
        />
        <FormArraySection
          control={control}
          name="definitions"
          title={t('fields.definitions')}
          itemLabel={t('fields.definition')}
          emptyText={t('hints.definitions')}
          newItem={() => ({ term: '', definition: '' })}
          renderItem={(i) => (
            <>
              <FormTextField control={control} name={`definitions.${i}.term`} label={t('fields.term')} required />
              <FormTextField
                control={control}
                name={`definitions.${i}.definition`}
                label={t('fields.definitionText')}
                multiline
                minRows={2}
              />
            </>
          )}
        />
        <FormArraySection
          control={control}
          name="changeHistory"
          title={t('fields.changeHistory')}
          itemLabel={t('fields.change')}
          emptyText={t('hints.changeHistory')}
          newItem={() => ({ version: '', date: '', summary: '' })}
          renderItem={(i) => (
            <>
              <FormTextField
                control={control}
                name={`changeHistory.${i}.version`}
                label={t('fields.changeVersion')}
                required
              />
              <FormDateField control={control} name={`changeHistory.${i}.date`} label={t('fields.changeDate')} />
              <FormTextField
                control={control}
                name={`changeHistory.${i}.summary`}
                label={t('fields.changeSummary')}
                multiline
              />
            </>
          )}
        />
      </FormSection>
    </>
  );
};
