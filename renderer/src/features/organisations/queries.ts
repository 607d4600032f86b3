import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '../../data/repositories';
import type { Organisation } from '../../domain';

/** Live organisation by id; null when it does not exist or was deleted, undefined while loading. */
export const useOrganisation = (id: string | undefined): Organisation | null | undefined =>
  useLiveQuery(async () => {
    if (!id) return null;
    const o = await repositories().organisations.get(id);
    return o && o.deletedAt === null ? o : null;
  }, [id]);

export const organisationsRepo = () => repositories().organisations;
