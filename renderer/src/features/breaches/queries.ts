import { repositories } from '../../data/repositories';
import { breachTimeZone, instantToLocal, type Breach } from '../../domain';

export const breachesRepo = () => repositories().breaches;
/** Newest awareness first reads best; the grid sorts by any column anyway. */
export const breachSortKey = (b: Breach): string => b.awareAt;
export const breachName = (b: Pick<Breach, 'reference' | 'title'>): string =>
  b.reference === '' ? b.title : `${b.reference} — ${b.title}`;

/** The time zone of this computer: where a DPO usually types the awareness time. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The awareness time as the organisation's clock showed it ("2026-03-02T09:30", sortable). */
export const awareLocal = (b: Breach): string => {
  try {
    return instantToLocal(b.awareAt, breachTimeZone(b)).slice(0, 16);
  } catch {
    return b.awareAt;
  }
};
