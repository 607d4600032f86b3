import { useTranslation } from 'react-i18next';
import { FormSections, type FormSectionSpec } from '../../components/form';
import { securityMeasureCategorySchema, type SecurityMeasureContent, type SecurityMeasureInput } from '../../domain';
import type { ResourceFieldsProps } from '../shared/resource-pages';

const sections: FormSectionSpec<SecurityMeasureInput>[] = [
  {
    key: 'section',
    hint: true,
    fields: [
      {
        kind: 'select',
        name: 'category',
        required: true,
        group: 'category',
        values: securityMeasureCategorySchema.options,
      },
      { kind: 'text', name: 'title', required: true, autoFocus: true },
      { kind: 'multiline', name: 'description', hint: true, minRows: 4, full: true },
    ],
  },
];

export const SecurityMeasureFields = ({
  control,
}: ResourceFieldsProps<SecurityMeasureInput, SecurityMeasureContent>) => {
  const { t } = useTranslation('securityMeasures');
  return <FormSections sections={sections} control={control} t={t} />;
};
