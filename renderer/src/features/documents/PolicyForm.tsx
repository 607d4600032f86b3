import { useMemo } from 'react';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { arrayField, FormSections, type FormSectionSpec } from '../../components/form';
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
  const section = (key: string) => ({ key, title: t(`policy.${key}`), description: t(`policy.${key}Hint`) });
  const sections: FormSectionSpec<PolicyFormValues>[] = [
    {
      ...section('identity'),
      fields: [
        { kind: 'text', name: 'title', required: true, full: true },
        { kind: 'select', name: 'language', group: 'language', values: LANGUAGES },
        { kind: 'text', name: 'version' },
        { kind: 'date', name: 'effectiveDate' },
        // Across the form: its label is longer than a half-width field beside the preview.
        { kind: 'text', name: 'contactChannel', hint: true, full: true },
      ],
    },
    {
      ...section('scope'),
      columns: 1,
      fields: [
        { kind: 'multiselect', name: 'audiences', hint: true, options: audienceOptions },
        { kind: 'multiselect', name: 'includeActivityIds', hint: true, options: activityOptions },
        { kind: 'multiselect', name: 'excludeActivityIds', hint: true, options: activityOptions },
      ],
    },
    {
      ...section('wording'),
      columns: 1,
      fields: [
        { kind: 'multiline', name: 'introduction', hint: true, minRows: 3 },
        arrayField({
          name: 'definitions',
          item: 'definition',
          empty: 'definitions',
          newItem: () => ({ term: '', definition: '' }),
          fields: (i) => [
            { kind: 'text', name: `definitions.${i}.term`, required: true },
            { kind: 'multiline', name: `definitions.${i}.definition`, label: 'definitionText', minRows: 2 },
          ],
        }),
        arrayField({
          name: 'changeHistory',
          item: 'change',
          empty: 'changeHistory',
          newItem: () => ({ version: '', date: '', summary: '' }),
          fields: (i) => [
            { kind: 'text', name: `changeHistory.${i}.version`, label: 'changeVersion', required: true },
            { kind: 'date', name: `changeHistory.${i}.date`, label: 'changeDate' },
            { kind: 'multiline', name: `changeHistory.${i}.summary`, label: 'changeSummary' },
          ],
        }),
      ],
    },
  ];
  return <FormSections sections={sections} control={control} t={t} />;
};
