import { useTranslation } from 'react-i18next';
import { FormSections, type FormSectionSpec } from '../../components/form';
import { recipientCategorySchema, type RecipientContent, type RecipientInput } from '../../domain';
import type { ResourceFieldsProps } from '../shared/resource-pages';

const sections: FormSectionSpec<RecipientInput>[] = [
  {
    key: 'section',
    hint: true,
    fields: [
      { kind: 'text', name: 'name', required: true, autoFocus: true },
      { kind: 'select', name: 'category', required: true, group: 'category', values: recipientCategorySchema.options },
      { kind: 'country', name: 'country', hint: true },
      { kind: 'multiline', name: 'description', minRows: 3, full: true },
    ],
  },
];

export const RecipientFields = ({ control }: ResourceFieldsProps<RecipientInput, RecipientContent>) => {
  const { t } = useTranslation('recipients');
  return <FormSections sections={sections} control={control} t={t} />;
};
