import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLiveList } from '../../components';
import { FormSections, type FormSectionSpec, type SelectOption } from '../../components/form';
import type { ProcessorContent, ProcessorInput } from '../../domain';
import { useCurrentOrganisation } from '../../session/current-organisation';
import type { ResourceFieldsProps } from '../shared/resource-pages';
import { possibleParents, processorSortKey, processorsRepo } from './queries';

const signed = (v: ProcessorInput) => v.dpa?.signed ?? false;

/** The processor editor's sections; `parents` are the processors it may be a sub-processor of. */
export const processorSections = (parents: readonly SelectOption[]): FormSectionSpec<ProcessorInput>[] => [
  {
    key: 'identity',
    fields: [
      { kind: 'text', name: 'name', required: true, autoFocus: true },
      {
        kind: 'select',
        name: 'parentProcessorId',
        label: 'parent',
        hint: true,
        nullable: 'noParent',
        options: parents,
      },
      { kind: 'multiline', name: 'service', hint: true, minRows: 2, full: true },
      { kind: 'countries', name: 'countries', hint: true, full: true },
    ],
  },
  {
    key: 'dpa',
    hint: true,
    fields: [
      { kind: 'checkbox', name: 'dpa.signed', label: 'dpaSigned' },
      { kind: 'text', name: 'dpa.reference', label: 'dpaReference' },
      { kind: 'date', name: 'dpa.signedOn', label: 'dpaSignedOn', when: signed },
      { kind: 'date', name: 'dpa.expiresOn', label: 'dpaExpiresOn', when: signed },
      { kind: 'chips', name: 'certifications', hint: true, full: true },
      { kind: 'checkbox', name: 'dpfCertified', hint: true },
    ],
  },
  {
    key: 'contact',
    fields: [
      { kind: 'text', name: 'contactName' },
      { kind: 'text', name: 'email', type: 'email' },
      { kind: 'text', name: 'phone', type: 'tel' },
      { kind: 'text', name: 'website', placeholder: 'https://' },
      { kind: 'text', name: 'address.street', full: true },
      { kind: 'text', name: 'address.postalCode' },
      { kind: 'text', name: 'address.city' },
      { kind: 'country', name: 'address.country' },
      { kind: 'multiline', name: 'notes', minRows: 2, full: true },
    ],
  },
];

/**
 * A processor's fields. The parent choice lists the organisation's other processors, never the
 * processor itself or one of its own sub-processors (no loop); "none" is stored as null.
 */
export const ProcessorFields = ({ control }: ResourceFieldsProps<ProcessorInput, ProcessorContent>) => {
  const { t } = useTranslation('processors');
  const { id: selfId } = useParams();
  const { current } = useCurrentOrganisation();
  const processors = useLiveList(processorsRepo(), current?.id, processorSortKey);
  const parents = useMemo(
    () => possibleParents(selfId, processors ?? []).map((p) => ({ value: p.id, label: p.name })),
    [selfId, processors],
  );
  return <FormSections sections={processorSections(parents)} control={control} t={t} />;
};
