import { useMemo } from 'react';
import { useCurrentOrganisation } from '../../session/current-organisation';
import { useLiveList, type LinkOption } from '../../components';
import type { SelectOption } from '../../components/form';
import { joined } from './catalogue-cards';
import { contactSortKey, contactsRepo } from '../contacts/queries';
import { useActivities } from '../processing-activities/queries';
import { processorSortKey, processorsRepo } from '../processors/queries';
import { recipientSortKey, recipientsRepo } from '../recipients/queries';

export interface RecordLinkOptions {
  /** For link pickers (several ids); undefined while loading. */
  activities: LinkOption[] | undefined;
  processors: LinkOption[] | undefined;
  recipients: LinkOption[] | undefined;
  /** For single choices. */
  processorChoices: SelectOption[];
  recipientChoices: SelectOption[];
  contactChoices: SelectOption[];
}

/** The current organisation's records a breach or a request links to, as picker options. */
export const useRecordLinkOptions = (): RecordLinkOptions => {
  const { current } = useCurrentOrganisation();
  const activities = useActivities(current?.id);
  const processors = useLiveList(processorsRepo(), current?.id, processorSortKey);
  const recipients = useLiveList(recipientsRepo(), current?.id, recipientSortKey);
  const contacts = useLiveList(contactsRepo(), current?.id, contactSortKey);
  return useMemo(
    () => ({
      activities: activities?.map((a) => ({ id: a.id, label: a.name, secondary: a.reference })),
      processors: processors?.map((p) => ({ id: p.id, label: p.name, secondary: p.service })),
      recipients: recipients?.map((r) => ({ id: r.id, label: r.name })),
      processorChoices: (processors ?? []).map((p) => ({ value: p.id, label: p.name })),
      recipientChoices: (recipients ?? []).map((r) => ({ value: r.id, label: r.name })),
      contactChoices: (contacts ?? []).map((c) => ({ value: c.id, label: c.name })),
    }),
    [activities, processors, recipients, contacts],
  );
};

/** Linked records by name, as their pickers list them ('' for none). */
export const linkedNames = (ids: readonly (string | null)[], options: readonly LinkOption[] = []): string =>
  joined(
    options.filter((o) => ids.includes(o.id)).map((o) => o.label),
    ', ',
  );
