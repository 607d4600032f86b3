import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../data/repositories';
import type { Activity, Processor, Recipient, SecurityMeasure, Transfer } from '../../domain';

/** Live activities of an organisation (soft-deleted ones left out); undefined while loading. */
export const useActivities = (organisationId: string | undefined): Activity[] | undefined =>
  useLiveQuery(async () => (organisationId ? repositories().activities.list(organisationId) : []), [organisationId]);

/** One activity; `null` when it does not exist or was deleted, undefined while loading. */
export const useActivity = (id: string | undefined): Activity | null | undefined => {
  const read = useLiveQuery(async () => {
    if (!id) return { id, activity: null };
    const a = await repositories().activities.get(id);
    return { id, activity: a && a.deletedAt === null ? a : null };
  }, [id]);
  // Until the new address's record is read, the query still holds the previous address's answer
  // (another record, or "none" on the new-activity page): never shown as this address's.
  return read && read.id === id ? read.activity : undefined;
};

/** The organisation's records an activity links to (the record is one graph, not copies). */
export interface Linkables {
  recipients: Recipient[];
  processors: Processor[];
  transfers: Transfer[];
  securityMeasures: SecurityMeasure[];
}

export const useLinkables = (organisationId: string | undefined): Linkables | undefined =>
  useLiveQuery(async () => {
    if (!organisationId) return { recipients: [], processors: [], transfers: [], securityMeasures: [] };
    const r = repositories();
    const [recipients, processors, transfers, securityMeasures] = await Promise.all([
      r.recipients.list(organisationId),
      r.processors.list(organisationId),
      r.transfers.list(organisationId),
      r.securityMeasures.list(organisationId),
    ]);
    return { recipients, processors, transfers, securityMeasures };
  }, [organisationId]);
