import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { repositories } from '../data/repositories';
import type { Organisation } from '../domain';

const CURRENT_KEY = 'dpo-desk.currentOrganisation';

interface CurrentOrganisationValue {
  /** Live organisations, sorted by name; undefined while loading. */
  organisations: Organisation[] | undefined;
  /** The organisation whose record is being edited (a lawyer keeps one per client). */
  current: Organisation | undefined;
  setCurrentId(id: string | undefined): void;
}

const CurrentOrganisationContext = createContext<CurrentOrganisationValue | undefined>(undefined);

export const CurrentOrganisationProvider = ({ children }: { children: ReactNode }) => {
  const [currentId, setId] = useState<string | undefined>(() => localStorage.getItem(CURRENT_KEY) ?? undefined);
  const organisations = useLiveQuery(async () => {
    const rows = await repositories().organisations.list();
    return rows.sort((a, b) => a.name.localeCompare(b.name));
  }, []);
  const setCurrentId = useCallback((id: string | undefined) => {
    if (id) localStorage.setItem(CURRENT_KEY, id);
    else localStorage.removeItem(CURRENT_KEY);
    setId(id);
  }, []);
  const current = useMemo(
    () => organisations?.find((o) => o.id === currentId) ?? organisations?.[0],
    [organisations, currentId],
  );
  const value = useMemo(() => ({ organisations, current, setCurrentId }), [organisations, current, setCurrentId]);
  return <CurrentOrganisationContext.Provider value={value}>{children}</CurrentOrganisationContext.Provider>;
};

export const useCurrentOrganisation = (): CurrentOrganisationValue => {
  const v = useContext(CurrentOrganisationContext);
  if (!v) throw new Error('useCurrentOrganisation must be used inside CurrentOrganisationProvider');
  return v;
};
