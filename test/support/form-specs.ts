import type { FieldValues } from 'react-hook-form';
import { labelKey, shownFields, type FormSectionSpec } from '../../renderer/src/components/form';
import type { RecordLinkOptions } from '../../renderer/src/features/shared/record-links';

/** A record with nothing to link to: the pickers of an editor have no choices. */
export const NO_RECORD_LINKS: RecordLinkOptions = {
  activities: [],
  processors: [],
  recipients: [],
  processorChoices: [],
  recipientChoices: [],
  contactChoices: [],
};

/** The label keys of a section's fields shown for these values, in order (custom fields by their key). */
export const shownLabels = <T extends FieldValues>(
  sections: readonly FormSectionSpec<T>[],
  key: string,
  values: T,
): string[] =>
  shownFields(sections.find((s) => s.key === key)?.fields ?? [], values).map((f) =>
    f.kind === 'custom' ? f.key : labelKey(f),
  );
