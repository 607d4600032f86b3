import { useLiveQuery } from 'dexie-react-hooks';

interface ListingRepository<T> {
  list(organisationId?: string): Promise<T[]>;
  get(id: string): Promise<T | undefined>;
}

/** Live, sorted list of an organisation's records; undefined while loading. */
export const useLiveList = <T extends { deletedAt: string | null }>(
  repo: ListingRepository<T>,
  organisationId: string | undefined,
  sortKey: (r: T) => string,
): T[] | undefined =>
  useLiveQuery(async () => {
    if (!organisationId) return [];
    const rows = await repo.list(organisationId);
    return rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    // sortKey is expected to be a module-level function; the repository and organisation decide the query.
  }, [repo, organisationId]);

/** Live record by id: null when missing or deleted, undefined while loading. */
export const useLiveRecord = <T extends { deletedAt: string | null }>(
  repo: ListingRepository<T>,
  id: string | undefined,
): T | null | undefined =>
  useLiveQuery(async () => {
    if (!id) return null;
    const r = await repo.get(id);
    return r && r.deletedAt === null ? r : null;
  }, [repo, id]);
