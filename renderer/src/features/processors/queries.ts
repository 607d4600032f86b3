import { repositories } from '../../data/repositories';
import { subProcessorsOf, type Processor } from '../../domain';

export const processorsRepo = () => repositories().processors;
export const processorSortKey = (p: Processor): string => p.name;

/** Processors that may be chosen as parent of `self`: not itself and not one of its own sub-processors (no loop). */
export const possibleParents = (self: string | undefined, all: readonly Processor[]): Processor[] => {
  if (!self) return [...all];
  const below = new Set(subProcessorsOf(self, all).map((p) => p.id));
  return all.filter((p) => p.id !== self && !below.has(p.id));
};

/** The chain above a processor, nearest first (for "sub-processor of X, itself engaged by Y"). */
export const parentsOf = (p: Processor, all: readonly Processor[]): Processor[] => {
  const byId = new Map(all.map((x) => [x.id, x]));
  const out: Processor[] = [];
  const seen = new Set([p.id]);
  let next = p.parentProcessorId ? byId.get(p.parentProcessorId) : undefined;
  while (next && !seen.has(next.id)) {
    out.push(next);
    seen.add(next.id);
    next = next.parentProcessorId ? byId.get(next.parentProcessorId) : undefined;
  }
  return out;
};

export type DpaStatus = 'signed' | 'expired' | 'missing';
/** DPA status on a given day (Art. 28(3)): signed and in force, expired, or not signed. */
export const dpaStatus = (p: Processor, today: string): DpaStatus => {
  if (!p.dpa.signed) return 'missing';
  if (p.dpa.expiresOn !== '' && p.dpa.expiresOn < today) return 'expired';
  return 'signed';
};
